import {KIND_FILTER, recordMeta, tokenize} from '@site/plugins/search/document';
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

describe('record text', () => {
  const map = byUrl(extractRecords(PAGE, '/docs/scaling'));

  it('keeps blocks and code lines apart, diagrams described, no markup', () => {
    const text = map.get('/docs/scaling#autoscaling')!.text;
    expect(text).toBe(
      'Syllabus: adjusting capacity. The HPA computes desiredReplicas. A control loop diagram',
    );
    expect(map.get('/docs/scaling#hpa-math')!.text).toBe('ceil( replicas) sim.py');
    expect(map.get('/docs/scaling#hpa-vs-keda')!.text).toBe(
      'KEDA scales to zero. Worked example Queue length 0.',
    );
  });

  it('has exactly the words the record is indexed by', () => {
    for (const r of map.values())
      expect(tokenize(`${r.title} ${r.text}`.toLowerCase()).sort()).toEqual([...r.words].sort());
  });
});

describe('recordMeta', () => {
  const [page, section, , reading, , question] = extractRecords(PAGE, '/docs/scaling');

  it('keeps what a result shows: url, title, chapter, trail, kind, and whether it is a reading list', () => {
    expect(recordMeta(question!)).toEqual([
      '/docs/scaling#hpa-limits',
      'What limits the HPA?',
      '3. Scaling',
      ['Study questions'],
      'question',
      0,
    ]);
    expect(recordMeta(page!)).toEqual(['/docs/scaling', '3. Scaling', '3. Scaling', [], 'page', 0]);
    expect(recordMeta(section!)[5]).toBe(0);
    expect(recordMeta(reading!)[5]).toBe(1);
    // A page beside the guide (the glossary) ranks below both.
    expect(recordMeta({...section!, aside: true})[5]).toBe(2);
    expect(KIND_FILTER.question).toBe('Study questions');
  });
});

describe('asideRecord', () => {
  it('makes a page beside the guide one result: its url, its title, every entry under its heading', () => {
    const records = extractRecords(PAGE, '/glossary');
    const one = asideRecord(records);
    expect(one).toMatchObject({url: '/glossary', title: records[0]!.page, kind: 'page', aside: true});
    expect(one.words).toEqual(records.flatMap((r) => r.words));
    for (const r of records.slice(1)) expect(one.html).toContain(r.html);
    expect(tokenize(`${one.title} ${one.text}`.toLowerCase()).sort()).toEqual([...one.words].sort());
    expect(() => asideRecord([])).toThrow(/without records/);
  });
});
