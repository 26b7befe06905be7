import MDXComponents from '@theme-original/MDXComponents';
import Question from '@site/src/questions/Question';
import QuestionList from '@site/src/questions/QuestionList';
import ScrollableTable from '@site/src/components/ScrollableTable';
import ChapterTitle from '@site/src/facts/ChapterTitle';

// The Q&A components are used by every chapter, so they are available without imports. Markdown
// tables get a scroll box that keyboard users can reach on narrow screens. A chapter's title says when
// its facts were last checked.
export default {
  ...MDXComponents,
  h1: ChapterTitle,
  table: ScrollableTable,
  Question,
  QuestionList,
};
