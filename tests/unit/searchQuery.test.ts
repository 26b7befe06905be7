import {excerpt, locate, markedWords} from '@site/plugins/search/client/excerpt';
import {filterCounts, matchesFilters, toHit} from '@site/plugins/search/client/engine';
import {recordMeta} from '@site/plugins/search/document';
import {extractRecords} from '@site/plugins/search/records';
import {PAGE} from './searchFixture';
import {
  prepareWords,
  queryWords,
  rankedSearch,
  typedQuery,
  type Engine,
} from '@site/plugins/search/client/query';
import {WordList, oneEditAway} from '@site/plugins/search/client/typos';

describe('typo correction', () => {
  const list = new WordList([
    'kubernetes',
    'secrets',
    'batching',
    'batches',
    'batched',
    'deployment',
    'hpa',
    'k8s',
    'a',
    'b',
  ]);

  it('lists every string one deletion, insertion, substitution or swap away', () => {
    const near = oneEditAway('abc');
    expect(near).toContain('ab'); // deletion
    expect(near).toContain('abxc'); // insertion
    expect(near).toContain('abd'); // substitution
    expect(near).toContain('bac'); // swap of neighbours
    expect(near).not.toContain('abc');
    expect(near).not.toContain('cba');
  });

  it('knows the words of the guide and their prefixes, in any case', () => {
    expect(list.knows('Kubernetes')).toBe(true);
    expect(list.knows('kuber')).toBe(true);
    expect(list.knows('kuberx')).toBe(false);
    expect(list.knows('hpz')).toBe(false);
  });

  it('offers the words one edit away from an unknown word of five letters or more, most used first', () => {
    expect(list.corrections('kubernetse')).toEqual(['kubernetes']);
    expect(list.corrections('Kubernets')).toEqual(['kubernetes']);
    expect(list.corrections('secrtes')).toEqual(['secrets']);
    // The list is in order of use: "batches" comes before "batched".
    expect(list.corrections('batchez')).toEqual(['batches', 'batched']);
    expect(new WordList(['batched', 'batches']).corrections('batchez')).toEqual(['batched', 'batches']);
  });

  it('offers nothing for short words, words with digits, known words or prefixes of them', () => {
    expect(list.corrections('hpz')).toEqual([]);
    expect(list.corrections('kubex')).toEqual([]); // four letters and one edit: still no
    expect(list.corrections('gpt4o')).toEqual([]);
    expect(list.corrections('deploy')).toEqual([]);
    expect(list.corrections('zzzzzzz')).toEqual([]);
  });
});

describe('queries', () => {
  it('splits a query into lower-case words without surrounding punctuation, each once', () => {
    expect(queryWords('  "HPA" formula?  hpa, k8s-ops ')).toEqual(['hpa', 'formula', 'k8s-ops']);
    expect(queryWords('  ')).toEqual([]);
  });

  it('leaves out a last word of one letter while the reader types', () => {
    expect(typedQuery('kubernetes s')).toBe('kubernetes');
    expect(typedQuery('k')).toBe('');
    expect(typedQuery('ci cd')).toBe('ci cd');
    expect(typedQuery('kubernetes ')).toBe('kubernetes');
  });

  it('searches known words, corrects long unknown ones and leaves the other unknown words out', async () => {
    const list = new WordList(['kubernetes', 'secrets', 'batches', 'batched', 'hpa', 'k8s', 'ops', 'a', 'b']);
    const vocabulary = {
      knows: async (w: string) => list.knows(w),
      corrections: async (w: string) => list.corrections(w),
    };
    expect(
      await prepareWords(['kubernetse', 'secrets', 'hpz', 'formula', 'k8s-ops', 'a/b'], vocabulary),
    ).toEqual({
      words: ['kubernetes', 'secrets', 'k8s-ops', 'a/b'],
      missing: ['hpz', 'formula'],
    });
    // Of several corrections, the most used word.
    expect(await prepareWords(['batchez', 'kubernetes'], vocabulary)).toEqual({
      words: ['batches', 'kubernetes'],
      missing: [],
    });
  });

  // A stand-in engine: records are sets of words; a record matches when it has all the query's
  // words; its score is the number of words it has.
  const RECORDS: Record<string, string[]> = {
    a: ['hpa', 'formula'],
    b: ['hpa'],
    c: ['hpa', 'hpa', 'hpa'],
    d: ['formula'],
    e: ['other'],
  };
  const queries: string[] = [];
  const engine: Engine<string> = async (query) => {
    queries.push(query);
    const words = query.split(' ');
    return Object.entries(RECORDS)
      .filter(([, has]) => words.every((w) => has.includes(w)))
      .map(([id, has]) => ({id, score: has.filter((w) => words.includes(w)).length, data: async () => id}))
      .sort((x, y) => y.score - x.score);
  };

  it('ranks records with all the words first, then records with some, by their summed scores', async () => {
    queries.length = 0;
    const hits = await rankedSearch(engine, {words: ['hpa', 'formula'], missing: []}, {}, 10);
    expect(hits.map((h) => [h.id, h.partial])).toEqual([
      ['a', false],
      ['c', true],
      ['b', true],
      ['d', true],
    ]);
    expect(queries).toEqual(['hpa formula', 'hpa', 'formula']);
  });

  it('returns partial matches only when a word of the query is not in the guide', async () => {
    queries.length = 0;
    const hits = await rankedSearch(engine, {words: ['hpa'], missing: ['formul4']}, {}, 10);
    // Equal scores keep the engine's order.
    expect(hits.map((h) => h.id)).toEqual(['c', 'a', 'b']);
    expect(hits.every((h) => h.partial)).toBe(true);
    expect(queries).toEqual(['hpa']);
  });

  it('does not look for partial matches when there are enough full ones, or one word', async () => {
    queries.length = 0;
    expect(
      (await rankedSearch(engine, {words: ['hpa', 'formula'], missing: []}, {}, 1)).map((h) => h.id),
    ).toEqual(['a']);
    expect((await rankedSearch(engine, {words: ['other'], missing: []}, {}, 10)).map((h) => h.id)).toEqual([
      'e',
    ]);
    expect(await rankedSearch(engine, {words: [], missing: ['hpz']}, {}, 10)).toEqual([]);
    expect(queries).toEqual(['hpa formula', 'other']);
  });
});

describe('excerpt', () => {
  const content =
    'Rollout strategies. Intro text here. Later a canary gets traffic and the canary is watched closely until done.';
  const words = content.split(' ');
  const at = (w: string) => words.flatMap((x, i) => (x.replace(/\W/g, '') === w ? [i] : []));
  const loc = (w: string, score = 1) => at(w).map((location) => ({location, balanced_score: score}));

  it('shows the window with the most matched weight, marked, and skips the title', () => {
    const html = excerpt(content, [...loc('Rollout', 49), ...loc('canary')], 2, 8);
    expect(html).toBe('… Later a <mark>canary</mark> gets traffic and the <mark>canary</mark> …');
    expect(html).not.toContain('Rollout');
  });

  it('starts at the section text when only the title matched', () => {
    expect(excerpt(content, loc('Rollout', 49), 2, 3)).toBe('Intro text here. …');
  });

  it('escapes the text; only the marks are markup', () => {
    const html = excerpt('Title. <script>alert(1)</script> & "x"', [{location: 1, balanced_score: 1}], 1, 5);
    expect(html).toBe('<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> &amp; &quot;x&quot;');
  });

  it('reads back the marked words, for highlighting on the page', () => {
    expect(markedWords('a <mark>Canary</mark> and <mark>canary,</mark> <mark>&lt;b&gt;</mark>')).toEqual([
      'canary',
      'b',
    ]);
  });
});

describe('locate', () => {
  it('finds whole words and words the query word starts, in the text split at spaces', () => {
    const text = 'The HPA (hpa-controller) scales; HPAs, and a happy path.';
    expect(locate(text, ['hpa'])).toEqual([
      {location: 1, balanced_score: 1},
      {location: 2, balanced_score: 1},
      {location: 4, balanced_score: 0.5},
    ]);
    expect(locate(text, ['k8s-ops'])).toEqual([]);
    expect(locate(text, ['scale', 'path'])).toEqual([
      {location: 3, balanced_score: 0.5},
      {location: 8, balanced_score: 1},
    ]);
    expect(locate(text, [])).toEqual([]);
  });
});

describe('results', () => {
  const records = extractRecords(PAGE, '/docs/scaling');
  const meta = records.map(recordMeta);

  it('shows the whole title, where it is, and the matching passage marked', () => {
    const q = records.findIndex((r) => r.url.endsWith('#hpa-vs-keda'));
    const hit = toHit(q, meta[q]!, records[q]!.text, ['zero'], false);
    expect(hit).toEqual({
      id: String(q),
      url: '/docs/scaling#hpa-vs-keda',
      title: 'HPA or KEDA?',
      trail: ['3. Scaling', 'Study questions'],
      kind: 'question',
      excerpt: 'KEDA scales to <mark>zero.</mark> Worked example Queue length 0.',
      terms: ['zero'],
      partial: false,
    });
    const page = toHit(0, meta[0]!, records[0]!.text, ['intro'], true);
    expect(page.trail).toEqual([]);
    expect(page.kind).toBe('text');
    expect(page.partial).toBe(true);
  });

  it('filters by chapter and kind, and counts the values', () => {
    const question = meta.find((m) => m[4] === 'question')!;
    expect(matchesFilters(question, {})).toBe(true);
    expect(matchesFilters(question, {chapter: '3. Scaling', kind: 'Study questions'})).toBe(true);
    expect(matchesFilters(question, {kind: 'Text'})).toBe(false);
    expect(matchesFilters(question, {chapter: '4. Other'})).toBe(false);
    expect(matchesFilters(question, {unknown: 'x'})).toBe(false);
    expect(filterCounts(meta)).toEqual({
      chapter: {'3. Scaling': 7},
      kind: {'Study questions': 2, Text: 5},
    });
  });
});
