import React, {useEffect, useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';

/** Infima's menu button, which toggles the phone menu. */
const TOGGLE = '.navbar__toggle';

/**
 * The phone menu, rendered once the reader reaches for it. The original renders as soon as the
 * window is phone-sized, so every page on a phone rendered the whole docs sidebar, closed, right
 * after hydration (about 90 ms of main-thread time on a chapter with the CPU slowed 4x). It now
 * renders when the menu button is pressed or focused, before the press's click opens it, so the
 * menu still slides in; once rendered it stays, as before.
 */
export default function MobileSidebarWrapper(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);
  if (shown && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted) return undefined;
    const intent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(TOGGLE)) setWanted(true);
    };
    const events = ['pointerdown', 'focusin'] as const;
    for (const type of events) document.addEventListener(type, intent, true);
    return () => {
      for (const type of events) document.removeEventListener(type, intent, true);
    };
  }, [wanted]);
  return wanted ? <MobileSidebar /> : null;
}
