import React, {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {CHAPTER_LIVE_EVENT} from '../../../../shared/events';
import {highlightTerms, landingTerms, landingUrl, markLanding} from '../../client/highlightTerms';
import HitText from '../../client/HitText';
import {useGuideSearch, useSearch} from '../../client/useSearch';
import styles from '../../client/styles.module.css';

/** Results listed under the box; the search page shows them all. */
export const BAR_RESULTS = 8;
const NO_FILTERS = {};

type Option = {readonly key: string; readonly href: string; readonly content: ReactNode};

/**
 * The navbar's search box: an ARIA combobox with a listbox of results (each study question is its
 * own result). Ctrl/⌘+K focuses it from anywhere; ↑/↓ choose, Enter opens (the search page when no
 * result is chosen), Esc clears the query. The index loads when the box first gets focus.
 */
export default function SearchBar(): ReactNode {
  const search = useGuideSearch();
  const history = useHistory();
  const location = useLocation();
  const searchPage = useBaseUrl('/search');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const result = useSearch(search, query, NO_FILTERS, BAR_RESULTS);

  // A page opened from a result shows the result's words marked.
  useEffect(() => markLanding(), [location.pathname, location.search]);

  // A chapter that goes live after the words were marked gets them marked again.
  useEffect(() => {
    const remark = (e: Event) => {
      if (e.target instanceof Element) highlightTerms(e.target, landingTerms());
    };
    document.addEventListener(CHAPTER_LIVE_EVENT, remark);
    return () => document.removeEventListener(CHAPTER_LIVE_EVENT, remark);
  }, []);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    // Capture: the code editor handles its own keys and would otherwise keep this one.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // The chosen option, for the text typed when it was chosen (more typing: none chosen). Results of
  // that text may still arrive after the choice (the list showed an earlier prefix's); the chosen
  // place is kept as they do.
  const [chosen, setChosen] = useState<{query: string; index: number}>({query: '', index: -1});
  const active = chosen.query === query && chosen.index < result.hits.length ? chosen.index : -1;
  const setActive = (index: number) => setChosen({query, index});

  const trimmed = query.trim();
  const allResults = `${searchPage}?q=${encodeURIComponent(trimmed)}`;
  const options: Option[] = result.hits.map((hit) => ({
    key: hit.id,
    href: landingUrl(hit.url, hit.terms),
    content: <HitText hit={hit} />,
  }));
  const expanded = open && trimmed !== '';
  const listShown = expanded && options.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({block: 'nearest'});
  });

  /** Closes the list and goes to `href` (null: the caller's link navigates). */
  const choose = (href: string | null) => {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    if (href) history.push(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (count === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step < 0 ? count - 1 : (active + step + count) % count);
    } else if (e.key === 'Enter') {
      if (!trimmed) return;
      e.preventDefault();
      choose(options[active]?.href ?? allResults);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      setOpen(false);
    }
  };

  const message =
    result.status === 'failed'
      ? 'Search could not load. Check the connection and try again.'
      : result.status === 'loading'
        ? 'Searching…'
        : result.status === 'ready' && result.hits.length === 0
          ? `No results for “${result.query}”.`
          : result.status === 'ready'
            ? `${result.total} ${result.total === 1 ? 'result' : 'results'}.` +
              (result.hits[0]?.partial ? ' None has all the words; these have some of them.' : '')
            : '';

  return (
    <div
      role="search"
      className={clsx(styles.bar, expanded && styles.barOpen)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={listShown}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={listShown && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search"
        className={clsx('navbar__search-input', styles.input)}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          search.warm();
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.keys} aria-hidden="true">
        Ctrl K
      </kbd>
      <div className={styles.panel} hidden={!listShown}>
        <ul role="listbox" id={`${id}-listbox`} aria-label="Search results" className={styles.options}>
          {options.map((option, i) => (
            <li
              key={option.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={clsx(styles.option, i === active && styles.active)}
              // Keeps the focus in the box, so the list does not close before the click.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => choose(option.href)}>
              {option.content}
            </li>
          ))}
        </ul>
        {result.complete && (
          // A link, not an option: Tab reaches it, and the scrolling panel holds something focusable.
          <Link className={styles.all} to={allResults} onClick={() => choose(null)}>
            All results for “{trimmed}”
          </Link>
        )}
      </div>
      {/* Announced as results arrive; shown only when there is no list to show instead. */}
      <p role="status" className={expanded && !listShown && message ? styles.status : styles.visuallyHidden}>
        {expanded ? message : ''}
      </p>
    </div>
  );
}
