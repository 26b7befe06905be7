import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import OfflineFallback from '@site/src/offline/OfflineFallback';

/**
 * The offline fallback: the service worker sends a full navigation here when the network fails and
 * the page is not saved (src/serviceWorker). Precached like every page; kept out of search engines,
 * the sitemap (docusaurus.config.ts) and the site's search (which indexes /docs only).
 */
export default function Offline(): ReactNode {
  return (
    <Layout title="Not available offline" description="This page is not saved for offline reading.">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <OfflineFallback />
    </Layout>
  );
}
