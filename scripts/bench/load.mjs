// Loopback load test of one page with wrk, gzip accepted as a browser would.
import {spawnSync} from 'node:child_process';
import {parseWrk} from './report.mjs';

/** What the server answers for the page: encoding and bytes on the wire. */
export async function probe(url) {
  const res = await fetch(url, {headers: {'Accept-Encoding': 'gzip'}});
  const body = Buffer.from(await res.arrayBuffer());
  // fetch decompresses; Content-Length (when sent) is the size on the wire.
  return {
    status: res.status,
    encoding: res.headers.get('content-encoding') ?? 'identity',
    wireBytes: Number(res.headers.get('content-length') ?? NaN),
    bytes: body.length,
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
