import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import MiniSearch, {type AsPlainObject} from 'minisearch';
import {decodeIndex, encodeIndex, termsByUse, type CompactIndex} from '@site/plugins/search/codec';
import {FIELDS, tokenize} from '@site/plugins/search/document';

type Doc = {id: number; title: string; text: string};

/** The guide's own text: each chapter's source, cut at its headings (a real vocabulary, real sizes). */
function guideDocs(): Doc[] {
  const docsDir = path.join(__dirname, '..', '..', 'docs');
  const files = readdirSync(docsDir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const docs: Doc[] = [];
  for (const f of files)
    for (const part of readFileSync(f, 'utf8').split(/^(?=#{1,4} )/m)) {
      const [title = '', ...rest] = part.split('\n');
      docs.push({id: docs.length, title, text: rest.join('\n')});
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

/** A result without the order of summing (the last digits of a score) or of expanding a prefix. */
const summary = (r: {id: unknown; score: number; terms: string[]}) => [
  r.id,
  r.score.toPrecision(10),
  [...r.terms].sort(),
];

describe('search index codec', () => {
  const docs = guideDocs();
  const original = build(docs);
  const js = plain(original);
  const compact = encodeIndex(js);

  it('gives back exactly what MiniSearch serialized, on the whole guide', () => {
    expect(docs.length).toBeGreaterThan(300);
    expect(normalized(decodeIndex(compact))).toEqual(normalized(js));
    // And survives the trip through JSON the browser makes.
    const reread = JSON.parse(JSON.stringify(compact)) as CompactIndex;
    expect(normalized(decodeIndex(reread))).toEqual(normalized(js));
  });

  it('is smaller than MiniSearch’s own serialization', () => {
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(js).length * 0.5);
  });

  it('loads into MiniSearch with the same results as the original', () => {
    const loaded = MiniSearch.loadJS(decodeIndex(compact), {fields: [...FIELDS], tokenize});
    for (const q of ['kubernetes secrets', 'canary', 'hpa formula', 'onnx', 'psi drift'])
      for (const options of [{}, {prefix: true, combineWith: 'AND' as const}])
        expect(loaded.search(q, options).map(summary)).toEqual(original.search(q, options).map(summary));
  });

  it('writes a term’s frequency only when above 1, and document gaps in base 36', () => {
    const small = encodeIndex(
      plain(
        build([
          {id: 0, title: 'a', text: 'b b'},
          {id: 1, title: 'x', text: ''},
          ...Array.from({length: 40}, (_, i) => ({id: i + 2, title: '', text: ''})),
          {id: 42, title: '', text: 'b'},
        ]),
      ),
    );
    const terms = small.terms.split(' ');
    const postings = (term: string) => small.postings.map((p) => p.split(' ')[terms.indexOf(term)]);
    expect([...terms].sort()).toEqual(['a', 'b', 'x']);
    expect(postings('a')).toEqual(['0', '']); // in the title of 0
    expect(postings('x')).toEqual(['1', '']);
    expect(postings('b')).toEqual(['', '0.2,16']); // twice in 0, once in 42 (a gap of 42 is "16")
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
    expect(() => decodeIndex({...compact, version: 2 as 1})).toThrow(/unknown version 2/);
    expect(() => decodeIndex({...compact, postings: ['a', 'b']})).toThrow(/postings and terms do not match/);
    expect(() => encodeIndex({...js, documentIds: {0: 'x'}})).toThrow(/not numbered 0/);
  });
});
