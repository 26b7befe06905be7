import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {median, ms, parseWrk, score, table} from '../../scripts/bench/report.mjs';

const WRK = `Running 10s test @ http://127.0.0.1:4182/docs/introduction
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   690.12us  301.00us   8.00ms   90.00%
    Req/Sec    26.20k     1.20k   28.00k    70.00%
  521234 requests in 10.00s, 19.60GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:  52123.40
Transfer/sec:      1.96GB
`;

describe('bench report helpers', () => {
  it('takes medians of odd and even counts and ignores missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it("reads requests per second, latency and errors from wrk's output", () => {
    const parsed = parseWrk(WRK);
    expect(parsed).toMatchObject({rps: 52123.4, requests: 521234, errors: 3});
    expect(parsed.latencyMs).toBeCloseTo(0.69012, 6);
    expect(parseWrk(WRK.replace('690.12us', '7.97ms')).latencyMs).toBeCloseTo(7.97);
    expect(() => parseWrk('unable to connect')).toThrow(/no Requests\/sec/);
  });

  it('formats scores, durations and an aligned table', () => {
    expect(score(0.973)).toBe('97');
    expect(score(NaN)).toBe('–');
    expect(ms(903.4)).toBe('903 ms');
    expect(ms(2210)).toBe('2.2 s');
    expect(
      table([
        ['page', 'perf'],
        ['/', '97'],
        ['/docs/x', '100'],
      ]).split('\n'),
    ).toEqual(['page     perf', '-------  ----', '/          97', '/docs/x   100']);
  });
});

describe("the stock reference's stand-ins for our components", () => {
  it('finds every module a chapter imports from @site/src, which must exist in this site', async () => {
    const {siteImports} = (await import('../../scripts/bench/stock.mjs')) as {
      siteImports: (docsDir: string) => string[];
    };
    const docs = path.resolve(__dirname, '../../docs');
    const found = siteImports(docs);
    const lines = readdirSync(docs, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
      .flatMap((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').split('\n'))
      .filter((line) => line.includes("from '@site/src/"));
    expect(lines.length).toBeGreaterThan(0);
    // Each such import line names a module the scan found (a named or renamed import would not be).
    for (const line of lines) expect(found, line).toContain(/'@site\/src\/([^']+)'/.exec(line)![1]);
    for (const module of found)
      expect(existsSync(path.resolve(__dirname, '../../src', module)), module).toBe(true);
  });
});
