import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import MiniSearch, {type AsPlainObject} from 'minisearch';
import {
  ALWAYS_WRITTEN,
  decodeShard,
  encodeIndex,
  shardFile,
  shardOf,
  termsByUse,
  termsOf,
  type CompactIndex,
  type ShardFile,
} from '@site/plugins/search/codec';
import {matchAll} from '@site/plugins/search/client/engine';
import {FIELDS, tokenize} from '@site/plugins/search/document';

/** A record as plugins/search indexes it: `trail` holds the headings above it. */
type Doc = {id: number; title: string; text: string; trail?: string};

/**
 * The guide's own text: each chapter's source, cut at its headings (a real vocabulary, real sizes),
 * each part under its chapter's first heading.
 */
function guideDocs(): Doc[] {
  const docsDir = path.join(__dirname, '..', '..', 'docs');
  const files = readdirSync(docsDir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const docs: Doc[] = [];
  for (const f of files) {
    const parts = readFileSync(f, 'utf8').split(/^(?=#{1,4} )/m);
    const chapter = parts.find((p) => p.startsWith('#'))?.split('\n')[0] ?? '';
    for (const part of parts) {
      const [title = '', ...rest] = part.split('\n');
      docs.push({id: docs.length, title, text: rest.join('\n'), trail: title === chapter ? '' : chapter});
    }
  }
  return docs;
}

const build = (docs: readonly Doc[]) => {
  const m = new MiniSearch<Doc>({fields: [...FIELDS], tokenize});
  m.addAll(docs);
  return m;
};
const plain = (m: MiniSearch<Doc>) => JSON.parse(JSON.stringify(m)) as AsPlainObject;
/** Postings as sorted entries, so two serializations compare whatever their key order. */
const normalized = (js: AsPlainObject) => ({
  ...js,
  index: [...js.index]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([term, byField]) => [
      term,
      Object.fromEntries(
        Object.entries(byField).map(([f, docs]) => [f, Object.entries(docs).sort((a, b) => +a[0] - +b[0])]),
      ),
    ]),
});

/** Every shard decoded, as one serialization (what one index of everything would hold). */
const decodeAll = (index: CompactIndex, shards: ReadonlyMap<number, ShardFile>) => {
  const parts = [...shards].map(([s, file]) => decodeShard(index, s, file));
  return {...parts[0]!, index: parts.flatMap((p) => p.index)};
};

describe('search index codec', () => {
  const docs = guideDocs();
  const original = build(docs);
  const js = plain(original);
  const {index: compact, shards} = encodeIndex(js);

  it('gives back exactly what MiniSearch serialized, on the whole guide', () => {
    expect(docs.length).toBeGreaterThan(300);
    expect(normalized(decodeAll(compact, shards))).toEqual(normalized(js));
    // And survives the trip through JSON the browser makes.
    const reread = JSON.parse(JSON.stringify(compact)) as CompactIndex;
    const rereadShards = new Map(
      [...shards].map(([s, f]) => [s, JSON.parse(JSON.stringify(f)) as ShardFile] as const),
    );
    expect(normalized(decodeAll(reread, rereadShards))).toEqual(normalized(js));
  });

  it('is smaller than MiniSearch’s own serialization', () => {
    const size =
      JSON.stringify(compact).length + [...shards.values()].reduce((n, f) => n + JSON.stringify(f).length, 0);
    expect(size).toBeLessThan(JSON.stringify(js).length * 0.5);
  });

  it('puts each term in the shard of its first character, and writes every ASCII letter and digit', () => {
    for (const s of ALWAYS_WRITTEN) expect(shards.has(s)).toBe(true);
    for (const [s] of shards)
      for (const term of termsOf(compact, s)) expect(term[0]).toBe(String.fromCharCode(s));
    expect([...shards.keys()].flatMap((s) => termsOf(compact, s)).sort()).toEqual(
      compact.terms.split(' ').sort(),
    );
    // A shard with no terms (no word of the guide starts with "q" here) is still a file the browser reads.
    const none = encodeIndex(plain(build([{id: 0, title: 'a', text: 'b'}])));
    expect(decodeShard(none.index, shardOf('q'), none.shards.get(shardOf('q'))!).index).toEqual([]);
    expect(shardFile(shardOf('b'))).toBe('postings/2q.json');
  });

  it('searched term by term in its shards, finds what one index of everything finds, scored the same', () => {
    const loaded = new Map(
      [...shards].map(([s, f]) => [
        s,
        MiniSearch.loadJS(decodeShard(compact, s, f), {fields: [...FIELDS], tokenize}),
      ]),
    );
    const byShard = (q: string, options: {prefix?: boolean}) =>
      matchAll(
        tokenize(q).map(
          (t) =>
            [
              t.toLowerCase(),
              (loaded.get(shardOf(t.toLowerCase()))?.search(t, options) ?? []).map((r) => ({
                id: r.id as number,
                score: r.score,
              })),
            ] as const,
        ),
      );
    /** Results as [id, score to 10 digits], best first, ties in id order. */
    const ranked = (rs: readonly {id: unknown; score: number}[]) =>
      rs
        .map((r) => [Number(r.id), Number(r.score.toPrecision(10))] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const q of [
      'kubernetes secrets',
      'canary',
      'hpa formula',
      'onnx',
      'psi drift',
      'k8s-ops',
      'model model',
      'zzzz',
    ])
      for (const options of [{}, {prefix: true}]) {
        const expected = ranked(original.search(q, {...options, combineWith: 'AND'}));
        expect(ranked(byShard(q, options))).toEqual(expected);
      }
    expect(byShard('kubernetes secrets', {prefix: true}).length).toBeGreaterThan(0);
  });

  it('writes a term’s frequency only when above 1, and document gaps in base 36', () => {
    const small = encodeIndex(
      plain(
        build([
          {id: 0, title: 'a', text: 'b b', trail: 'x'},
          {id: 1, title: 'x', text: ''},
          ...Array.from({length: 40}, (_, i) => ({id: i + 2, title: '', text: ''})),
          {id: 42, title: '', text: 'b'},
        ]),
      ),
    );
    expect([...small.index.terms.split(' ')].sort()).toEqual(['a', 'b', 'x']);
    const postings = (term: string) => {
      const terms = termsOf(small.index, shardOf(term));
      return small.shards.get(shardOf(term))!.postings.map((p) => p.split(' ')[terms.indexOf(term)]);
    };
    // Fields: title, text, trail.
    expect(postings('a')).toEqual(['0', '', '']); // in the title of 0
    expect(postings('x')).toEqual(['1', '', '0']); // the title of 1, the trail of 0
    expect(postings('b')).toEqual(['', '0.2,16', '']); // twice in 0, once in 42 (a gap of 42 is "16")
  });

  it('orders terms by how many documents hold them', () => {
    const terms = termsByUse(
      plain(
        build([
          {id: 0, title: 'b', text: 'a c'},
          {id: 1, title: 'a', text: 'c'},
          {id: 2, title: '', text: 'c'},
        ]),
      ),
    );
    expect(terms).toEqual(['c', 'a', 'b']);
    // The compact index lists them in that order: the browser's word list needs no counting.
    expect(compact.terms.split(' ')).toEqual(termsByUse(js));
  });

  it('rejects an index it cannot read, saying why', () => {
    const k = shardOf('k');
    expect(() => decodeShard({...compact, version: 1 as 2}, k, shards.get(k)!)).toThrow(/unknown version 1/);
    expect(() => decodeShard(compact, k, {...shards.get(k)!, version: 3 as 2})).toThrow(/unknown version 3/);
    expect(() => decodeShard(compact, k, {version: 2, postings: ['a', 'b']})).toThrow(
      /postings and terms do not match in postings\/2z\.json/,
    );
    expect(() => decodeShard(compact, k, {version: 2, postings: [shards.get(k)!.postings[0]!]})).toThrow(
      /postings and terms do not match/,
    );
    expect(() => encodeIndex({...js, documentIds: {0: 'x'}})).toThrow(/not numbered 0/);
  });
});
