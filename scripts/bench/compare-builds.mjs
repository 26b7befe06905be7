// Lighthouse (mobile) on one page of several builds, interleaved run by run, so a noisy machine
// affects every build alike: node scripts/bench/compare-builds.mjs <runs> <page> <build dir>...
// For example the previous version's build beside this one (git worktree add, npm ci, npm run build).
import path from 'node:path';
import {audit, startChrome, profileDir} from './lighthouse.mjs';
import {startNginx} from './servers.mjs';
import {CHROMIUM_PATH} from '../chromium.mjs';

const [runs, page, ...dirs] = process.argv.slice(2);
if (!Number(runs) || !page?.startsWith('/') || dirs.length === 0) {
  console.error(
    'usage: node scripts/bench/compare-builds.mjs <runs> <page, e.g. /docs/monitoring> <build dir>...',
  );
  process.exit(2);
}
const repo = path.resolve(import.meta.dirname, '../..');
const servers = [];
for (const [i, dir] of dirs.entries()) servers.push(await startNginx(4210 + i, path.resolve(dir)));
const chrome = await startChrome({chromePath: CHROMIUM_PATH, port: 4209, profileDir: profileDir(repo)});
try {
  const results = dirs.map(() => []);
  for (let run = 0; run < Number(runs); run++)
    for (const [i, server] of servers.entries()) {
      const {scores, metrics} = await audit(`${server.url}${page}`, chrome.port);
      results[i].push(`${Math.round(scores.performance * 100)} / TBT ${Math.round(metrics.TBT)} ms`);
    }
  for (const [i, dir] of dirs.entries()) console.log(`${dir}: ${results[i].join(' · ')}`);
} finally {
  await chrome.stop();
  for (const server of servers) await server.stop();
}
