import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {useChapters} from '@site/src/chapters';
import {useNow} from '@site/src/progress/clock';
import {countStates, hasStarted} from '@site/src/progress/states';
import {useProgress} from '@site/src/progress/store';
import './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * Adds "4/10" (questions known) to a chapter's sidebar link once the reader has any progress. The
 * original spreads extra props onto its <a>, so data attributes and CSS show it without copying the
 * component; the CSS also gives screen readers the words for it.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  const chapter = chapters.find((c) => c.permalink === props.item.href);
  if (!chapter || !ready || now === null || !hasStarted(data.cards)) return <Link {...props} />;
  const {known, total} = countStates(chapter.questionIds, data.cards, now);
  return (
    <Link
      {...props}
      data-progress={`${known}/${total}`}
      data-progress-label={`, ${known} of ${total} questions known`}
    />
  );
}
