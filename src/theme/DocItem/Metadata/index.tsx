import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof MetadataType>;

// Link previews show a chapter as an article; the rest of the site is a website (themeConfig.metadata).
export default function MetadataWrapper(props: Props): ReactNode {
  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta property="og:type" content="article" />
      </Head>
    </>
  );
}
