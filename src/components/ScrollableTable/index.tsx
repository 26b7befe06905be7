import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {columnLabels, labelCells} from './labels';
import styles from './styles.module.css';

type Props = Readonly<ComponentProps<'table'>>;

/** From this many columns a table becomes one card per row on a phone (styles.module.css). */
const CARD_COLUMNS = 3;

/**
 * A Markdown table that scrolls sideways when it is wider than the page (phones). Shadows at the
 * edges show that there is more (CSS only, so the static copy of a chapter shows them too); while it
 * overflows, a line says so and its scroll box is a labelled, focusable region, so keyboard users
 * can scroll it too (WCAG 2.1.1); a table that fits adds no tab stop. Below 480 px, a table of three
 * columns or more shows each row as a card of "column: value" lines instead.
 */
export default function ScrollableTable({children, className, ...props}: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const labels = columnLabels(children);
  const cards = labels.length >= CARD_COLUMNS;

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    // Measured when the browser lays the table out, not on mount: reading its size now would force
    // the layout of page parts kept off screen (plugins/page-sections). The observer's first call
    // comes with that layout.
    const observer = new ResizeObserver(() => setOverflows(box.scrollWidth > box.clientWidth + 1));
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className={clsx(styles.wrapper, cards && styles.cards)} data-overflows={overflows || undefined}>
      {overflows && (
        <p className={styles.hint} aria-hidden="true">
          Scroll sideways for more →
        </p>
      )}
      <div
        ref={ref}
        className={styles.scroll}
        {...(overflows ? {tabIndex: 0, role: 'region', 'aria-label': 'Table, scrolls sideways'} : {})}>
        <table {...props} className={className} role={cards ? 'table' : undefined}>
          {cards ? labelCells(children, labels) : children}
        </table>
      </div>
    </div>
  );
}
