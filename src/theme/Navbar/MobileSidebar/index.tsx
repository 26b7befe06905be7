import React, {type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {usePhoneMenuWanted} from '@site/src/phoneMenu/usePhoneMenuWanted';

/**
 * The phone menu, rendered once the reader reaches for it. The original renders as soon as the
 * window is phone-sized, so every page on a phone rendered the whole docs sidebar, closed, right
 * after hydration (about 90 ms of main-thread time on a chapter with the CPU slowed 4x). It now
 * renders when the menu button is pressed or focused, before the press's click opens it, so the
 * menu still slides in; once rendered it stays, as before.
 */
export default function MobileSidebarWrapper(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  return usePhoneMenuWanted(shown) ? <MobileSidebar /> : null;
}
