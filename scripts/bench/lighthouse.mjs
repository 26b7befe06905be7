// Lighthouse (its Node API) against the site, with its default mobile settings: a mid-range phone,
// simulated slow 4G and a 4× slower CPU. Chrome runs headless on 127.0.0.1 with remote debugging.
import {spawn} from 'node:child_process';
import {mkdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};

async function waitForDevtools(port, chrome) {
  for (let i = 0; i < 100; i++) {
    if (chrome.exitCode !== null) throw new Error(`Chrome exited (${chrome.exitCode}) before listening`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chrome did not open its debugging port ${port}`);
}

/** Starts headless Chrome for Lighthouse; returns its debugging port and a stop function. */
export async function startChrome({chromePath, port, profileDir}) {
  rmSync(profileDir, {recursive: true, force: true});
  mkdirSync(profileDir, {recursive: true});
  const chrome = spawn(
    chromePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--remote-debugging-address=127.0.0.1`,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    {stdio: 'ignore'},
  );
  await waitForDevtools(port, chrome);
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        if (chrome.exitCode !== null) return resolve();
        chrome.once('exit', () => resolve());
        chrome.kill('SIGTERM');
      }),
  };
}

/**
 * One Lighthouse run: category scores (0–1) and the four metrics. A run whose trace failed to record
 * (Lighthouse's runtimeError, e.g. NO_NAVSTART on a loaded machine) is repeated, up to three times.
 */
export async function audit(url, port, attempt = 1) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const {lhr} = result;
  if (lhr.runtimeError) {
    if (attempt < 3) return audit(url, port, attempt + 1);
    throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? NaN]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]),
  );
  // Audits that cost points, for the report: what to fix next.
  const failed = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a && a.score !== null && a.score < 0.9)
    .map((a) => `${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
  return {scores, metrics, failed, lighthouseVersion: lhr.lighthouseVersion};
}

export const profileDir = (repo) => path.join(repo, '.tmp', 'bench', 'chrome-profile');
