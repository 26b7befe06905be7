import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import type {AxeResults, RunOptions} from 'axe-core';
import type * as Axe from 'axe-core';

/** The rule sets the site is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Violation = AxeResults['violations'][number];

/**
 * axe-core's violations on the page, or inside the elements matching `include`: its own `axe.run`,
 * injected through the debugging protocol (which the site's CSP does not govern), asked for
 * violations only. Scanning a long chapter this way takes about a third of the time that
 * @axe-core/playwright's default run took (11 s against 32 s on chapter 2): that run gathered every
 * passing node of every frame and finished in a second, blank page. The pages have no frames.
 */
export async function axeViolations(
  page: Page,
  {include = [], tags}: {include?: readonly string[]; tags?: readonly string[]} = {},
): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {resultTypes: ['violations']};
  if (tags) options.runOnly = {type: 'tag', values: [...tags]};
  return page.evaluate(
    async ({include, options}) => {
      const axe = (window as unknown as {axe: typeof Axe}).axe;
      const context = include.length > 0 ? {include: include.map((s) => [s])} : document;
      return (await axe.run(context, options)).violations;
    },
    {include: [...include], options},
  );
}

/** Violations of serious or critical impact. */
export const serious = (violations: readonly Violation[]): Violation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
