// What a reader lives through on a chapter page, measured in Chromium with the CPU slowed 4x (as
// Lighthouse's mobile audit does): load, wait, scroll, open an answer and, where the site offers
// it, grade it. Reports main-thread blocking over the whole flow and once the reader acts, the
// longest task, and the latency of the first click. Two readers: a first visit (empty profile) and
// a returning learner (a warm HTTP cache and saved progress for the chapter).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const CPU_SLOWDOWN = 4;
// A phone-sized viewport; not touch emulation, so the reader scrolls with wheel events.
const VIEWPORT = {width: 412, height: 823};
const DAY = 86_400_000;

/** Saved progress for a chapter's first questions: reviewed, not yet due. */
export function progressFor(ids, now = Date.now()) {
  const card = {
    due: new Date(now + 5 * DAY).toISOString(),
    stability: 10,
    difficulty: 5,
    scheduled_days: 10,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: new Date(now - 5 * DAY).toISOString(),
  };
  return {
    format: 'mastering-ai-10-progress',
    version: 1,
    cards: Object.fromEntries(ids.slice(0, 3).map((id) => [id, card])),
  };
}

/** Blocking figures from long tasks [start, duration] (ms): TBT counts what exceeds 50 ms. */
export function blocking(tasks, from = 0) {
  const after = tasks.filter(([start]) => start >= from);
  return {
    tbt: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    longest: after.reduce((max, [, d]) => Math.max(max, d), 0),
  };
}

/**
 * The latency of the first click after `from`: the longest Event Timing entry of its interaction
 * (input delay, handlers and the next paint). NaN when the browser reported none.
 */
export function firstClickLatency(events, from = 0) {
  const click = events.find((e) => e.name === 'click' && e.id > 0 && e.start >= from);
  if (!click) return NaN;
  return Math.max(...events.filter((e) => e.id === click.id).map((e) => e.duration));
}

function observe() {
  const w = window;
  w.__benchTasks = [];
  w.__benchEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__benchTasks.push([e.startTime, e.duration]);
  }).observe({type: 'longtask', buffered: true});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__benchEvents.push({name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId});
  }).observe({type: 'event', durationThreshold: 16, buffered: true});
}

/** One reading flow on `url`; `returning`: a previous visit and saved progress first. */
export async function readingFlow(browser, url, {returning}) {
  // No service worker: the reference site has none, and its start-up is not what is measured here.
  const context = await browser.newContext({viewport: VIEWPORT, serviceWorkers: 'block'});
  try {
    const page = await context.newPage();
    if (returning) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const ids = await page
        .locator('[data-question-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')));
      await page.evaluate(
        (value) => localStorage.setItem('mai10.progress', value),
        JSON.stringify(progressFor(ids)),
      );
      await page.goto('about:blank');
    }
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    const cpu = (rate) => cdp.send('Emulation.setCPUThrottlingRate', {rate});
    // The harness's own work in the page (finding elements) runs at full speed, so that it does not
    // count as the reader's; everything the reader does runs on the slowed CPU, as real input events.
    const centre = async (locator) => {
      await cpu(1);
      const box = await locator.boundingBox();
      await cpu(CPU_SLOWDOWN);
      if (!box) throw new Error(`${url}: nothing to click`);
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    await cpu(CPU_SLOWDOWN);
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);
    const acted = await page.evaluate(() => performance.now());
    // Reading: five turns of the wheel.
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(1500);
    // Then on to the study questions, as a table-of-contents link goes there, and open the first
    // answer (its position is read only once it is on screen: reading it earlier would lay out
    // part of the page outside the measurement).
    await page.evaluate(() => {
      window.location.hash = 'study-questions';
    });
    await page.waitForTimeout(1500);
    await page.mouse.click(...(await centre(page.locator('h3[id] + details > summary').first())));
    await page.waitForTimeout(1500);
    // And grade it, where the site offers that.
    const good = page.getByRole('button', {name: /^Good/});
    const graded = (await good.count()) > 0;
    if (graded) {
      await page.mouse.click(...(await centre(good.first())));
      await page.waitForTimeout(1500);
    }
    const {tasks, events} = await page.evaluate(() => ({
      tasks: window.__benchTasks,
      events: window.__benchEvents,
    }));
    const all = blocking(tasks);
    const reading = blocking(tasks, acted);
    return {
      tbt: all.tbt,
      longest: all.longest,
      tbtActing: reading.tbt,
      longestActing: reading.longest,
      firstClick: firstClickLatency(events, acted),
      graded,
    };
  } finally {
    await context.close();
  }
}

/** Gzip bytes of the scripts a first visit to `url` fetches before the network is idle. */
export async function firstLoadScripts(browser, url, buildDir) {
  const context = await browser.newContext({serviceWorkers: 'block'});
  try {
    const page = await context.newPage();
    const files = new Set();
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') files.add(new URL(res.url()).pathname);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const file of files) bytes += gzipSync(readFileSync(path.join(buildDir, file)), {level: 9}).length;
    return bytes;
  } finally {
    await context.close();
  }
}
