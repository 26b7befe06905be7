// Starts and stops the servers the benchmark measures, on 127.0.0.1 only.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {get} from './http.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');

async function waitFor(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await get(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(name, command, args, url) {
  const child = spawn(command, args, {cwd: REPO, stdio: ['ignore', 'ignore', 'inherit']});
  const server = {
    name,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return waitFor(`${url}/`).then(
    () => server,
    async (err) => {
      await server.stop();
      throw err;
    },
  );
}

/** The production configuration: nginx with deploy/nginx (scripts/nginx.mjs), serving `root` (build/). */
export const startNginx = (port, root) =>
  start(
    'nginx (deploy/nginx)',
    process.execPath,
    ['scripts/nginx.mjs', String(port), ...(root ? [root] : [])],
    `http://127.0.0.1:${port}`,
  );

/** Docusaurus' own static server, for comparison. */
export const startDocusaurusServe = (port) =>
  start(
    'docusaurus serve',
    path.join(REPO, 'node_modules', '.bin', 'docusaurus'),
    ['serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    `http://127.0.0.1:${port}`,
  );
