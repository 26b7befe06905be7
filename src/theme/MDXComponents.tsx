import MDXComponents from '@theme-original/MDXComponents';
import Question from '@site/src/components/Question';
import QuestionList from '@site/src/components/QuestionList';

// The Q&A components are used by every chapter, so they are available without imports.
export default {
  ...MDXComponents,
  Question,
  QuestionList,
};
