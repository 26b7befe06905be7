// Loopback load test of one page with wrk, gzip accepted as a browser would.
import {spawnSync} from 'node:child_process';
import {get} from './http.mjs';
import {parseWrk} from './report.mjs';

/** What the server answers for the page: status, encoding and bytes on the wire. */
export async function probe(url) {
  const res = await get(url, {'Accept-Encoding': 'gzip'});
  return {
    status: res.status,
    encoding: res.headers['content-encoding'] ?? 'identity',
    wireBytes: res.body.length,
  };
}

/** Runs wrk for a bounded time; returns requests/s, mean latency and errors. */
export function loadTest(url, {seconds, connections, threads}) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`load tests run on 127.0.0.1 only, not ${url}`);
  const run = spawnSync(
    'wrk',
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url],
    {encoding: 'utf8', timeout: (seconds + 30) * 1000},
  );
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`wrk failed (${run.status}): ${run.stderr}`);
  return parseWrk(run.stdout);
}
