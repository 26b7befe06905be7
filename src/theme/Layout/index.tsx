import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import ProgressNotice from '@site/src/progress/ui/ProgressNotice';

type Props = WrapperProps<typeof LayoutType>;

// Every page may hold progress views, so every page says when saved progress could not be read.
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  return (
    <Layout {...props}>
      <ProgressNotice />
      {children}
    </Layout>
  );
}
