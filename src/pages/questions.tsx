import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import QuestionSheet from '@site/src/study/QuestionSheet';
import questionLoaders from '@generated/chapters/default/questionLoaders';

export default function Questions(): ReactNode {
  return (
    <Layout
      title="All questions"
      description="Every study question of the guide on one page, with your progress, filters, and a printable study sheet.">
      {/* The answers live in the chapters, which search engines index; this page is a personal view. */}
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">All questions</Heading>
        <p>
          Every study question of the guide, chapter by chapter, with where you stand on each. Filter by
          chapter or state (New, Learning, Known, Due), open the answers, or print the list with its answers
          as a study sheet.
        </p>
        <noscript>
          <p>This page needs JavaScript; each chapter page has its questions and answers without it.</p>
        </noscript>
        <QuestionSheet loaders={questionLoaders} />
      </main>
    </Layout>
  );
}
