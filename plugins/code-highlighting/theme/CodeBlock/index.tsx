import React, {Children, isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import {useThemeConfig} from '@docusaurus/theme-common';
import {CodeBlockContextProvider, createCodeBlockMetadata} from '@docusaurus/theme-common/internal';
import {HighlightedLines} from './highlighted';
import {useWordWrap} from './useWordWrap';

type HighlightedProps = Props & {
  /** Set by remark.ts on every fenced block with a grammar (HIGHLIGHTED_PROP). */
  readonly highlightedLines?: string;
};

/**
 * theme-classic's CodeBlock (ejected, which Docusaurus lists as safe), composed as its string
 * content is, with three changes: the lines highlighted at build time go to CodeBlock/Content
 * through a context; word wrapping is measured when the block is laid out (useWordWrap); and the
 * block is not re-mounted after hydration (the original does so to re-apply inline token colours;
 * here colours come from CSS per colour mode).
 */
export default function CodeBlock({highlightedLines, children, ...props}: HighlightedProps): ReactNode {
  const nodes = Children.toArray(children);
  if (nodes.some((node) => isValidElement(node))) {
    return <ElementContent {...props}>{children}</ElementContent>;
  }
  return (
    <HighlightedLines value={highlightedLines ?? null}>
      <StringBlock {...props} code={nodes.join('')} />
    </HighlightedLines>
  );
}

function StringBlock({code, ...props}: Omit<Props, 'children'> & {code: string}): ReactNode {
  const {prism} = useThemeConfig();
  const metadata = createCodeBlockMetadata({
    code,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
  const wordWrap = useWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}
