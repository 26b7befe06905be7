import {useEffect} from 'react';
import type {GradeValue} from '@site/src/progress/schema';
// Where the reader is typing (a runnable snippet's editor, a form field) keys are theirs.
import {EDITABLE} from '@site/src/shortcuts/keys';

type Handlers = {
  /** Space or Enter. */
  readonly onReveal?: () => void;
  /** 1–4, only once the answer shows. */
  readonly onGrade?: (grade: GradeValue) => void;
  /** Escape. */
  readonly onExit?: () => void;
  readonly revealed: boolean;
};

// On a control, Space and Enter already press it.
const CONTROL = 'button, a[href], summary, [role="button"], [role="link"]';

/**
 * Keyboard shortcuts of a quiz or a review session, listened for on the whole document while
 * `enabled`. Keys with modifiers are left to the browser.
 */
export function useStudyKeys(enabled: boolean, {onReveal, onGrade, onExit, revealed}: Handlers): void {
  // Re-attached when a handler changes (most renders); adding a listener costs next to nothing.
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(EDITABLE)) return;
      if (e.key === 'Escape' && onExit) {
        onExit();
        return;
      }
      if ((e.key === ' ' || e.key === 'Enter') && !revealed && onReveal && !target?.closest(CONTROL)) {
        e.preventDefault();
        onReveal();
        return;
      }
      if (/^[1-4]$/.test(e.key) && revealed && onGrade) {
        e.preventDefault();
        onGrade(Number(e.key) as GradeValue);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, onReveal, onGrade, onExit, revealed]);
}
