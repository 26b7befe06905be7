import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_ARGS, TEST_CHROMIUM_PATH} from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A 2-core machine running two browsers and nginx is slow at times; waits are generous, assertions strict.
  expect: {timeout: 10_000},
  // The JSON report keeps each test's duration (.tmp/e2e-report.json) for finding the slow ones.
  reporter: [['list'], ['json', {outputFile: '.tmp/e2e-report.json'}]],
  use: {
    baseURL: BASE_URL,
    launchOptions: {executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS},
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: {...devices['Desktop Chrome'], channel: undefined},
      grepInvert: /@main-thread/,
    },
    // The tests tagged @main-thread measure main-thread responsiveness (no task over 200 ms), so they
    // run after the rest, one at a time, instead of competing for this machine's two cores.
    {
      name: 'runner',
      use: {...devices['Desktop Chrome'], channel: undefined},
      grep: /@main-thread/,
      dependencies: ['desktop'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node scripts/nginx.mjs ${PORT}`,
        url: `${BASE_URL}/`,
        reuseExistingServer: false,
        timeout: 15_000,
      },
});
