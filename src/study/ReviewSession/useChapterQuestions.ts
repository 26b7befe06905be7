import {useEffect, useState, type ComponentType} from 'react';
import type {QuestionsLoader} from '@site/src/chapters';

type State =
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly Component: ComponentType}
  | {readonly status: 'error'};

// A chapter's questions load once per page view, whatever the order of the cards.
const loaded = new Map<QuestionsLoader, ComponentType>();

type Failure = {readonly loader: QuestionsLoader; readonly attempt: number};

/** The questions partial of one chapter, loaded on demand; `retry` after a failed load. */
export function useChapterQuestions(
  loader: QuestionsLoader | undefined,
): State & {readonly retry: () => void} {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Only re-renders this component once the load settles; the result itself lives in `loaded`.
  const [, setSettled] = useState(0);

  useEffect(() => {
    if (!loader || loaded.has(loader)) return undefined;
    let live = true;
    loader().then(
      (m) => {
        loaded.set(loader, m.default);
        if (live) setSettled((n) => n + 1);
      },
      () => live && setFailure({loader, attempt}),
    );
    return () => {
      live = false;
    };
  }, [loader, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  if (!loader) return {status: 'error', retry};
  const Component = loaded.get(loader);
  if (Component) return {status: 'ready', Component, retry};
  if (failure?.loader === loader && failure.attempt === attempt) return {status: 'error', retry};
  return {status: 'loading', retry};
}
