import React, {type ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebar from '@theme-original/DocSidebar';
import type DocSidebarType from '@theme/DocSidebar';
import type {WrapperProps} from '@docusaurus/types';
import {usePhoneMenuWanted} from '@site/src/phoneMenu/usePhoneMenuWanted';

type Props = WrapperProps<typeof DocSidebarType>;

/**
 * The docs sidebar. On a phone-sized window the original renders only a filler that hands the
 * sidebar to the phone menu; handing it over re-renders the navbar twice and, on its first render,
 * sorts the sidebar's props with `localeCompare`, which loads the browser's collation data (about
 * 50 ms with the CPU slowed 4x). Like the menu itself (Navbar/MobileSidebar), it now waits until
 * the reader reaches for the menu button. Server rendering and wide windows are unchanged.
 */
export default function DocSidebarWrapper(props: Props): ReactNode {
  const windowSize = useWindowSize();
  const {shown} = useNavbarMobileSidebar();
  const wanted = usePhoneMenuWanted(shown);
  if (windowSize === 'mobile' && !wanted) return null;
  return <DocSidebar {...props} />;
}
