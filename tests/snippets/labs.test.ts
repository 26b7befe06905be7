/**
 * The labs against Python, in Pyodide: every simulator's TypeScript model agrees with the chapter
 * snippet that computes the same numbers, and every exercise's reference solution passes its tests
 * through the Check program (src/labs/Exercise/check.ts) while its stub fails them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {CHAPTER_FOLDER, chapterFolders} from '@site/plugins/chapters/chapters';
import {collectExercises} from '@site/plugins/remark-exercise/exercises';
import {allPassed, buildCheckProgram, parseCheckOutput} from '@site/src/labs/Exercise/check';
import {arrivals, simulateBatching} from '@site/src/labs/models/batching';
import {replay, type Pattern} from '@site/src/labs/models/autoscaling';
import {driftExperiment} from '@site/src/labs/models/drift';
import {breakEven, monthlyCosts} from '@site/src/labs/models/cost';
import {DOCS_DIR, parseMdx} from '../content/mdx';
import {collectSnippets} from './collect';
import {sharedPythonPool} from './pythonPool';

const pool = sharedPythonPool();

const MARKER = '@@agreement@@';
const snippets = collectSnippets();

/** Runs a chapter snippet, then `call` (Python) in its namespace, and returns the call's value. */
async function callSnippet(title: string, call: string): Promise<Record<string, number>> {
  const snippet = snippets.find((s) => s.title === title);
  expect(snippet, `a runnable snippet titled ${title} in docs/`).toBeDefined();
  const code = `${snippet!.code}\nimport json as _json\nprint(${JSON.stringify(MARKER)} + _json.dumps(${call}))\n`;
  const result = await pool.run(code, 120_000);
  expect(result).not.toBe('timeout');
  if (result === 'timeout') return {};
  expect(result.kind, result.detail || result.stderr).toBe('ok');
  const line = result.stdout.split('\n').find((l) => l.startsWith(MARKER));
  expect(line, 'the snippet printed the result line').toBeDefined();
  return JSON.parse(line!.slice(MARKER.length)) as Record<string, number>;
}

/** Same keys, same numbers (to 1e-9 relative: Python 3.12+ sums floats with compensation). */
function expectAgreement(python: Record<string, number>, typescript: Record<string, number>): void {
  for (const [key, value] of Object.entries(python)) {
    expect(typescript[key], key).toBeDefined();
    const scale = Math.max(1, Math.abs(value));
    expect(
      Math.abs(typescript[key]! - value) / scale,
      `${key}: Python ${value}, TypeScript ${typescript[key]}`,
    ).toBeLessThan(1e-9);
  }
}

describe('simulators agree with their chapter snippets', () => {
  it.each([
    [300, 32, 5],
    [1200, 16, 2],
    [150, 1, 0],
  ])(
    'batching_window.py: %i req/s, batch ≤ %i, window %i ms',
    async (rps, maxBatch, delay) => {
      const python = await callSnippet(
        'batching_window.py',
        `simulate(arrivals(${rps}, 2000), ${maxBatch}, ${delay})`,
      );
      expectAgreement(python, simulateBatching(arrivals(rps, 2000), maxBatch, delay));
    },
    130_000,
  );

  it.each([
    ['spike', 15, 300, 120],
    ['spike', 12, 0, 20],
    ['wave', 18, 600, 300],
    ['steady', 10, 90, 0],
  ] as const)(
    'hpa_replay.py: %s traffic, target %i, window %i s, cold start %i s',
    async (pattern, target, windowS, coldStartS) => {
      const python = await callSnippet(
        'hpa_replay.py',
        `replay("${pattern}", ${target}, ${windowS}, ${coldStartS})`,
      );
      const r = replay({pattern: pattern as Pattern, target, windowS, coldStartS});
      expectAgreement(python, {
        overloadPercent: r.overloadPercent,
        podHours: r.podHours,
        changes: r.changes,
        peak: r.peak,
      });
    },
    130_000,
  );

  it.each([
    [0.2, 100],
    [0, 30],
    [0.5, 300],
  ])(
    'drift_alarms.py: shift %f sd, %i rows',
    async (shift, rows) => {
      const python = await callSnippet('drift_alarms.py', `alarm_rates(${shift}, ${rows})`);
      const r = driftExperiment({shift, currentSize: rows});
      expectAgreement(python, {
        psi: r.psi,
        pValue: r.pValue,
        psiFalseAlarm: r.psiFalseAlarm,
        ksFalseAlarm: r.ksFalseAlarm,
        psiDetected: r.psiDetected,
        ksDetected: r.ksDetected,
      });
    },
    130_000,
  );

  it('psi_and_ks.py computes the KS p-value as drift_alarms.py does, 1 for identical samples', async () => {
    // Seeded normal-ish samples (sum of uniforms), the second shifted by 0.3 sd.
    let seed = 7;
    const uniform = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const normal = (shift: number) => Array.from({length: 12}, uniform).reduce((a, b) => a + b) - 6 + shift;
    const draw = (n: number, shift = 0) => Array.from({length: n}, () => normal(shift));
    const pairs = JSON.stringify([
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
      [draw(500), draw(500)],
      [draw(500), draw(400, 0.3)],
    ]);
    const call = (fn: string) =>
      `{str(i): ${fn} for i, (a, b) in enumerate(_json.loads(${JSON.stringify(pairs)}))}`;
    const chapter = await callSnippet('psi_and_ks.py', call('ks(a, b)[1]'));
    expect(chapter['0']).toBe(1);
    expect(chapter['2']).toBeLessThan(0.05);
    expectAgreement(chapter, await callSnippet('drift_alarms.py', call('ks_p(a, b)')));
  }, 130_000);

  it.each([
    [20, 0.12, 1.5, 1, 0.65, 0.25],
    [85, 0.5, 4, 2, 0.7, 0.5],
    [3, 0.04, 1, 3, 0, 0],
  ])(
    'cost_breakeven.py: %i M requests, $%f/h, peak ×%f, min %i, spot −%f, spare %f',
    async (m, price, peak, min, discount, overhead) => {
      const settings = {
        pricePerHour: price,
        peakToAverage: peak,
        minInstances: min,
        spotDiscount: discount,
        spotOverhead: overhead,
      };
      const costs = await callSnippet(
        'cost_breakeven.py',
        `monthly_costs(${m}, ${price}, ${peak}, ${min}, ${discount}, ${overhead})`,
      );
      expectAgreement(costs, monthlyCosts({requestsMillions: m, ...settings}));
      const even = await callSnippet('cost_breakeven.py', `break_even_m(${price}, ${min}, ${discount})`);
      expectAgreement(even, breakEven({requestsMillions: m, ...settings}));
    },
    130_000,
  );
});

const chapters = chapterFolders(DOCS_DIR);
const exercises = chapters.flatMap((chapter) =>
  collectExercises(parseMdx(readFileSync(path.join(DOCS_DIR, chapter, 'index.mdx'), 'utf8'))).map((e) => ({
    ...e,
    chapter,
  })),
);

describe('exercises', () => {
  it('exist: at least one in every chapter, ids unique', () => {
    for (const chapter of chapters.filter((c) => CHAPTER_FOLDER.test(c)))
      expect(exercises.filter((e) => e.chapter === chapter).length, chapter).toBeGreaterThanOrEqual(1);
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(exercises.map((e) => [`${e.chapter} ${e.id}`, e] as const))(
    '%s: the solution passes every test and the stub fails',
    async (_name, exercise) => {
      for (const [code, shouldPass] of [
        [exercise.solution, true],
        [exercise.stub, false],
      ] as const) {
        const result = await pool.run(buildCheckProgram(code, exercise.tests), 30_000);
        expect(result).not.toBe('timeout');
        if (result === 'timeout') return;
        const report = parseCheckOutput(result.stdout);
        expect(report, result.stderr || result.detail).not.toBeNull();
        if (shouldPass) expect(report, JSON.stringify(report)).toMatchObject({kind: 'cases'});
        expect(allPassed(report), `${shouldPass ? 'solution' : 'stub'}: ${JSON.stringify(report)}`).toBe(
          shouldPass,
        );
      }
    },
    130_000,
  );
});

describe('the Check program', () => {
  const tests = [
    'import math',
    'assert double(2) == 4',
    'assert double(3) == 6, "three doubled"',
    'def test_negative():\n    assert double(-1) == -2',
    'def helper():\n    raise RuntimeError("not a test")',
  ].join('\n');

  it('reports each assert and test function as its own case, with the values compared', async () => {
    const result = await pool.run(
      buildCheckProgram('def double(x):\n    return x * 2 if x > 2 else x + 2', tests),
      30_000,
    );
    expect(result).not.toBe('timeout');
    if (result === 'timeout') return;
    expect(parseCheckOutput(result.stdout)).toEqual({
      kind: 'cases',
      cases: [
        {name: 'assert double(2) == 4', passed: true, message: ''},
        {name: 'assert double(3) == 6, "three doubled"', passed: true, message: ''},
        {name: 'test_negative', passed: false, message: 'assertion failed'},
      ],
    });
  }, 130_000);

  it('shows both sides of a failed comparison, the error a case raised, and a broken program', async () => {
    const run = async (reader: string, t: string) => {
      const r = await pool.run(buildCheckProgram(reader, t), 30_000);
      return r === 'timeout' ? null : parseCheckOutput(r.stdout);
    };
    expect(await run('def f():\n    return [1, 2]', 'assert f() == [1, 3]')).toEqual({
      kind: 'cases',
      cases: [{name: 'assert f() == [1, 3]', passed: false, message: 'got [1, 2], expected [1, 3]'}],
    });
    expect(await run('def f():\n    raise NotImplementedError("write me")', 'assert f() == 1')).toEqual({
      kind: 'cases',
      cases: [{name: 'assert f() == 1', passed: false, message: 'NotImplementedError: write me'}],
    });
    expect(await run('def f(:\n    pass', 'assert f() == 1')).toMatchObject({
      kind: 'broken',
      message: expect.stringMatching(/SyntaxError/),
    });
    // Quotes, backslashes and non-ASCII text reach Python unchanged.
    expect(await run('s = "a\\\\b \\"q\\" é"', 'assert s == "a\\\\b \\"q\\" é"')).toMatchObject({
      cases: [{passed: true}],
    });
  }, 130_000);
});
