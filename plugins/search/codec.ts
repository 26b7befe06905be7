import type {AsPlainObject} from 'minisearch';

/**
 * The search index as the browser downloads it: MiniSearch's own serialization (`toJSON`) spends
 * most of its bytes on JSON keys (`"204":1,` per document a word occurs in); this codec writes the
 * same postings as base-36 gaps between document numbers, a term's frequency only when above 1,
 * which is 94 KiB gzip instead of 142 KiB on this guide, and lists the terms most used first, so
 * the browser has the guide's word list in order of use without counting. `decodeIndex` gives back the object
 * `MiniSearch.loadJS` takes. Documents must have the ids 0…n-1 (plugins/search numbers its records
 * so), and terms no space (the tokenizer splits on anything but letters and digits).
 */
export type CompactIndex = {
  readonly version: 1;
  /** The indexed fields, in MiniSearch's field id order. */
  readonly fields: readonly string[];
  /** Per document (by id), the number of terms in each field. */
  readonly lengths: readonly (readonly number[])[];
  /** Per field, the average number of terms. */
  readonly averages: readonly number[];
  /** Every term, separated by spaces, those in the most documents first (the word list's order). */
  readonly terms: string;
  /**
   * Per field, per term (separated by spaces, in the order of `terms`): the documents it occurs
   * in, comma-separated, each as the base-36 gap from the previous one, with `.frequency` (base 36)
   * when above 1. An empty string: not in this field.
   */
  readonly postings: readonly string[];
};

export const CODEC_VERSION = 1;

/** Encodes MiniSearch's serialization (`JSON.parse(JSON.stringify(miniSearch))`). */
export function encodeIndex(js: AsPlainObject): CompactIndex {
  const fields = Object.entries(js.fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
  for (const [shortId, id] of Object.entries(js.documentIds))
    if (String(id) !== shortId)
      throw new Error(`search index: document ${String(id)} is not numbered ${shortId}`);
  const count = js.nextId;
  const lengths = Array.from({length: count}, (_, i) => fields.map((_f, f) => js.fieldLength[i]?.[f] ?? 0));
  const terms: string[] = [];
  const postings: string[][] = fields.map(() => []);
  const order = new Map(termsByUse(js).map((t, i) => [t, i]));
  const entries = [...js.index].sort((a, b) => order.get(a[0])! - order.get(b[0])!);
  for (const [term, byField] of entries) {
    if (/\s/.test(term) || term === '') throw new Error(`search index: the term "${term}" has a space`);
    terms.push(term);
    fields.forEach((_f, f) => {
      const docs = Object.entries(byField[f] ?? {})
        .map(([d, freq]) => [Number(d), freq] as const)
        .sort((a, b) => a[0] - b[0]);
      let previous = 0;
      postings[f]!.push(
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
    version: CODEC_VERSION,
    fields,
    lengths,
    averages: js.averageFieldLength,
    terms: terms.join(' '),
    postings: postings.map((p) => p.join(' ')),
  };
}

/** The object `MiniSearch.loadJS` takes, from the compact index; throws on a malformed one. */
export function decodeIndex(compact: CompactIndex): AsPlainObject {
  if (compact.version !== CODEC_VERSION) throw new Error(`search index: unknown version ${compact.version}`);
  const terms = compact.terms === '' ? [] : compact.terms.split(' ');
  const byField = compact.postings.map((p) => p.split(' '));
  if (byField.some((p) => p.length !== terms.length))
    throw new Error('search index: postings and terms do not match');
  const count = compact.lengths.length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  compact.lengths.forEach((l, i) => {
    documentIds[i] = i;
    fieldLength[i] = [...l];
  });
  const index: AsPlainObject['index'] = terms.map((term, t) => {
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
    fieldIds: Object.fromEntries(compact.fields.map((name, i) => [name, i])),
    fieldLength,
    averageFieldLength: [...compact.averages],
    storedFields: {},
    dirtCount: 0,
    index,
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
