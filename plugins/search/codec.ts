import type {AsPlainObject} from 'minisearch';

/**
 * The search index as the browser downloads it, in two parts:
 * - the index file: the terms, most used first (the browser's word list for typo corrections,
 *   in order of use without counting), and each document's field lengths;
 * - one postings file per first character of the terms (`shardFile`): for each of those terms,
 *   the documents it occurs in. A query loads only the files of its words' first characters, so
 *   the first search decodes a few hundred terms instead of every term of the guide.
 *
 * MiniSearch's own serialization (`toJSON`) spends most of its bytes on JSON keys (`"204":1,` per
 * document a word occurs in); postings here are base-36 gaps between document numbers, with a
 * term's frequency only when above 1. `decodeShard` gives back the object `MiniSearch.loadJS`
 * takes for one file's terms, with the whole guide's document statistics, so a term scores the
 * same as in one index of everything. Documents must have the ids 0…n-1 (plugins/search numbers
 * its records so), and terms no space (the tokenizer splits on anything but letters and digits).
 */
export type CompactIndex = {
  readonly version: 2;
  /** The indexed fields, in MiniSearch's field id order. */
  readonly fields: readonly string[];
  /** Per document (by id), the number of terms in each field. */
  readonly lengths: readonly (readonly number[])[];
  /** Per field, the average number of terms. */
  readonly averages: readonly number[];
  /** Every term, separated by spaces, those in the most documents first (the word list's order). */
  readonly terms: string;
};

/** The postings of the terms that start with one character (`shardOf`). */
export type ShardFile = {
  readonly version: 2;
  /**
   * Per field, per term (separated by spaces; the index's terms with this first character, in
   * their order): the documents it occurs in, comma-separated, each as the base-36 gap from the
   * previous one, with `.frequency` (base 36) when above 1. An empty string: not in this field.
   */
  readonly postings: readonly string[];
};

export const CODEC_VERSION = 2;

/** The shard a term's postings are in: its first UTF-16 code unit. */
export const shardOf = (term: string): number => term.charCodeAt(0);

/** The postings file of a shard, in the index folder (ASCII names, whatever the character). */
export const shardFile = (shard: number): string => `postings/${shard.toString(36)}.json`;

/**
 * Shards the build writes even when no term starts with them (every ASCII letter and digit), so the
 * browser may fetch a typed word's file before the index tells it which files exist.
 */
export const ALWAYS_WRITTEN = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map(shardOf);

/** Encodes MiniSearch's serialization (`JSON.parse(JSON.stringify(miniSearch))`). */
export function encodeIndex(js: AsPlainObject): {index: CompactIndex; shards: Map<number, ShardFile>} {
  const fields = Object.entries(js.fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
  for (const [shortId, id] of Object.entries(js.documentIds))
    if (String(id) !== shortId)
      throw new Error(`search index: document ${String(id)} is not numbered ${shortId}`);
  const count = js.nextId;
  const lengths = Array.from({length: count}, (_, i) => fields.map((_f, f) => js.fieldLength[i]?.[f] ?? 0));
  const terms: string[] = [];
  const postings = new Map<number, string[][]>(ALWAYS_WRITTEN.map((s) => [s, fields.map(() => [])]));
  const order = new Map(termsByUse(js).map((t, i) => [t, i]));
  const entries = [...js.index].sort((a, b) => order.get(a[0])! - order.get(b[0])!);
  for (const [term, byField] of entries) {
    if (/\s/.test(term) || term === '') throw new Error(`search index: the term "${term}" has a space`);
    terms.push(term);
    const shard = shardOf(term);
    if (!postings.has(shard))
      postings.set(
        shard,
        fields.map(() => []),
      );
    fields.forEach((_f, f) => {
      const docs = Object.entries(byField[f] ?? {})
        .map(([d, freq]) => [Number(d), freq] as const)
        .sort((a, b) => a[0] - b[0]);
      let previous = 0;
      postings.get(shard)![f]!.push(
        docs
          .map(([d, freq]) => {
            const gap = d - previous;
            previous = d;
            return gap.toString(36) + (freq > 1 ? `.${freq.toString(36)}` : '');
          })
          .join(','),
      );
    });
  }
  return {
    index: {version: CODEC_VERSION, fields, lengths, averages: js.averageFieldLength, terms: terms.join(' ')},
    shards: new Map(
      [...postings].map(([s, p]) => [s, {version: CODEC_VERSION, postings: p.map((list) => list.join(' '))}]),
    ),
  };
}

/** The index's terms in a shard, in the index's order. */
export function termsOf(index: CompactIndex, shard: number): string[] {
  return index.terms === '' ? [] : index.terms.split(' ').filter((t) => shardOf(t) === shard);
}

/**
 * The object `MiniSearch.loadJS` takes for one shard's terms, with every document's statistics;
 * throws on a malformed index or shard.
 */
export function decodeShard(index: CompactIndex, shard: number, file: ShardFile): AsPlainObject {
  for (const part of [index, file])
    if (part.version !== CODEC_VERSION) throw new Error(`search index: unknown version ${part.version}`);
  const terms = termsOf(index, shard);
  const byField = file.postings.map((p) => (terms.length === 0 && p === '' ? [] : p.split(' ')));
  if (byField.length !== index.fields.length || byField.some((p) => p.length !== terms.length))
    throw new Error(`search index: postings and terms do not match in ${shardFile(shard)}`);
  const count = index.lengths.length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  index.lengths.forEach((l, i) => {
    documentIds[i] = i;
    fieldLength[i] = [...l];
  });
  const entries: AsPlainObject['index'] = terms.map((term, t) => {
    const entry: Record<string, Record<string, number>> = {};
    byField.forEach((postings, f) => {
      const list = postings[t]!;
      if (list === '') return;
      const docs: Record<string, number> = {};
      let d = 0;
      for (const item of list.split(',')) {
        const dot = item.indexOf('.');
        d += parseInt(dot < 0 ? item : item.slice(0, dot), 36);
        docs[d] = dot < 0 ? 1 : parseInt(item.slice(dot + 1), 36);
      }
      entry[f] = docs;
    });
    return [term, entry];
  });
  return {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: Object.fromEntries(index.fields.map((name, i) => [name, i])),
    fieldLength,
    averageFieldLength: [...index.averages],
    storedFields: {},
    dirtCount: 0,
    index: entries,
    serializationVersion: 2,
  };
}

/** The index's terms, those in the most documents (any field) first, alphabetical among equals. */
export function termsByUse(js: AsPlainObject): string[] {
  const uses = new Map<string, number>();
  for (const [term, byField] of js.index) {
    const docs = new Set<string>();
    for (const postings of Object.values(byField)) for (const d of Object.keys(postings)) docs.add(d);
    uses.set(term, docs.size);
  }
  return [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}
