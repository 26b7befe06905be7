import {isSearchLanding} from '@site/shared/searchLanding';
import {savedExerciseIds, savedQuestionIds} from '@site/src/progress/storage';
import {progressStore} from '@site/src/progress/store';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * A chapter goes live with its text (plugins/deferred-content) when the reader arrives from a search
 * result, whose words are marked in the text, or has progress saved for one of its questions or
 * exercises, which they then show: at once on load, or as soon as such progress appears (another tab).
 */
export function wantsLive(serverHtml: Element): boolean {
  if (isSearchLanding(window.location.search)) return true;
  const has = (ids: ReadonlySet<string>, attribute: string) =>
    ids.size > 0 &&
    [...serverHtml.querySelectorAll(`[${attribute}]`)].some((el) =>
      ids.has(el.getAttribute(attribute) ?? ''),
    );
  return (
    has(savedQuestionIds(storage()), 'data-question-id') || has(savedExerciseIds(storage()), 'data-exercise')
  );
}

export const subscribe = (onChange: () => void): (() => void) => progressStore.subscribe(onChange);
