import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {wordList, wordParts} from '@site/plugins/search/document';
import {FILES_FILE, WORDS_DIR, WORDS_FILE, validateOptions, writeIndex} from '@site/plugins/search/index';
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
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    await writeIndex(extractRecords(PAGE, '/docs/scaling'), path.join(dir, 'pagefind'));
  }, 60_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("writes Pagefind's search files and one fragment per record, without its ready-made interfaces", () => {
    const bundle = path.join(dir, 'pagefind');
    const top = readdirSync(bundle);
    expect(top).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
    expect(top.filter((f) => /ui\.|highlight|unknown/.test(f))).toEqual([]);
    expect(readdirSync(path.join(bundle, 'fragment'))).toHaveLength(7);
  });

  it('writes the word list and the list of every file with its size', () => {
    const bundle = path.join(dir, 'pagefind');
    expect(readFileSync(path.join(bundle, WORDS_FILE), 'utf8').split('\n')).toEqual([
      ...wordList(extractRecords(PAGE, '/docs/scaling')),
      '',
    ]);
    const parts = wordParts(wordList(extractRecords(PAGE, '/docs/scaling')));
    expect(readdirSync(path.join(bundle, WORDS_DIR)).sort()).toEqual([...parts.keys()].sort());
    for (const [file, part] of parts)
      expect(readFileSync(path.join(bundle, WORDS_DIR, file), 'utf8')).toBe(`${part.join('\n')}\n`);
    const files = JSON.parse(readFileSync(path.join(bundle, FILES_FILE), 'utf8')) as {
      path: string;
      size: number;
    }[];
    expect(files.map((f) => f.path)).toContain('pagefind.js');
    expect(files.map((f) => f.path)).toContain(WORDS_FILE);
    expect(files.map((f) => f.path)).toContain(`${WORDS_DIR}68.txt`); // "hpa"
    expect(files.map((f) => f.path)).not.toContain(FILES_FILE);
    for (const f of files) expect(statSync(path.join(bundle, f.path)).size).toBe(f.size);
    const onDisk = readdirSync(bundle, {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
    expect(files).toHaveLength(onDisk.length - 1);
    expect(existsSync(path.join(bundle, 'fragment'))).toBe(true);
  });
});
