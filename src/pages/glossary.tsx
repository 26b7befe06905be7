import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import GlossaryList from '@site/src/glossary/GlossaryList';
import {GLOSSARY} from '@site/shared/glossary';

/**
 * The guide's terms. The article and `theme-doc-markdown` wrapper are the doc layout's stable class
 * names, which the offline search indexes (plugins/search/records.ts): each term is a result.
 */
export default function Glossary(): ReactNode {
  return (
    <Layout
      title="Glossary"
      description="The terms of model deployment used in the guide, from A/B test to TTFT, each defined in a sentence or two and linked to where the guide explains it.">
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <article className="col col--8 col--offset-2">
            <div className="theme-doc-markdown markdown">
              <Heading as="h1">Glossary</Heading>
              <p>
                The terms the guide uses, in a sentence or two each. Every entry links to the section of the
                chapter that explains it, and most to the official documentation. In the chapters, a term is
                linked here where it is defined.
              </p>
              <GlossaryList terms={GLOSSARY} />
            </div>
          </article>
        </div>
      </main>
    </Layout>
  );
}
