import {isSearchLanding} from '@site/shared/searchLanding';
import {savedQuestionIds} from '@site/src/progress/storage';
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
 * result, whose words are marked in the text, or has progress saved for one of its questions, which
 * the questions then show: at once on load, or as soon as such progress appears (another tab).
 */
export function wantsLive(serverHtml: Element): boolean {
  if (isSearchLanding(window.location.search)) return true;
  const saved = savedQuestionIds(storage());
  if (saved.size === 0) return false;
  return [...serverHtml.querySelectorAll('[data-question-id]')].some((el) =>
    saved.has(el.getAttribute('data-question-id') ?? ''),
  );
}

export const subscribe = (onChange: () => void): (() => void) => progressStore.subscribe(onChange);
