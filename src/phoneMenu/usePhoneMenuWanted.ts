import {useEffect, useState} from 'react';

/** Infima's menu button, which toggles the phone menu. */
export const MENU_TOGGLE = '.navbar__toggle';

/**
 * Whether the phone menu is wanted: true once the reader presses or focuses its button (before the
 * press's click opens it) or the menu is shown, and true from then on. What only the open menu needs
 * waits for this instead of rendering, closed, right after every page's hydration.
 */
export function usePhoneMenuWanted(shown: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  if (shown && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted) return undefined;
    const intent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(MENU_TOGGLE)) setWanted(true);
    };
    const events = ['pointerdown', 'focusin'] as const;
    for (const type of events) document.addEventListener(type, intent, true);
    return () => {
      for (const type of events) document.removeEventListener(type, intent, true);
    };
  }, [wanted]);
  return wanted;
}
