import {parseProgress, type ValidationResult} from './validate';
import {
  FORMAT,
  SCHEMA_VERSION,
  type ExerciseRecord,
  type ExportFile,
  type ProgressData,
  type StoredCard,
} from './schema';

/** Larger than any real progress file (90 questions take about 25 kB) by far; refuses the wrong file early. */
export const MAX_IMPORT_BYTES = 1_000_000;

export function exportFilename(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mastering-ai-10-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The export file's text: the stored document, stamped with the time of export. */
export function exportText(data: ProgressData, now: Date): string {
  const file: ExportFile = {
    format: FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    cards: data.cards,
    exercises: data.exercises,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportSummary = {
  /** Questions with no progress here before. */
  readonly added: number;
  /** Questions whose progress the file replaced, because the file's was reviewed more recently. */
  readonly updated: number;
  /** Questions where this browser's progress was more recent, so it was kept. */
  readonly keptNewer: number;
  readonly unchanged: number;
  /** Ids in the file that this guide has no question for; their progress is kept anyway. */
  readonly unknownIds: readonly string[];
  /** [old, new] ids moved by ID_MIGRATIONS. */
  readonly renamed: readonly (readonly [string, string])[];
  /** Passed exercises the file adds (an exercise passed on either side stays passed). */
  readonly exercisesAdded: number;
};

const reviewedAt = (card: StoredCard): number =>
  card.last_review ? Date.parse(card.last_review) : -Infinity;

function sameCard(a: StoredCard, b: StoredCard): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof StoredCard>;
  return [...keys].every((k) => a[k] === b[k]);
}

/** Checks an imported file's text; `byteLength` is the file's size, to refuse a wrong file early. */
export function parseImport(text: string, byteLength: number = text.length): ValidationResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          problem: `too large (${byteLength} bytes; a progress file is at most ${MAX_IMPORT_BYTES} bytes)`,
        },
      ],
    };
  }
  return parseProgress(text, {allowExportedAt: true});
}

/**
 * Merges imported progress into the current one: nothing is lost on either side, and where both
 * have a card for a question, the one reviewed more recently wins (a tie goes to the file, which
 * the reader chose to import).
 */
export function mergeProgress(
  current: ProgressData,
  incoming: ProgressData,
  knownIds: ReadonlySet<string>,
  renamed: readonly (readonly [string, string])[] = [],
): {readonly data: ProgressData; readonly summary: ImportSummary} {
  const cards: Record<string, StoredCard> = {...current.cards};
  let added = 0;
  let updated = 0;
  let keptNewer = 0;
  let unchanged = 0;
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = current.cards[id];
    if (!mine) {
      cards[id] = card;
      added += 1;
    } else if (sameCard(mine, card)) {
      unchanged += 1;
    } else if (reviewedAt(card) >= reviewedAt(mine)) {
      cards[id] = card;
      updated += 1;
    } else {
      keptNewer += 1;
    }
  }
  const unknownIds = Object.keys(incoming.cards).filter((id) => !knownIds.has(id));
  // Passing is a fact that does not expire: keep every exercise passed anywhere, with its first pass.
  const exercises: Record<string, ExerciseRecord> = {...current.exercises};
  let exercisesAdded = 0;
  for (const [id, record] of Object.entries(incoming.exercises)) {
    const mine = exercises[id];
    if (!mine) exercisesAdded += 1;
    if (!mine || Date.parse(record.passedAt) < Date.parse(mine.passedAt)) exercises[id] = record;
  }
  return {
    data: {format: FORMAT, version: SCHEMA_VERSION, cards, exercises},
    summary: {added, updated, keptNewer, unchanged, unknownIds, renamed, exercisesAdded},
  };
}
