import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useChapters} from '@site/src/chapters';
import {pageCandidates, precacheName, wantedAddress} from '@site/src/serviceWorker/routes';
import PythonOffline from '../PythonOffline';
import styles from './styles.module.css';

type Place = {readonly to: string; readonly label: string};

const STUDY: readonly Place[] = [
  {to: '/review', label: 'Review: the questions due today'},
  {to: '/practice', label: 'Practice'},
  {to: '/questions', label: 'All questions'},
  {to: '/search', label: 'Search'},
];

/** Which of these pages the service worker has saved, or null when that cannot be told. */
async function savedPages(paths: readonly string[]): Promise<ReadonlySet<string> | null> {
  const registration = await navigator.serviceWorker?.getRegistration();
  if (!registration || typeof caches === 'undefined') return null;
  const name = precacheName(registration.scope);
  if (!(await caches.has(name))) return null;
  const cache = await caches.open(name);
  const saved = new Set<string>();
  for (const p of paths) {
    for (const url of pageCandidates(new URL(p, location.origin).href, registration.scope)) {
      if (await cache.match(url, {ignoreSearch: true})) {
        saved.add(p);
        break;
      }
    }
  }
  return saved;
}

/**
 * The offline fallback page's content: what happened, the address to try again, and the pages this
 * browser has saved (every page after a complete first visit; the list is checked against the cache
 * once the page runs, and shows in full before that).
 */
export default function OfflineFallback(): ReactNode {
  const chapters = useChapters();
  const places: readonly Place[] = [
    {to: '/', label: 'Home'},
    {to: '/docs', label: 'Start here: how to study'},
    ...chapters.map((c) => ({to: c.permalink, label: `${c.number}. ${c.title}`})),
    ...STUDY,
  ];
  const [wanted, setWanted] = useState<string | null>(null);
  const [saved, setSaved] = useState<ReadonlySet<string> | null>(null);

  useEffect(() => {
    let live = true;
    const from = wantedAddress(new URLSearchParams(location.search).get('from'), location.origin);
    void (async () => {
      const s = await savedPages(places.map((p) => p.to)).catch(() => null);
      if (!live) return;
      setWanted(from);
      setSaved(s);
    })();
    return () => {
      live = false;
    };
    // The list of places is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const shown = saved ? places.filter((p) => saved.has(p.to)) : places;
  return (
    <main className="container margin-vert--xl">
      <Heading as="h1">This page is not available offline</Heading>
      <p>
        You seem to be offline, or the guide cannot be reached right now, and this page is not saved in this
        browser (or does not exist).{' '}
        {wanted ? (
          <>
            Once you are connected,{' '}
            {/* A full page load, not the router's: the address may be newer than this copy of the site. */}
            {/* eslint-disable-next-line @docusaurus/no-html-links */}
            <a href={wanted}>try {wanted} again</a>.
          </>
        ) : (
          'Once you are connected, try the address again.'
        )}
      </p>
      <Heading as="h2" className={styles.heading}>
        Available offline
      </Heading>
      {shown.length > 0 ? (
        <ul className={styles.places}>
          {shown.map((p) => (
            <li key={p.to}>
              <Link to={p.to}>{p.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing is saved in this browser yet: visit the guide once while connected and it will be.</p>
      )}
      <Heading as="h2" className={styles.heading}>
        Running examples offline
      </Heading>
      <p>JavaScript examples run offline. Python examples need the Python runtime saved in this browser:</p>
      <PythonOffline />
    </main>
  );
}
