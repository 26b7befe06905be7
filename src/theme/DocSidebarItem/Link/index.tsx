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
 * Adds "6/10 · 4✓" (questions started, of which known) to a chapter's sidebar link once the reader
 * has any progress: grading a question shows at once, not only when it is known. The
 * original spreads extra props onto its <a>, so data attributes and CSS show it without copying the
 * component; the CSS also gives screen readers the words for it.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  const chapter = chapters.find((c) => c.permalink === props.item.href);
  if (!chapter || !ready || now === null || !hasStarted(data.cards)) return <Link {...props} />;
  const {known, total, new: untried} = countStates(chapter.questionIds, data.cards, now);
  const started = total - untried;
  return (
    <Link
      {...props}
      data-progress={`${started}/${total} · ${known}✓`}
      data-progress-label={`, ${started} of ${total} questions started, ${known} known`}
    />
  );
}
