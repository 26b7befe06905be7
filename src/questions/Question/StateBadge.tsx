import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useNow} from '@site/src/progress/clock';
import {formatDueIn} from '@site/src/progress/derive';
import {hasStarted, questionState, STATE_LABELS} from '@site/src/progress/states';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

type Props = {readonly id: string};

/**
 * New / Learning / Known / Due next to the question, once the reader has started studying. Rendered
 * only in the browser after mount, so the server HTML (and the search index built from it) never
 * contains progress words, and a first visit's page does not shift when the chapter goes live.
 */
export default function StateBadge({id}: Props): ReactNode {
  const {ready, data} = useProgress();
  const now = useNow();
  if (!ready || now === null || !hasStarted(data.cards)) return null;
  const card = data.cards[id];
  const state = questionState(card, now);
  const title =
    state === 'new'
      ? 'Not graded yet'
      : state === 'due'
        ? 'Due for review'
        : `Next review ${formatDueIn(Date.parse(card!.due), now)}`;
  return (
    <span className={clsx(styles.badge, styles[state])} title={title} data-state={state}>
      <span className="visually-hidden">Status: </span>
      {STATE_LABELS[state]}
    </span>
  );
}
