import {useChapters} from '@site/src/chapters';
import {useNow} from '@site/src/progress/clock';
import {reviewQueue} from '@site/src/progress/derive';
import {useProgress} from '@site/src/progress/store';

/** How many questions are due for review now across the guide; null until progress is read. */
export function useDueCount(): number | null {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  if (!ready || now === null) return null;
  return reviewQueue(chapters, data.cards, now).length;
}
