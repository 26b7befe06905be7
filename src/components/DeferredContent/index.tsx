import React, {useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {useLocation} from '@docusaurus/router';
import {loadHighlighter} from '@site/src/theme/CodeBlock/load';
import {useProgress} from '@site/src/progress/store';
import {loadOnce} from '@site/src/utils/loadOnce';
import {HIGHLIGHT_PARAM, highlightTerms, landingTerms} from '@site/src/search/highlightTerms';
import {isHydrated, KEEP_SERVER_HTML, takeEarlyActivity} from './hydration';
import {capture, restore, type Snapshot} from './snapshot';
import styles from './styles.module.css';

type MDXProps = Record<string, unknown>;
type Body = ComponentType<MDXProps>;
type BodyLoader = () => Promise<{default: Body}>;

// Reader activity inside the chapter that makes its live tree worth fetching.
const ROOT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * The route component of a deferred chapter (plugins/deferred-content builds the call).
 *
 * On the first page load the server HTML stays as it is and React hydrates only the page around
 * it, so the chapter's compiled text and its code highlighter are not part of the first-load
 * JavaScript. The live tree is fetched when the reader first acts on the chapter: pointer or
 * focus inside it, a scroll, saved progress for its questions, or arriving from a search result;
 * then it replaces the static copy (same markup), carrying over open answers, focus and a button
 * pressed meanwhile. After a client-side navigation the chapter renders live at once.
 */
export function deferMdx(key: string, load: BodyLoader, serverBody?: Body): Body {
  let loaded: Body | null = serverBody ?? null;
  const fetchBody = loadOnce(() =>
    Promise.all([load(), loadHighlighter()]).then(([m]) => (loaded = m.default)),
  );
  // Evaluated after hydration means a link to this chapter is being preloaded: fetch the text too.
  if (typeof window !== 'undefined' && isHydrated()) fetchBody().catch(() => undefined);

  function DeferredMdx(props: MDXProps): ReactNode {
    const [isStatic] = useState(
      () =>
        typeof window !== 'undefined' &&
        !isHydrated() &&
        document.querySelector(`[data-deferred-body="${CSS.escape(key)}"]`) !== null,
    );
    const [LiveBody, setLiveBody] = useState<Body | null>(() => (isStatic ? null : loaded));
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    const staticRoot = useRef<HTMLDivElement>(null);
    const liveRoot = useRef<HTMLDivElement>(null);
    const snapshot = useRef<Snapshot | null>(null);
    const clicked = useRef<Element | null>(null);
    const {hash, search} = useLocation();
    const {ready, data} = useProgress();
    const [wanted, setWanted] = useState(false);
    const swapped = isStatic && LiveBody !== null;

    // Static copy: wait for the reader (who may have acted already, while the page hydrated).
    useEffect(() => {
      const root = staticRoot.current;
      if (!isStatic || !root) return undefined;
      const want = () => setWanted(true);
      const early = takeEarlyActivity();
      if (early.clicked) clicked.current = early.clicked;
      if (early.wanted) want();
      ROOT_EVENTS.forEach((type) => root.addEventListener(type, want, {passive: true, capture: true}));
      window.addEventListener('scroll', want, {passive: true});
      return () => {
        ROOT_EVENTS.forEach((type) => root.removeEventListener(type, want, {capture: true}));
        window.removeEventListener('scroll', want);
      };
    }, [isStatic]);

    // Arriving from a search result, or with progress to show on these questions: go live now.
    useEffect(() => {
      const root = staticRoot.current;
      if (!isStatic || !root) return;
      const ids = [...root.querySelectorAll('[data-question-id]')].map((el) =>
        el.getAttribute('data-question-id'),
      );
      if (
        new URLSearchParams(search).has(HIGHLIGHT_PARAM) ||
        (ready && ids.some((id) => id && data.cards[id]))
      ) {
        setWanted(true);
      }
    }, [isStatic, search, ready, data]);

    // A link to a question opens its answer in the static copy as well.
    useEffect(() => {
      const root = staticRoot.current;
      if (!isStatic || !root || !hash) return;
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      const details = target?.closest('[data-question-id]')?.querySelector(':scope > details');
      if (!target || !(details instanceof HTMLDetailsElement) || !root.contains(details)) return;
      details.open = true;
      target.scrollIntoView({block: 'start'});
    }, [isStatic, hash]);

    // A button pressed before the live tree exists is pressed again afterwards. A press in
    // progress holds the swap back, or its click would be lost between the two trees.
    const pressing = useRef(false);
    useEffect(() => {
      const root = staticRoot.current;
      if (!isStatic || !root) return undefined;
      const onClick = (e: Event) => {
        const button = e.target instanceof Element ? e.target.closest('button') : null;
        if (button && root.contains(button)) clicked.current = button;
      };
      const onDown = () => (pressing.current = true);
      const onUp = () => (pressing.current = false);
      root.addEventListener('click', onClick, {capture: true});
      root.addEventListener('pointerdown', onDown, {capture: true});
      window.addEventListener('pointerup', onUp, {capture: true});
      window.addEventListener('pointercancel', onUp, {capture: true});
      return () => {
        root.removeEventListener('click', onClick, {capture: true});
        root.removeEventListener('pointerdown', onDown, {capture: true});
        window.removeEventListener('pointerup', onUp, {capture: true});
        window.removeEventListener('pointercancel', onUp, {capture: true});
      };
    }, [isStatic]);

    // Fetch the live tree: when wanted (static copy), or at once (client-side navigation).
    useEffect(() => {
      if (LiveBody || (isStatic && !wanted)) return undefined;
      let current = true;
      fetchBody().then(
        (body) => {
          const swap = () => {
            if (!current) return;
            const root = staticRoot.current;
            if (root) snapshot.current = capture(root, clicked.current);
            flushSync(() => setLiveBody(() => body));
          };
          if (!pressing.current) return swap();
          // Swap once the press has become a click (dispatched right after pointerup).
          const after = () => {
            window.removeEventListener('pointerup', after, {capture: true});
            window.removeEventListener('pointercancel', after, {capture: true});
            setTimeout(swap, 0);
          };
          window.addEventListener('pointerup', after, {capture: true});
          window.addEventListener('pointercancel', after, {capture: true});
          return undefined;
        },
        () => {
          if (!current) return;
          setFailed(true);
          // The static copy stays readable; the next interaction tries again.
          if (isStatic) setWanted(false);
        },
      );
      return () => {
        current = false;
      };
    }, [LiveBody, isStatic, wanted, attempt]);

    // Carry the reader's state over to the live tree, before it paints.
    useLayoutEffect(() => {
      const root = liveRoot.current;
      if (!root || !LiveBody) return;
      root.setAttribute('data-live', ''); // for tests and tooling: the React tree is in place
      const saved = snapshot.current;
      snapshot.current = null;
      const replay = saved ? restore(root, saved) : null;
      if (replay) setTimeout(() => replay.click(), 0);
      const terms = landingTerms();
      if (terms.length > 0) highlightTerms(root, terms);
      // After a client-side navigation the fragment's target exists only now.
      if (!saved && window.location.hash) {
        document
          .getElementById(decodeURIComponent(window.location.hash.slice(1)))
          ?.scrollIntoView({block: 'start'});
      }
    }, [LiveBody]);

    if (isStatic && !swapped) {
      return (
        <div
          key="static"
          ref={staticRoot}
          className="markdown"
          data-deferred-body={key}
          dangerouslySetInnerHTML={KEEP_SERVER_HTML}
          suppressHydrationWarning
        />
      );
    }
    return (
      <div key="live" ref={liveRoot} className="markdown" data-deferred-body={key}>
        {LiveBody ? (
          <LiveBody {...props} />
        ) : failed ? (
          <div className={styles.failed} role="alert">
            <p>This chapter&apos;s text could not be loaded. Check the connection, then try again.</p>
            <button
              type="button"
              className="button button--primary button--sm"
              onClick={() => {
                setFailed(false);
                setAttempt((n) => n + 1);
              }}>
              Try again
            </button>
          </div>
        ) : (
          <p className={styles.loading} role="status">
            Loading the chapter…
          </p>
        )}
      </div>
    );
  }
  return DeferredMdx;
}
