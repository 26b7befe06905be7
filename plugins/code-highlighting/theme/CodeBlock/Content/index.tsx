import React, {useContext, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {renderLines} from '../../../lines';
import {HighlightedLines} from '../highlighted';
import styles from './styles.module.css';

type Props = {readonly className?: string};

/**
 * Replaces theme-classic's CodeBlock/Content, the one place that runs Prism in the browser: the lines
 * arrive highlighted from the build and are set as HTML, one node for React to hydrate instead of
 * one per token. Same markup otherwise (pre.prism-code, code, word-wrap ref, line numbering).
 * Swizzled although Docusaurus marks it unsafe: see plugins/code-highlighting/README.md.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {codeBlockRef} = wordWrap;
  const highlighted = useContext(HighlightedLines);
  const html = useMemo(() => ({__html: renderLines(metadata, highlighted)}), [metadata, highlighted]);
  const numbered = metadata.lineNumbersStart !== undefined;
  return (
    <pre
      ref={codeBlockRef}
      tabIndex={0}
      className={clsx(
        className,
        'prism-code',
        `language-${metadata.language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? {counterReset: `line-count ${metadata.lineNumbersStart! - 1}`} : undefined}
        dangerouslySetInnerHTML={html}
      />
    </pre>
  );
}
