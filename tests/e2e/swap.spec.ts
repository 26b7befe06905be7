import type {Page} from '@playwright/test';
import {test, expect, chapterIsLive} from './fixtures';

// A chapter is long. When a first visitor's chapter goes live, its live tree takes the static copy's
// place a few parts per frame (plugins/deferred-content, reveal.ts). What readers rely on must hold
// through it: what is on screen stays put, deep links and in-page links land, every heading stays in
// the accessibility tree.

/** The target's distance from the top of the viewport, sampled while the page settles. */
async function settledTops(page: Page, id: string): Promise<number[]> {
  const tops: number[] = [];
  for (let i = 0; i < 6; i++) {
    tops.push(
      await page.locator(`[id="${id}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)),
    );
    await page.waitForTimeout(250);
  }
  return tops;
}

/** Just under the sticky navbar, where a fragment's target is scrolled to. */
async function expectAtTop(page: Page, id: string): Promise<void> {
  const navbar = await page.locator('.navbar').evaluate((el) => el.getBoundingClientRect().height);
  for (const top of await settledTops(page, id)) {
    expect(top, `#${id}`).toBeGreaterThanOrEqual(0);
    expect(top, `#${id}`).toBeLessThanOrEqual(navbar + 8);
  }
}

test('the live tree takes the place of the static copy part by part, and nothing on screen moves', async ({
  page,
}) => {
  await page.setViewportSize({width: 412, height: 823});
  await page.goto('/docs/monitoring');
  await page.waitForLoadState('networkidle');
  const samples = await page.evaluate(async () => {
    // The visible copy of a heading in the middle of the chapter (both copies exist during the swap).
    const visible = () =>
      [...document.querySelectorAll('[id="tools"]')].find((el) => el.getClientRects().length > 0)!;
    window.scrollTo(0, visible().getBoundingClientRect().top + window.scrollY - 100);
    await new Promise((r) => setTimeout(r, 200));
    document
      .querySelector('[data-deferred-body]')!
      .dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
    const tops: string[] = [];
    let both = 0;
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const roots = document.querySelectorAll('[data-deferred-body]');
      const el = visible();
      tops.push(`${Math.round(el.getBoundingClientRect().top)}`);
      if (tops.at(-1) !== '100')
        tops.push(
          `(y=${Math.round(window.scrollY)} in ${[...roots].indexOf(el.closest('[data-deferred-body]')!)} of ${roots.length}, ${[...roots].map((r) => ((r as HTMLElement).hidden ? 'H' : 'V') + (r.hasAttribute('data-swapping') ? 'S' : '')).join(',')})`,
        );
      if (roots.length === 2 && [...roots].every((r) => !(r as HTMLElement).hidden)) both += 1;
      if (roots.length === 1 && roots[0]!.hasAttribute('data-live')) break;
    }
    return {tops: [...new Set(tops)], both};
  });
  // Several frames had both copies showing parts; the heading never moved.
  expect(samples.both).toBeGreaterThan(2);
  expect(samples.tops).toEqual(['100']);
});

for (const viewport of [
  {width: 412, height: 823},
  {width: 1280, height: 900},
]) {
  test(`deep links land on their target and stay there (${viewport.width} px)`, async ({page}) => {
    await page.setViewportSize(viewport);
    for (const id of ['alerting-best-practices', 'further-reading', 'tools']) {
      await page.goto(`/docs/monitoring#${id}`);
      await expectAtTop(page, id);
    }
  });

  test(`in-page links to far parts land and stay there (${viewport.width} px)`, async ({page}) => {
    await page.setViewportSize(viewport);
    await page.goto('/docs/scalable-deployment');
    await page.waitForLoadState('networkidle');
    for (const id of ['cold-start', 'managed-vs-own', 'further-reading', 'container-security']) {
      await page.evaluate((target) => {
        window.location.hash = target;
      }, id);
      await expectAtTop(page, id);
    }
  });
}

test('every heading is in the accessibility tree, before and after the chapter goes live', async ({page}) => {
  await page.goto('/docs/monitoring');
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  const headings = async () => {
    const {nodes} = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {role?: {value: string}; name?: {value: string}}[];
    };
    return nodes.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value ?? '');
  };
  const before = await headings();
  expect(before).toContainEqual(expect.stringMatching(/^Further reading/));
  await page.locator('[data-deferred-body]').hover({position: {x: 10, y: 10}});
  await chapterIsLive(page);
  await expect.poll(async () => (await headings()).length).toBe(before.length);
  expect(await headings()).toContainEqual(expect.stringMatching(/^Further reading/));
});
