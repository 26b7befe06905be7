import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import MiniSearch from 'minisearch';
import {decodeShard, shardFile, shardOf, termsByUse, type ShardFile} from '@site/plugins/search/codec';
import {FIELDS, textFile, tokenize, type IndexFile} from '@site/plugins/search/document';
import {FILES_FILE, INDEX_FILE, validateOptions, writeIndex} from '@site/plugins/search/index';
import {extractRecords} from '@site/plugins/search/records';
import {PAGE} from './searchFixture';

describe('search plugin options', () => {
  const validate = (options: unknown) =>
    validateOptions({validate: normalizePluginOptions, options: options as {path: string}});

  it('indexes the guide under /docs unless told otherwise', () => {
    expect(validate({})).toEqual({id: 'default', path: '/docs', pages: []});
    expect(validate({path: '/guide'})).toEqual({id: 'default', path: '/guide', pages: []});
  });

  it('indexes further pages by their path (the glossary)', () => {
    expect(validate({pages: ['/glossary']})).toEqual({id: 'default', path: '/docs', pages: ['/glossary']});
  });

  it('says what is wrong with a bad path', () => {
    expect(() => validate({path: 'docs'})).toThrow(/a URL path starting with "\/"/);
    expect(() => validate({pages: ['glossary']})).toThrow(/a URL path starting with "\/"/);
  });
});

describe('writeIndex', () => {
  let dir = '';
  const records = extractRecords(PAGE, '/docs/scaling');
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    writeIndex(records, path.join(dir, 'search-index'));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const bundle = () => path.join(dir, 'search-index');
  const indexFile = () => JSON.parse(readFileSync(path.join(bundle(), INDEX_FILE), 'utf8')) as IndexFile;

  it('writes an index MiniSearch loads, with every word of every record, and each record in order', () => {
    const {index, records: meta} = indexFile();
    expect(meta.map((m) => m[0])).toEqual(records.map((r) => r.url));
    const shardOfTerm = (term: string) => {
      const file = JSON.parse(
        readFileSync(path.join(bundle(), shardFile(shardOf(term))), 'utf8'),
      ) as ShardFile;
      return MiniSearch.loadJS(decodeShard(index, shardOf(term), file), {fields: [...FIELDS], tokenize});
    };
    const shards = [...new Set(index.terms.split(' ').map(shardOf))];
    const js = shards.map((s) =>
      decodeShard(index, s, JSON.parse(readFileSync(path.join(bundle(), shardFile(s)), 'utf8')) as ShardFile),
    );
    expect(termsByUse({...js[0]!, index: js.flatMap((j) => j.index)}).sort()).toEqual(
      [...new Set(records.flatMap((r) => r.words))].sort(),
    );
    const urls = (hits: {id: unknown}[]) => hits.map((h) => meta[h.id as number]![0]);
    expect(urls(shardOfTerm('keda').search('keda'))).toEqual(['/docs/scaling#hpa-vs-keda']);
    expect(urls(shardOfTerm('desiredrep').search('desiredrep', {prefix: true}))).toEqual([
      '/docs/scaling#autoscaling',
    ]);
  });

  it("writes each record's text in a file of its own, for previews", () => {
    records.forEach((r, id) => expect(readFileSync(path.join(bundle(), textFile(id)), 'utf8')).toBe(r.text));
  });

  it('lists every file with its size, the list itself excepted', () => {
    const files = JSON.parse(readFileSync(path.join(bundle(), FILES_FILE), 'utf8')) as {
      path: string;
      size: number;
    }[];
    expect(files.map((f) => f.path)).toContain(INDEX_FILE);
    expect(files.map((f) => f.path)).toContain(textFile(records.length - 1));
    expect(files.map((f) => f.path)).not.toContain(FILES_FILE);
    for (const f of files) expect(statSync(path.join(bundle(), f.path)).size).toBe(f.size);
    const onDisk = readdirSync(bundle(), {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
    expect(files).toHaveLength(onDisk.length - 1);
    const postings = files.filter((f) => f.path.startsWith('postings/'));
    expect(postings.map((f) => f.path)).toContain(shardFile(shardOf('k')));
    expect(files).toHaveLength(records.length + 1 + postings.length);
  });

  it('replaces an earlier index entirely', () => {
    writeIndex(records.slice(0, 2), bundle());
    expect(existsSync(path.join(bundle(), textFile(2)))).toBe(false);
    writeIndex(records, bundle());
  });
});
