/**
 * Findability: every chapter, the start page and the landing page carry a description and the Open
 * Graph tags link previews use, in the server-rendered HTML (crawlers and previews run no script); the
 * sitemap lists exactly the pages a reader should land on.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {parse as parseYaml} from 'yaml';
import {test, expect, sitemapPaths} from './fixtures';

const REPO = path.resolve(__dirname, '../..');
const DOCS = path.join(REPO, 'docs');

type PageFacts = {readonly route: string; readonly title: string; readonly description: string};

function frontMatter(file: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no front matter`);
  return parseYaml(m[1]!) as Record<string, string>;
}

/** The start page and the chapters, from their front matter (slug, title, description). */
function docPages(): PageFacts[] {
  const files = [
    path.join(DOCS, 'index.mdx'),
    ...readdirSync(DOCS)
      .filter((d) => /^\d{2}-/.test(d))
      .sort()
      .map((d) => path.join(DOCS, d, 'index.mdx')),
  ];
  return files.map((file) => {
    const fm = frontMatter(file);
    expect(fm.description, `${file}: front matter description`).toBeTruthy();
    return {
      route: fm.slug === '/' ? '/docs' : `/docs${fm.slug}`,
      title: fm.title!,
      description: fm.description!,
    };
  });
}

/** The single value of a <meta> (by name or property) in the page as served. */
async function meta(page: Page, key: string): Promise<string> {
  const tags = page.locator(`head meta[name="${key}"], head meta[property="${key}"]`);
  await expect(tags, `exactly one ${key}`).toHaveCount(1);
  return (await tags.getAttribute('content')) ?? '';
}

async function siteUrl(page: Page): Promise<string> {
  await page.goto('/');
  return new URL((await meta(page, 'og:url')) || 'x:').origin;
}

// Previews and crawlers do not run scripts: check the HTML as served, before any script.
test.use({javaScriptEnabled: false});

test('every chapter and the start page have a description and complete Open Graph tags', async ({page}) => {
  const origin = await siteUrl(page);
  const pages = docPages();
  expect(pages).toHaveLength(10);
  for (const {route, title, description} of pages) {
    const res = await page.goto(route);
    expect(res?.status(), route).toBe(200);
    expect(await meta(page, 'description'), route).toBe(description);
    expect(await meta(page, 'og:description'), route).toBe(description);
    expect(await meta(page, 'og:title'), route).toMatch(
      new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| `),
    );
    expect(await meta(page, 'og:type'), route).toBe('article');
    expect(await meta(page, 'og:url'), route).toBe(`${origin}${route}`);
    expect(await meta(page, 'og:image'), route).toBe(`${origin}/img/social-card.jpg`);
    expect(await meta(page, 'og:image:alt'), route).not.toBe('');
    expect(await meta(page, 'twitter:card'), route).toBe('summary_large_image');
    await expect(page.locator('head link[rel="canonical"]'), route).toHaveAttribute(
      'href',
      `${origin}${route}`,
    );
  }
});

test('the landing page describes the guide as a website, with the social card', async ({page}) => {
  const origin = await siteUrl(page);
  expect(await meta(page, 'description')).toMatch(/machine-learning models in production/);
  expect(await meta(page, 'og:type')).toBe('website');
  expect(await meta(page, 'og:image')).toBe(`${origin}/img/social-card.jpg`);
  expect(await meta(page, 'og:site_name')).toBe('Mastering AI 10');
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute('href', '/manifest.json');
});

test('the social card is a 1200×630 image served from the site', async ({page}) => {
  const res = await page.request.get('/img/social-card.jpg');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/jpeg');
  const jpeg = await res.body();
  // The frame size is in the JPEG's start-of-frame segment (SOF0 or SOF2).
  let size: [number, number] | null = null;
  for (let i = 2; i < jpeg.length - 9 && !size;) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker === 0xc0 || marker === 0xc2) size = [jpeg.readUInt16BE(i + 7), jpeg.readUInt16BE(i + 5)];
    i += 2 + length;
  }
  expect(size).toEqual([1200, 630]);
});

test('the sitemap lists the landing page, the start page, every chapter and the glossary, and nothing else', async ({
  page,
}) => {
  const expected = ['/', '/glossary', ...docPages().map((p) => p.route)].sort();
  expect((await sitemapPaths(page)).sort()).toEqual(expected);
});

test('the web app manifest names the site and its icons exist', async ({page}) => {
  const res = await page.request.get('/manifest.json');
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: {src: string; sizes: string; type: string; purpose: string}[];
  };
  expect(manifest.name).toMatch(/^Mastering AI 10/);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const file = path.join(REPO, 'static', icon.src);
    expect(existsSync(file), icon.src).toBe(true);
    if (icon.type === 'image/png') {
      const png = readFileSync(file);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
  }
});
