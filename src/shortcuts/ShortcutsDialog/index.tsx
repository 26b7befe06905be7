import React, {Fragment, useEffect, useId, useRef, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import {SHORTCUT_GROUPS, type Shortcut} from '../shortcuts';
import styles from './styles.module.css';

type Props = {readonly onClose: () => void};

function Keys({shortcut}: {readonly shortcut: Shortcut}): ReactNode {
  const word = shortcut.join === 'then' ? ' then ' : ' or ';
  return shortcut.keys.map((combo, i) => (
    <Fragment key={combo.join('+')}>
      {i > 0 && word}
      {combo.map((key, j) => (
        <Fragment key={key}>
          {j > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </Fragment>
  ));
}

const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The keyboard shortcuts as a native modal <dialog>: the page behind is inert, and Tab cycles
 * through the dialog's controls instead of leaving for the browser's; Escape or Close closes it
 * (the opener then gives the focus back).
 */
export default function ShortcutsDialog({onClose}: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Closed before the page is told, so that the page is no longer inert when it takes the focus back.
  const close = () => {
    ref.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Tab') return;
        const controls = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const at = controls.indexOf(document.activeElement as HTMLElement);
        const next = at < 0 ? 0 : (at + (e.shiftKey ? -1 : 1) + controls.length) % controls.length;
        e.preventDefault();
        controls[next]?.focus();
      }}>
      <div className={styles.header}>
        <Heading as="h2" className={styles.title}>
          <span id={titleId}>Keyboard shortcuts</span>
        </Heading>
        <button type="button" className="button button--secondary button--sm" onClick={close}>
          Close
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title}>
          <Heading as="h3" className={styles.group}>
            {group.title}
          </Heading>
          <dl className={styles.list}>
            {group.shortcuts.map((s) => (
              <div key={s.does} className={styles.row}>
                <dt>
                  <Keys shortcut={s} />
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
