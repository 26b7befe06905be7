// @vitest-environment node
import {excerpt, markedWords} from '@site/src/search/excerpt';
import {parseTrail} from '@site/src/search/engine';
import {correctWords, queryWords, rankedSearch, type Engine} from '@site/src/search/query';
import {WordList, oneEditAway} from '@site/src/search/typos';

describe('typo correction', () => {
  const list = new WordList(['kubernetes', 'secrets', 'batching', 'batches', 'deployment', 'deployments']);

  it('lists every string one deletion, insertion, substitution or swap away', () => {
    const near = oneEditAway('abc');
    expect(near).toContain('ab'); // deletion
    expect(near).toContain('abxc'); // insertion
    expect(near).toContain('abd'); // substitution
    expect(near).toContain('bac'); // swap of neighbours
    expect(near).not.toContain('abc');
    expect(near).not.toContain('cba');
  });

  it('corrects an unknown word of five letters or more to a known word one edit away', () => {
    expect(list.correct('kubernetse')).toBe('kubernetes');
    expect(list.correct('kubernets')).toBe('kubernetes');
    expect(list.correct('secrtes')).toBe('secrets');
    expect(list.correct('Kubernetse')).toBe('kubernetes');
  });

  it('prefers the more frequent word when several are one edit away', () => {
    // "batchng" is one edit from "batching" only; "batchs" from both: the list is by frequency.
    expect(list.correct('batchng')).toBe('batching');
    expect(new WordList(['batches', 'batched']).correct('batchez')).toBe('batches');
    expect(new WordList(['batched', 'batches']).correct('batchez')).toBe('batched');
  });

  it('leaves short words, words with digits, known words and prefixes of known words alone', () => {
    expect(list.correct('hpz')).toBe('hpz');
    expect(list.correct('kube')).toBe('kube');
    expect(list.correct('gpt4o')).toBe('gpt4o');
    expect(list.correct('deploy')).toBe('deploy'); // a prefix: the engine matches it
    expect(list.correct('deployments')).toBe('deployments');
    expect(list.correct('zzzzzzz')).toBe('zzzzzzz'); // nothing near: left for the engine to miss
    expect(list.knows('kuber')).toBe(true);
    expect(list.knows('kuberx')).toBe(false);
  });
});

describe('queries', () => {
  it('splits a query into lower-case words without surrounding punctuation, each once', () => {
    expect(queryWords('  "HPA" formula?  hpa, k8s-ops ')).toEqual(['hpa', 'formula', 'k8s-ops']);
    expect(queryWords('  ')).toEqual([]);
  });

  it('corrects typos only with a word list', () => {
    const list = new WordList(['kubernetes']);
    expect(correctWords(['kubernetse', 'kubernetes'], list)).toEqual(['kubernetes']);
    expect(correctWords(['kubernetse'], null)).toEqual(['kubernetse']);
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
    const hits = await rankedSearch(engine, ['hpa', 'formula'], {}, 10);
    expect(hits.map((h) => [h.id, h.partial])).toEqual([
      ['a', false],
      ['c', true],
      ['b', true],
      ['d', true],
    ]);
    expect(queries).toEqual(['hpa formula', 'hpa', 'formula']);
  });

  it('returns partial matches when no record has every word', async () => {
    const hits = await rankedSearch(engine, ['hpa', 'missing'], {}, 10);
    // Equal scores keep the engine's order.
    expect(hits.map((h) => h.id)).toEqual(['c', 'a', 'b']);
    expect(hits.every((h) => h.partial)).toBe(true);
  });

  it('does not look for partial matches when there are enough full ones, or one word', async () => {
    queries.length = 0;
    expect((await rankedSearch(engine, ['hpa', 'formula'], {}, 1)).map((h) => h.id)).toEqual(['a']);
    expect((await rankedSearch(engine, ['other'], {}, 10)).map((h) => h.id)).toEqual(['e']);
    expect(await rankedSearch(engine, [], {}, 10)).toEqual([]);
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

describe('trail', () => {
  it('reads the headings above a result, and survives bad metadata', () => {
    expect(parseTrail('["3.1 Scalability","3.1.2 Auto-scaling"]')).toEqual([
      '3.1 Scalability',
      '3.1.2 Auto-scaling',
    ]);
    expect(parseTrail(undefined)).toEqual([]);
    expect(parseTrail('not json')).toEqual([]);
    expect(parseTrail('{"a":1}')).toEqual([]);
    expect(parseTrail('["a", 2]')).toEqual(['a']);
  });
});
