import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {useChapters} from '@site/src/chapters';
import styles from './styles.module.css';

/**
 * On a chapter page, a skip link to its study questions (hidden until focused), the first stop of
 * the Tab key: the questions close a long chapter, about a hundred Tab presses down.
 */
export default function SkipToQuestions(): ReactNode {
  const {pathname} = useLocation();
  const chapter = useChapters().find((c) => c.permalink === pathname.replace(/\/$/, ''));
  if (!chapter) return null;
  return (
    <Link className={styles.skip} to="#study-questions">
      Skip to study questions
    </Link>
  );
}
