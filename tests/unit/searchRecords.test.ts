import {
  ASIDE_TITLE_WEIGHT,
  ASIDE_WEIGHT,
  READING_LIST_WEIGHT,
  recordDocument,
  wordList,
  wordParts,
} from '@site/plugins/search/document';
import {asideRecord, extractRecords, type SearchRecord} from '@site/plugins/search/records';
import {PAGE} from './searchFixture';

const byUrl = (records: SearchRecord[]) => new Map(records.map((r) => [r.url, r]));
const textOf = (r: SearchRecord | undefined) => (r?.html ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('extractRecords', () => {
  const records = extractRecords(PAGE, '/docs/scaling');
  const map = byUrl(records);

  it('makes one record per heading with an id, in document order, whatever wraps the headings', () => {
    expect(records.map((r) => [r.url, r.kind, r.title])).toEqual([
      ['/docs/scaling', 'page', '3. Scaling'],
      ['/docs/scaling#autoscaling', 'section', '3.1 Autoscaling'],
      ['/docs/scaling#hpa-math', 'section', 'HPA math'],
      ['/docs/scaling#further-reading', 'section', 'Further reading'],
      ['/docs/scaling#study-questions', 'section', 'Study questions'],
      ['/docs/scaling#hpa-limits', 'question', 'What limits the HPA?'],
      ['/docs/scaling#hpa-vs-keda', 'question', 'HPA or KEDA?'],
    ]);
    expect(records.every((r) => r.page === '3. Scaling')).toBe(true);
  });

  it('gives each record the headings above it', () => {
    expect(map.get('/docs/scaling#hpa-math')?.trail).toEqual(['3.1 Autoscaling']);
    expect(map.get('/docs/scaling#hpa-limits')?.trail).toEqual(['Study questions']);
    expect(map.get('/docs/scaling#further-reading')?.trail).toEqual([]);
  });

  it("makes a question's record its answer, without the Show answer label, controls or numbering", () => {
    const answer = textOf(map.get('/docs/scaling#hpa-limits'));
    expect(answer).toContain('Reaction time and the signal it scales on.');
    expect(answer).not.toMatch(/Show answer|Copy|Quiz me|\b1\b/);
    // Other collapsibles in an answer are text of the guide.
    expect(textOf(map.get('/docs/scaling#hpa-vs-keda'))).toContain('Worked example');
  });

  it('keeps code and the text under a subsection out of its parent section', () => {
    expect(textOf(map.get('/docs/scaling#autoscaling'))).toContain('desiredReplicas');
    expect(textOf(map.get('/docs/scaling#autoscaling'))).not.toContain('ceil(');
    expect(map.get('/docs/scaling#hpa-math')?.words).toEqual(expect.arrayContaining(['ceil', 'replicas']));
    expect(textOf(map.get('/docs/scaling#hpa-math'))).toContain('sim.py');
    expect(textOf(map.get('/docs/scaling#hpa-math'))).not.toContain('Run');
  });

  it('indexes image descriptions, and never the page around the article', () => {
    expect(map.get('/docs/scaling#autoscaling')?.words).toEqual(expect.arrayContaining(['diagram']));
    expect(records.flatMap((r) => r.words)).not.toEqual(expect.arrayContaining(['navigation', 'footer']));
    expect(map.get('/docs/scaling')?.words).toEqual([
      '3',
      'scaling',
      'intro',
      'words',
      'before',
      'any',
      'section',
    ]);
  });

  it('measures how much of a record is link text, which marks reading lists', () => {
    expect(map.get('/docs/scaling#further-reading')!.linkShare).toBeGreaterThan(0.7);
    expect(map.get('/docs/scaling#autoscaling')!.linkShare).toBe(0);
  });

  it('leaves out a page record without text of its own, and rejects pages without content', () => {
    const bare = PAGE.replace('<p>Intro words before any section.</p>', '');
    expect(extractRecords(bare, '/docs/scaling').map((r) => r.kind)).not.toContain('page');
    expect(() => extractRecords('<html><body><p>x</p></body></html>', '/p')).toThrow(
      /\/p: no "article .theme-doc-markdown" element/,
    );
    expect(() =>
      extractRecords('<article><div class="theme-doc-markdown"><p>x</p></div></article>', '/p'),
    ).toThrow(/no h1 title/);
  });
});

describe('recordDocument', () => {
  const [page, section, , reading, , question] = extractRecords(PAGE, '/docs/scaling');

  it('puts the heading first as the title, the chapter and kind in metadata and filters', () => {
    const html = recordDocument(question!);
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain('<h1>What limits the HPA?</h1>');
    expect(html).toContain('data-pagefind-filter="kind[content]" content="Study questions"');
    expect(html).toContain('data-pagefind-filter="chapter[content]" content="3. Scaling"');
    expect(html).toContain('data-pagefind-meta="trail[content]" content="[&quot;Study questions&quot;]"');
    expect(recordDocument(section!)).toContain('data-pagefind-filter="kind[content]" content="Text"');
    expect(recordDocument(page!)).toContain('data-pagefind-meta="page[content]" content="3. Scaling"');
  });

  it('weighs reading lists below explanations', () => {
    expect(recordDocument(reading!)).toContain(`data-pagefind-weight="${READING_LIST_WEIGHT}"`);
    expect(recordDocument(section!)).toContain('data-pagefind-weight="1"');
    // A page beside the guide (the glossary): its title is no h1, and its text weighs less.
    const aside = recordDocument({...section!, aside: true});
    expect(aside).not.toContain('<h1>');
    expect(aside).toContain(`<div data-pagefind-meta="title" data-pagefind-weight="${ASIDE_TITLE_WEIGHT}">`);
    expect(aside).toContain(`data-pagefind-weight="${ASIDE_WEIGHT}"`);
  });

  it('escapes titles and metadata', () => {
    const html = recordDocument({...section!, title: 'A <b> & "c"', page: 'x"><script>'});
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('content="x&quot;&gt;&lt;script&gt;"');
  });
});

describe('wordList', () => {
  it('lists every word of the records once, the words in most records first', () => {
    const records = extractRecords(PAGE, '/docs/scaling');
    const words = wordList(records);
    expect([...words].sort()).toEqual([...new Set(records.flatMap((r) => r.words))].sort());
    const uses = (w: string) => records.filter((r) => r.words.includes(w)).length;
    for (let i = 1; i < words.length; i += 1) {
      const [a, b] = [words[i - 1]!, words[i]!];
      expect(uses(a) > uses(b) || (uses(a) === uses(b) && a < b), `${a} before ${b}`).toBe(true);
    }
    expect(uses(words[0]!)).toBeGreaterThan(uses(words[words.length - 1]!));
    expect(words).toEqual(expect.arrayContaining(['hpa', 'keda', 'desiredreplicas', '3', 'diagram']));
    expect(words).not.toContain('HPA');
  });
});

describe('wordParts', () => {
  it('splits the word list by first character, each part in alphabetical order', () => {
    const parts = wordParts(['secrets', 'hpa', 'scale', 'µs', '3']);
    expect(Object.fromEntries(parts)).toEqual({
      '33.txt': ['3'],
      '68.txt': ['hpa'],
      '73.txt': ['scale', 'secrets'],
      'b5.txt': ['µs'],
    });
  });
});

describe('asideRecord', () => {
  it('makes a page beside the guide one result: its url, its title, every entry under its heading', () => {
    const records = extractRecords(PAGE, '/glossary');
    const one = asideRecord(records);
    expect(one).toMatchObject({url: '/glossary', title: records[0]!.page, kind: 'page', aside: true});
    expect(one.words).toEqual(records.flatMap((r) => r.words));
    for (const r of records.slice(1)) expect(one.html).toContain(r.html);
    expect(() => asideRecord([])).toThrow(/without records/);
  });
});
