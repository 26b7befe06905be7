import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useChapters} from '@site/src/chapters';
import styles from './styles.module.css';

/**
 * The 404 page's way on: a search form (the site's search page, which works offline too), the
 * chapters, and the study pages. A reader who followed a broken link lands somewhere useful.
 */
export default function NotFoundHelp(): ReactNode {
  const chapters = useChapters();
  const queryId = useId();
  return (
    <main className="container margin-vert--xl">
      <Heading as="h1">Page not found</Heading>
      <p>
        There is no page at this address: the link may be mistyped or from an older version of the guide.
        Search for what you wanted, or pick a chapter.
      </p>
      <form
        className={styles.search}
        action="/search"
        method="get"
        role="search"
        aria-label="Search the guide">
        <label htmlFor={queryId}>Search the guide</label>
        <input id={queryId} name="q" type="search" autoComplete="off" placeholder="e.g. canary rollout" />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      <Heading as="h2" className={styles.heading}>
        The chapters
      </Heading>
      <ol className={styles.chapters}>
        {chapters.map((c) => (
          <li key={c.number}>
            <Link to={c.permalink}>{c.title}</Link>
          </li>
        ))}
      </ol>
      <p>
        Or go to the <Link to="/">home page</Link>, <Link to="/review">your review</Link> or{' '}
        <Link to="/questions">all the questions</Link>.
      </p>
    </main>
  );
}
