/**
 * How a link says "take me to this question, but let me try it first": "Continue where you left
 * off" adds this parameter, and the chapter (its static copy in plugins/deferred-content and the
 * live Question) then scrolls to the question without opening its answer. Deep links and search
 * landings, which carry no such parameter, open the answer as before.
 */
export const RECALL_PARAM = 'recall';

/** Whether a URL's query string asks for the question to stay closed on arrival. */
export function landsClosed(search: string): boolean {
  return new URLSearchParams(search).has(RECALL_PARAM);
}

/** A link to a question that lands on it with its answer closed. */
export function recallLink(permalink: string, id: string): string {
  return `${permalink}?${RECALL_PARAM}=1#${encodeURIComponent(id)}`;
}
