import React, {type ReactNode} from 'react';
import Token from '@theme-original/CodeBlock/Line/Token';
import type TokenType from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof TokenType>;

// Token colours come from CSS per colour mode (plugins/prism-theme-css), not from inline styles
// fixed at server-render time in the server's mode.
export default function TokenWrapper({style: _style, ...props}: Props): ReactNode {
  return <Token {...props} />;
}
