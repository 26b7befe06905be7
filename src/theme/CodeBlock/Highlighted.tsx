import React, {type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import CodeBlock from '@theme-original/CodeBlock';
import prismIncludeLanguages from '@theme/prism-include-languages';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import RunnableCode from '@site/src/components/RunnableCode';
import {parseCodeMeta, runnableLanguage} from '@site/src/runtime/meta';

type Props = WrapperProps<typeof CodeBlockType>;

// The theme registers the extra Prism languages (themeConfig.prism.additionalLanguages) from a
// client module on every page; patches/@docusaurus+theme-classic removes that module, so Prism
// and the languages load here, with the first code block (src/theme/CodeBlock).
prismIncludeLanguages(Prism);

// ```python runnable``` blocks become runnable snippets; every other block is the original one.
export default function CodeBlockWrapper(props: Props): ReactNode {
  const language = runnableLanguage(props.className?.replace(/^language-/, ''));
  const meta = language ? safeMeta(props.metastring) : null;
  if (language && meta?.runnable && typeof props.children === 'string') {
    return (
      <RunnableCode
        language={language}
        code={props.children}
        title={meta.title}
        timeoutSeconds={meta.timeout!}
        codeBlockProps={props}
      />
    );
  }
  return <CodeBlock {...props} />;
}

// The build has already rejected malformed meta (plugins/remark-runnable); never break a page here.
function safeMeta(metastring: string | undefined) {
  try {
    return parseCodeMeta(metastring);
  } catch {
    return null;
  }
}
