import React, {type ReactNode} from 'react';

type Props = {readonly to: string; readonly className?: string; readonly children?: ReactNode};

export default function Link({to, className, children}: Props): ReactNode {
  return (
    <a href={to} className={className}>
      {children}
    </a>
  );
}
