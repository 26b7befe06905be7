import type {StoredCard} from './schema';

/**
 * Question ids are stable forever, but if one must be renamed, map the old id to the new one here,
 * in the same commit as the rename. Saved and imported progress is moved to the new id on load, so
 * no reader loses it. tests/content/questionIds.test.ts fails when a published id disappears from
 * docs/ without an entry here.
 *
 * Example: `'rest-vs-grpc': 'rest-vs-grpc-latency',`
 */
export const ID_MIGRATIONS: Readonly<Record<string, string>> = {};

// Object.hasOwn is newer than some browsers the site supports.
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The current id for `id`, following chains of renames (a → b → c). */
export function resolveId(id: string, map: Readonly<Record<string, string>> = ID_MIGRATIONS): string {
  let current = id;
  const seen = new Set<string>([id]);
  while (has(map, current)) {
    const next = map[current]!;
    if (seen.has(next)) throw new Error(`ID_MIGRATIONS has a cycle through "${next}".`);
    seen.add(next);
    current = next;
  }
  return current;
}

const reviewedAt = (card: StoredCard): number =>
  card.last_review ? Date.parse(card.last_review) : -Infinity;

export type IdMigrationResult = {
  readonly cards: Record<string, StoredCard>;
  /** [old id, new id] for each entry that moved. */
  readonly renamed: readonly (readonly [string, string])[];
};

/**
 * Moves cards saved under old ids to their current ids. If a reader has progress under both, the
 * more recently reviewed card wins (ties keep the card already under the new id).
 */
export function applyIdMigrations(
  cards: Readonly<Record<string, StoredCard>>,
  map: Readonly<Record<string, string>> = ID_MIGRATIONS,
): IdMigrationResult {
  const out: Record<string, StoredCard> = {};
  const renamed: (readonly [string, string])[] = [];
  // Cards already under a current id first, so that a tie keeps them.
  const entries = Object.entries(cards).sort(([a], [b]) => Number(has(map, a)) - Number(has(map, b)));
  for (const [id, card] of entries) {
    const target = resolveId(id, map);
    if (target !== id) renamed.push([id, target]);
    const existing = out[target];
    if (!existing || reviewedAt(card) > reviewedAt(existing)) out[target] = card;
  }
  return {cards: out, renamed};
}
