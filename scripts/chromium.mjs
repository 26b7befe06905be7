// Debian's Chromium for the tests and benchmarks: test tools cannot download browsers here, and these
// flags keep it off the network (the machine's closed network refuses background connections).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The end-to-end tests run in Chromium's headless shell (Debian's chromium-headless-shell, the same
// Blink and V8 version as chromium, and what Playwright itself runs headless by default): without the
// full browser's window and its UI, a new page costs about a third of the CPU (measured 4 December
// 2026: 10 contexts opened and loaded, 14.1 s → 5.7 s of CPU; a chapter loaded, made live and scanned
// by axe, 26 % less), on a machine where the suite is CPU-bound. The benchmark and Lighthouse keep
// the full browser, as readers have it. CHROMIUM_PATH, when set, is used for both.
export const TEST_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

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
