/** Which key presses ask for the shortcuts list: what every page carries (the list loads on demand). */

/**
 * Where keys belong to the reader's typing (a form field, a snippet's editor): `?` is a character
 * there, not a shortcut, and so are the study keys (src/study/useStudyKeys.ts).
 */
export const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], .cm-editor';

/** Whether a key press asks for the shortcuts list. */
export function asksForShortcuts(
  e: Pick<
    KeyboardEvent,
    'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'isComposing' | 'target'
  >,
): boolean {
  if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing)
    return false;
  const target = e.target instanceof Element ? e.target : null;
  return !target?.closest(EDITABLE);
}
