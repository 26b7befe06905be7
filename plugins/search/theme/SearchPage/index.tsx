import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {KIND_FILTER} from '../../document';
import {landingUrl} from '../../client/highlightTerms';
import HitText from '../../client/HitText';
import {useGuideSearch, useSearch} from '../../client/useSearch';
import styles from '../../client/styles.module.css';

const PAGE_SIZE = 20;

/** Chapters in reading order: "Start here", then by chapter number. */
function chapterOrder(a: string, b: string): number {
  const n = (s: string) => Number(/^(\d+)\./.exec(s)?.[1] ?? 0);
  return n(a) - n(b) || a.localeCompare(b);
}

/**
 * The full results page (/search?q=…): every result, with filters by chapter and for study
 * questions only. The query and filters live in the URL, so a results page can be shared.
 */
export default function SearchPage(): ReactNode {
  const search = useGuideSearch();
  const history = useHistory();
  const location = useLocation();
  // The URL holds the form's state. The server HTML has an empty form; the URL's values apply once
  // the page has hydrated, so both renders agree.
  const isBrowser = useIsBrowser();
  const params = new URLSearchParams(isBrowser ? location.search : '');
  const query = params.get('q') ?? '';
  const chapter = params.get('chapter') ?? '';
  const questionsOnly = params.get('questions') === '1';
  const [chapters, setChapters] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const filters = {...(chapter ? {chapter} : {}), ...(questionsOnly ? {kind: KIND_FILTER.question} : {})};
  const result = useSearch(search, query, filters, PAGE_SIZE);

  useEffect(() => {
    search
      .filters()
      .then((f) => setChapters(Object.keys(f.chapter ?? {}).sort(chapterOrder)))
      .catch(() => setChapters([]));
  }, [search]);

  const emptyOnArrival = isBrowser && !new URLSearchParams(location.search).get('q');
  useEffect(() => {
    if (emptyOnArrival) input.current?.focus();
  }, [emptyOnArrival]);

  // Replaced, not pushed: typing is not navigation.
  const update = (name: string, value: string) => {
    const next = new URLSearchParams(location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    history.replace({search: qs ? `?${qs}` : ''});
  };

  const trimmed = query.trim();
  const summary =
    result.status === 'failed'
      ? 'Search could not load. Check the connection and try again.'
      : // Announced once the page of results has loaded (the first shows before the others).
        result.status === 'loading' || (result.status === 'ready' && !result.complete)
        ? 'Searching…'
        : result.status === 'ready'
          ? result.total === 0
            ? `No results for “${result.query}”.`
            : `${result.total} ${result.total === 1 ? 'result' : 'results'} for “${result.query}”.` +
              (result.hits[0]?.partial ? ' None has all the words; these have some of them.' : '')
          : '';

  return (
    <Layout title={trimmed ? `Search: ${trimmed}` : 'Search'} description="Search the guide">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search the guide</Heading>
        <form role="search" className={styles.form} onSubmit={(e) => e.preventDefault()}>
          <label className={styles.field}>
            <span>Words to find</span>
            <input
              type="search"
              className={styles.pageInput}
              value={query}
              onFocus={() => search.warm()}
              onChange={(e) => update('q', e.target.value)}
              ref={input}
            />
          </label>
          <label className={styles.field}>
            <span>Chapter</span>
            <select value={chapter} onChange={(e) => update('chapter', e.target.value)}>
              <option value="">All chapters</option>
              {chapters.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={questionsOnly}
              onChange={(e) => update('questions', e.target.checked ? '1' : '')}
            />
            Study questions only
          </label>
        </form>
        <p role="status" className={styles.summary}>
          {trimmed ? summary : ''}
        </p>
        {result.hits.length > 0 && (
          <ol className={styles.results}>
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <article>
                  <Heading as="h2" className={styles.resultHeading}>
                    <Link to={landingUrl(hit.url, hit.terms)}>{hit.title}</Link>
                  </Heading>
                  <p className={styles.resultBody}>
                    <HitText hit={hit} title={false} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
        {result.complete && result.hits.length < result.total && (
          <button type="button" className="button button--secondary" onClick={result.more}>
            Show more results
          </button>
        )}
      </main>
    </Layout>
  );
}
