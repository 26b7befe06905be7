import React, {useContext, type ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import RunnableCode from '@site/src/runnable/RunnableCode';
import {ExerciseBlockContext} from '@site/src/labs/Exercise/context';
import {parseCodeMeta, runnableLanguage} from '@site/shared/codeMeta';

type Props = WrapperProps<typeof CodeBlockType>;

// ```python runnable``` blocks become runnable snippets; the stub, tests and solution blocks of a
// lab exercise are shown by the exercise around them; every other block is the original one.
export default function CodeBlockWrapper(props: Props): ReactNode {
  const renderExerciseBlock = useContext(ExerciseBlockContext);
  const language = runnableLanguage(props.className?.replace(/^language-/, ''));
  const meta = language ? safeMeta(props.metastring) : null;
  if (language && meta?.runnable && typeof props.children === 'string') {
    return (
      <RunnableCode
        id={meta.id}
        language={language}
        code={props.children}
        title={meta.title}
        timeoutSeconds={meta.timeout!}
        // Until the reader edits it, the snippet is the static block; its title is in the snippet's header.
        staticBlock={<CodeBlock {...props} title={undefined} metastring={meta.rest.join(' ')} />}
      />
    );
  }
  if (meta?.exercise && renderExerciseBlock)
    return renderExerciseBlock(meta.exercise, <CodeBlock {...props} metastring={meta.rest.join(' ')} />);
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
