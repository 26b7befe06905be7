import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import ChapterCards from '@site/src/study/ChapterCards';
import ContinueStudy from '@site/src/study/ContinueStudy';
import PythonOffline from '@site/src/offline/PythonOffline';
import {READING_BASIS} from '@site/src/chapters';
import styles from './index.module.css';

const OUTCOMES = [
  'Serve a model over REST or gRPC and pick the right inference server for it',
  'Scale it with load balancers, autoscaling, containers and Kubernetes',
  'Monitor drift, latency and errors, and know when to retrain',
  'Version, roll out and roll back models without downtime',
  'Automate it all with CI/CD that tests data and models',
  'Keep it secure, compliant and affordable',
] as const;

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title="Home" description={siteConfig.tagline}>
      {/* A returning learner's next step comes first, above the hero. */}
      <div className="container">
        <ContinueStudy for="returning" />
      </div>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>
            An interactive study guide to running machine-learning models in production: nine chapters, ninety
            study questions with sourced answers, examples you can run in the browser, and review that
            remembers what you know.
          </p>
          <div className={styles.actions}>
            <Link className={`button button--lg ${styles.primary}`} to="/docs">
              Start here: how to study
            </Link>
            <Link className={`button button--lg ${styles.secondary}`} to="/docs/introduction">
              Go to chapter 1
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <ContinueStudy for="new" />
        <section className={styles.outcomes} aria-labelledby="outcomes-heading">
          <Heading as="h2" id="outcomes-heading">
            After this guide you can
          </Heading>
          <ul>
            {OUTCOMES.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="chapters-heading" className={styles.chapters}>
          <Heading as="h2" id="chapters-heading">
            The nine chapters
          </Heading>
          <ChapterCards />
          <p className={styles.readingBasis}>
            Reading times: {READING_BASIS.charAt(0).toLowerCase() + READING_BASIS.slice(1)} New words? See the{' '}
            <Link to="/glossary">glossary</Link>.
          </p>
        </section>
        <section aria-labelledby="offline-heading" className={styles.offline}>
          <Heading as="h2" id="offline-heading">
            Study offline
          </Heading>
          <p>
            After your first visit this browser keeps every chapter, the review and search, so they work
            without a network, and so do the JavaScript examples. Python examples need the Python runtime: it
            is saved the first time you run one, or now, ahead of a trip. The size on the button is what this
            browser keeps; a server that compresses its files, as this guide&apos;s does, sends about half of
            it.
          </p>
          <PythonOffline />
        </section>
      </main>
    </Layout>
  );
}
