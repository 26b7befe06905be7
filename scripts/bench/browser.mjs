// Shared helpers for the benchmarks: the production build served by the site's nginx config on
// 127.0.0.1, and Debian's Chromium driven by Playwright.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../chromium.mjs';

export const repo = path.resolve(import.meta.dirname, '../..');

export async function serveWithNginx(port) {
  const child = spawn('node', [path.join(repo, 'scripts/nginx.mjs'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('serving') && resolve());
    child.on('exit', (code) => reject(new Error(`nginx exited with ${code}`)));
  });
  await new Promise((r) => setTimeout(r, 300));
  return {url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM')};
}

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
export const fmtBytes = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1024).toFixed(1)} KiB`);
