import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PracticeSession from '@site/src/study/PracticeSession';
import questionLoaders from '@generated/chapters/default/questionLoaders';

export default function Practice(): ReactNode {
  return (
    <Layout
      title="Practice"
      description="Practise the study questions beyond the review schedule: all chapters or some, shuffled, the hard ones, or ahead of time.">
      {/* Personal, browser-only content: nothing here for a search engine. */}
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">Practice</Heading>
        <p>
          An exam tomorrow, or a free half hour? Practise beyond the schedule: every chapter or a few, the
          questions in a shuffled order, only those you found hard, or those not due yet. Read the question,
          answer it in your head, show the answer and grade yourself, as in a review.
        </p>
        <noscript>
          <p>Practice needs JavaScript: your progress is kept by this browser, not by a server.</p>
        </noscript>
        <PracticeSession loaders={questionLoaders} />
      </main>
    </Layout>
  );
}
