import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import ProgressNotice from '@site/src/progress/ui/ProgressNotice';
import SkipToQuestions from '@site/src/study/SkipToQuestions';
import ShortcutsHelp from '@site/src/shortcuts/ShortcutsHelp';

type Props = WrapperProps<typeof LayoutType>;

// Every page may hold progress views, so every page says when saved progress could not be read.
// A chapter's skip link to its questions comes first in the page, before the theme's own. Every
// page answers `?` with the keyboard shortcuts (a listener; the dialog loads when asked for).
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  return (
    <>
      <SkipToQuestions />
      <Layout {...props}>
        <ProgressNotice />
        {children}
        <ShortcutsHelp />
      </Layout>
    </>
  );
}
