import React, {lazy, Suspense, useEffect, useRef, useState, type ReactNode} from 'react';
import {asksForShortcuts} from '../keys';

// The dialog and its list load on first use: every page carries only this listener.
const ShortcutsDialog = lazy(() => import('../ShortcutsDialog'));

/** The footer's "Keyboard shortcuts" button (docusaurus.config.ts) carries this attribute. */
const OPENER = '[data-open-shortcuts]';

/**
 * Opens the keyboard shortcuts dialog on `?` (outside text fields and the code editor) or from the
 * footer's button, and gives the focus back to where it was when the dialog closes.
 */
export default function ShortcutsHelp(): ReactNode {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const show = () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (!asksForShortcuts(e)) return;
      e.preventDefault();
      show();
    };
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest(OPENER)) show();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, []);

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog
        onClose={() => {
          setOpen(false);
          returnTo.current?.focus();
        }}
      />
    </Suspense>
  );
}
