// Pure helpers of the benchmark: medians, wrk output parsing, table formatting (tests/unit/bench.test.ts).

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const UNIT = {us: 1e-3, ms: 1, s: 1000};

/** Requests per second, mean latency (ms), request count and errors from wrk's text output. */
export function parseWrk(text) {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  if (!rps) throw new Error(`wrk printed no Requests/sec:\n${text}`);
  const latency = /Latency\s+([\d.]+)(us|ms|s)\b/.exec(text);
  const requests = /(\d+) requests in/.exec(text);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  return {
    rps: Number(rps[1]),
    latencyMs: latency ? Number(latency[1]) * UNIT[latency[2]] : NaN,
    requests: requests ? Number(requests[1]) : NaN,
    errors:
      (errors ? errors.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0),
  };
}

/** A plain-text table: the first row is the header; numbers are right-aligned. */
export function table(rows) {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const isNum = (s) => /^[-\d.,]+( ?[a-zA-Z%/]+)?$/.test(s);
  const line = (r) => r.map((c, i) => (isNum(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** Formats a Lighthouse score (0–1) as 0–100. */
export const score = (s) => (Number.isFinite(s) ? String(Math.round(s * 100)) : '–');
/** Formats milliseconds as seconds with one decimal, or ms under one second. */
export const ms = (v) =>
  !Number.isFinite(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
