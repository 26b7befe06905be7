import {Children, type ReactNode} from 'react';

/** Whether a question has an answer written under it (not just whitespace). */
export function hasContent(children: ReactNode): boolean {
  return Children.toArray(children).some((c) => (typeof c === 'string' ? c.trim() !== '' : true));
}
