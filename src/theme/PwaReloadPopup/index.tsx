import React, {type ReactNode} from 'react';
import PwaReloadPopup from '@theme-original/PwaReloadPopup';
import type {Props} from '@theme/PwaReloadPopup';

// The plugin's "New version available" popup appears silently; as an alert, screen readers announce
// it (and its Refresh and Close buttons) the moment it is inserted.
export default function PwaReloadPopupWrapper(props: Props): ReactNode {
  return (
    <div role="alert">
      <PwaReloadPopup {...props} />
    </div>
  );
}
