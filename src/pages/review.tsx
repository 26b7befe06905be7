import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ProgressBackup from '@site/src/progress/ui/ProgressBackup';
import ReviewSession from '@site/src/study/ReviewSession';
import questionLoaders from '@generated/chapters/default/questionLoaders';

export default function Review(): ReactNode {
  return (
    <Layout
      title="Review"
      description="Review the study questions that are due, on a spaced-repetition schedule.">
      {/* Personal, browser-only content: nothing here for a search engine. */}
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">Review</Heading>
        <p>
          Questions you have graded come back here when they are due, sooner if you found them hard, later if
          they were easy (the FSRS spaced-repetition scheduler). Read the question, answer it in your head,
          show the answer, and grade yourself.
        </p>
        <noscript>
          <p>The review needs JavaScript: your progress is kept by this browser, not by a server.</p>
        </noscript>
        <ReviewSession loaders={questionLoaders} />
        <ProgressBackup />
      </main>
    </Layout>
  );
}
