import React, {type ReactNode} from 'react';

type Props = {readonly children: () => ReactNode; readonly fallback?: ReactNode};

export default function BrowserOnly({children}: Props): ReactNode {
  return <>{children()}</>;
}
