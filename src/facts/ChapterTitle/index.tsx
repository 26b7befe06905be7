import React, {type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import FactsChecked from '../FactsChecked';
import ReadingTime from '../ReadingTime';

const Heading1 = MDXComponents.h1;

/**
 * A page's Markdown title, followed by when its facts were checked and how long the chapter takes to
 * read (chapters only; nothing elsewhere).
 */
export default function ChapterTitle(props: ComponentProps<typeof Heading1>): ReactNode {
  return (
    <>
      <Heading1 {...props} />
      <FactsChecked />
      <ReadingTime />
    </>
  );
}
