import React, {Children, isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import {HighlightedLines} from './highlighted';

type HighlightedProps = Props & {
  /** Set by remark.ts on every fenced block with a grammar (HIGHLIGHTED_PROP). */
  readonly highlightedLines?: string;
};

/**
 * theme-classic's CodeBlock (ejected, which Docusaurus lists as safe) with two changes: the lines
 * highlighted at build time go to theme/CodeBlock/Content through a context, and the block is not
 * re-mounted after hydration (the original does so to re-apply inline token colours; here colours
 * come from CSS per colour mode).
 */
export default function CodeBlock({highlightedLines, children, ...props}: HighlightedProps): ReactNode {
  const nodes = Children.toArray(children);
  if (nodes.some((node) => isValidElement(node))) {
    return <ElementContent {...props}>{children}</ElementContent>;
  }
  return (
    <HighlightedLines value={highlightedLines ?? null}>
      <StringContent {...props}>{nodes.join('')}</StringContent>
    </HighlightedLines>
  );
}
