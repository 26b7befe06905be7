import {savedQuestionIds} from '@site/src/progress/storage';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * A chapter hydrates with its whole text (no later swap of the server HTML) when the reader arrives
 * from a search result, whose words are marked in the text, or has progress saved for one of its
 * questions, which the questions then show.
 */
export default function liveOnLoad(serverHtml: Element): boolean {
  if (new URLSearchParams(window.location.search).has('_highlight')) return true;
  const saved = savedQuestionIds(storage());
  if (saved.size === 0) return false;
  return [...serverHtml.querySelectorAll('[data-question-id]')].some((el) =>
    saved.has(el.getAttribute('data-question-id') ?? ''),
  );
}
