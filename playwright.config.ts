import {defineConfig, devices} from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;

// Debian's Chromium; test tools cannot download browsers here. The flags keep it off the network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A 2-core machine running two browsers and nginx is slow at times; waits are generous, assertions strict.
  expect: {timeout: 10_000},
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS},
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: {...devices['Desktop Chrome'], channel: undefined},
      testIgnore: /runnable\.spec\.ts/,
    },
    // The runner tests measure main-thread responsiveness (no task over 200 ms), so they run after
    // the rest, one at a time, instead of competing for this machine's two cores.
    {
      name: 'runner',
      use: {...devices['Desktop Chrome'], channel: undefined},
      testMatch: /runnable\.spec\.ts/,
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
