import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {recallLink} from '@site/shared/questionLanding';
import {useChapters} from '@site/src/chapters';
import {useNow} from '@site/src/progress/clock';
import {continueTarget, reviewQueue} from '@site/src/progress/derive';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

type Props = {
  /** The chapter just quizzed, if any: "next chapter" follows it. */
  readonly after?: number;
  /** Leave out the review link (on the review page itself). */
  readonly withoutReview?: boolean;
};

/**
 * Where to go after a quiz or a review: what is due, the next chapter or question not yet tried,
 * and practice beyond the schedule. Never a dead end.
 */
export default function NextSteps({after, withoutReview = false}: Props): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  if (!ready || now === null) return null;
  const due = reviewQueue(chapters, data.cards, now).length;
  const nextChapter = after === undefined ? undefined : chapters.find((c) => c.number === after + 1);
  const target = continueTarget(chapters, data.cards, now);
  const links: {to: string; text: string}[] = [];
  if (!withoutReview && due > 0)
    links.push({to: '/review', text: `Review ${due} due ${due === 1 ? 'question' : 'questions'}`});
  if (nextChapter) {
    links.push({
      to: nextChapter.permalink,
      text: `Next: chapter ${nextChapter.number}, ${nextChapter.title}`,
    });
  } else if (target?.kind === 'question' && target.chapter.number !== after) {
    links.push({
      to: recallLink(target.chapter.permalink, target.id),
      text: `Continue: chapter ${target.chapter.number}, question ${target.position}`,
    });
  }
  links.push({to: '/practice', text: 'Practise beyond the schedule'});
  const waiting = chapters.some((c) =>
    c.questionIds.some((id) => data.cards[id] && Date.parse(data.cards[id].due) > now),
  );
  if (waiting) links.push({to: '/practice?mode=ahead', text: 'Review ahead of schedule'});
  links.push({
    to: '/questions',
    text: `All ${chapters.reduce((n, c) => n + c.questionIds.length, 0)} questions`,
  });
  return (
    <nav className={styles.next} aria-label="Next steps">
      <p className={styles.heading}>What next?</p>
      <ul className={styles.links}>
        {links.map((l) => (
          <li key={l.to}>
            <Link className="button button--secondary" to={l.to}>
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
