import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import styles from './styles.module.css';

type Props = Readonly<ComponentProps<'table'>>;

/**
 * A Markdown table that scrolls sideways when it is wider than the page (phones). While it overflows,
 * its scroll box is a labelled, focusable region, so keyboard users can scroll it too (WCAG 2.1.1);
 * a table that fits adds no tab stop.
 */
export default function ScrollableTable(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

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
    <div
      ref={ref}
      className={styles.scroll}
      {...(overflows ? {tabIndex: 0, role: 'region', 'aria-label': 'Table, scrolls sideways'} : {})}>
      <table {...props} />
    </div>
  );
}
