import React, {type ComponentProps, type ReactNode} from 'react';

type Props = ComponentProps<'a'> & {readonly to: string};

export default function Link({to, children, ...props}: Props): ReactNode {
  return (
    <a href={to} {...props}>
      {children}
    </a>
  );
}
