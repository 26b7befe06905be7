import MDXComponents from '@theme-original/MDXComponents';
import Question from '@site/src/questions/Question';
import QuestionList from '@site/src/questions/QuestionList';
import ScrollableTable from '@site/src/components/ScrollableTable';

// The Q&A components are used by every chapter, so they are available without imports. Markdown
// tables get a scroll box that keyboard users can reach on narrow screens.
export default {
  ...MDXComponents,
  table: ScrollableTable,
  Question,
  QuestionList,
};
