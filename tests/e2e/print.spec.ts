/**
 * Printing a chapter (or saving it as PDF) gives a study sheet: every answer shown, code wrapped
 * rather than cut, no navigation chrome or buttons, and each outside link followed by its address
 * (src/css/print.css). Checked under print emulation, before and after the chapter goes live.
 */
import {chapterIsLive, engage, test, expect} from './fixtures';

const CHAPTER = '/docs/model-serving';

for (const live of [false, true]) {
  test(`a printed chapter shows every answer, wraps code and hides the chrome (${live ? 'live' : 'static'} page)`, async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    if (live) {
      await engage(page);
      await chapterIsLive(page);
    }
    await page.emulateMedia({media: 'print'});

    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await expect(page.locator('main button').first()).toBeHidden();

    const details = page.locator('section[aria-label="Study questions"] details');
    await expect(details).toHaveCount(10);
    for (const d of await details.all()) {
      await expect(d).not.toHaveAttribute('open');
      const answer = d.locator(':scope > div').first();
      await expect(answer).toBeVisible();
      expect((await answer.boundingBox())!.height).toBeGreaterThan(50);
    }

    // No code block is wider than its box: long lines wrap.
    const cut = await page
      .locator('article pre')
      .evaluateAll((pres) =>
        pres.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent!.slice(0, 60)),
      );
    expect(cut).toEqual([]);

    const address = await page
      .locator('article .markdown a[href^="https://"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(address).toMatch(/https:\/\//);

    await page.emulateMedia({media: 'screen'});
    await expect(details.first().locator(':scope > div').first()).toBeHidden();
    await expect(page.locator('.navbar')).toBeVisible();
  });
}
