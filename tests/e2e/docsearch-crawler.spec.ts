/**
 * The DocSearch crawler configuration (deploy/docsearch/crawler-config.js) against the built site:
 * its URL patterns take every page of the guide and leave out the landing, review and search pages,
 * and its selectors, applied the way DocSearch's `helpers.docsearch` applies them (headings set the
 * hierarchy in document order, the content under a heading is aggregated into one record), give
 * every chapter its title, its sections and ten study questions with their answers as content.
 *
 * No browser: it reads build/ (so it runs after the build, with the end-to-end tests).
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {test, expect} from '@playwright/test';
import {load, type CheerioAPI} from 'cheerio';

const REPO = path.resolve(__dirname, '../..');
const BUILD = path.join(REPO, 'build');

type Selectors = string | string[];
type RecordProps = Record<string, Selectors | {selectors: Selectors; defaultValue?: string}>;
type DocsearchOptions = {recordProps: RecordProps; aggregateContent?: boolean; indexHeadings?: boolean};
type Action = {
  indexName: string;
  pathsToMatch: string[];
  recordExtractor: (args: {
    $: CheerioAPI;
    helpers: {docsearch: (o: DocsearchOptions) => Hit[]};
    url: URL;
  }) => Hit[];
};
type CrawlerConfig = {startUrls: string[]; exclusionPatterns: string[]; actions: Action[]};
type Hit = {hierarchy: Record<string, string | null>; content: string | null; type: string};

/** The configuration as the Algolia Crawler reads it: a `new Crawler({...})` expression. */
function loadConfig(): CrawlerConfig {
  let config: CrawlerConfig | null = null;
  const code = readFileSync(path.join(REPO, 'deploy/docsearch/crawler-config.js'), 'utf8');
  vm.runInNewContext(code, {
    Crawler: class {
      constructor(c: CrawlerConfig) {
        config = c;
      }
    },
  });
  if (!config) throw new Error('crawler-config.js does not create a Crawler');
  return config;
}

/** A crawler URL pattern (micromatch-style `*` and `**`) as a regular expression. */
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('**')
      .map((part) => part.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*')}$`,
  );
const matchesAny = (url: string, patterns: string[]) => patterns.some((p) => glob(p).test(url));

const first = (s: Selectors) => (Array.isArray(s) ? s : [s]).join(', ');
const textOf = ($: CheerioAPI, el: Parameters<CheerioAPI>[0]) =>
  $(el)
    .text()
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What `helpers.docsearch` makes of a page (docsearch.algolia.com/docs/record-extractor): a record
 * per heading matched by a level selector, and the text matched by `content` under the latest
 * heading, one record per heading when `aggregateContent` is on.
 */
function docsearchHelper($: CheerioAPI) {
  return ({recordProps, aggregateContent = true}: DocsearchOptions): Hit[] => {
    const levels = ['lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'].filter((l) => recordProps[l]);
    const lvl0 = recordProps.lvl0 as {selectors: Selectors; defaultValue?: string};
    const hierarchy: Record<string, string | null> = {
      lvl0:
        (first(lvl0.selectors) && textOf($, $(first(lvl0.selectors)).first())) || lvl0.defaultValue || null,
    };
    const hits: Hit[] = [];
    let content: Hit | null = null;
    for (const el of $('body *').toArray()) {
      const level = levels.find((l) => $(el).is(first(recordProps[l] as Selectors)));
      if (level) {
        hierarchy[level] = textOf($, el);
        for (const deeper of levels.slice(levels.indexOf(level) + 1)) hierarchy[deeper] = null;
        hits.push({hierarchy: {...hierarchy}, content: null, type: level});
        content = null;
      } else if ($(el).is(first(recordProps.content as Selectors))) {
        const text = textOf($, el);
        if (!text) continue;
        if (content && aggregateContent) content.content = `${content.content} ${text}`;
        else hits.push((content = {hierarchy: {...hierarchy}, content: text, type: 'content'}));
      }
    }
    return hits;
  };
}

const config = loadConfig();
const site = new URL(config.startUrls[0]!).origin;
const action = config.actions[0]!;
const chapterFiles = readdirSync(path.join(BUILD, 'docs')).filter((f) => f.endsWith('.html'));

/** The records the crawler would extract from a built page. */
function crawl(file: string, url: string): Hit[] {
  const $ = load(readFileSync(path.join(BUILD, file), 'utf8'));
  return action.recordExtractor({$, helpers: {docsearch: docsearchHelper($)}, url: new URL(url)});
}

test('the crawler takes every page of the guide, and not the landing, review or search pages', () => {
  expect(config.actions).toHaveLength(1);
  expect(chapterFiles).toHaveLength(9);
  const guide = [`${site}/docs`, ...chapterFiles.map((f) => `${site}/docs/${f.replace(/\.html$/, '')}`)];
  for (const url of guide) {
    expect(matchesAny(url, action.pathsToMatch), url).toBe(true);
    expect(matchesAny(url, config.exclusionPatterns), url).toBe(false);
  }
  for (const url of [`${site}/`, `${site}/review`, `${site}/search`, `${site}/search?q=canary`]) {
    expect(matchesAny(url, action.pathsToMatch), url).toBe(false);
  }
  for (const url of [`${site}/review`, `${site}/search`, `${site}/search?q=canary`]) {
    expect(matchesAny(url, config.exclusionPatterns), url).toBe(true);
  }
});

for (const file of chapterFiles) {
  test(`every selector finds its part of ${file}: title, sections and ten answered questions`, () => {
    const $ = load(readFileSync(path.join(BUILD, 'docs', file), 'utf8'));
    const title = textOf($, $('article header h1'));
    const sections = $('article h2')
      .toArray()
      .map((h) => textOf($, $(h).clone().find('.hash-link').remove().end()));
    const questions = $('li[data-question-id]')
      .toArray()
      .map((li) => ({
        question: textOf($, $(li).find('h3').clone().find('.hash-link, button').remove().end()),
        answer: textOf($, $(li).find('details > div').first()),
      }));
    expect(questions).toHaveLength(10);

    const hits = crawl(path.join('docs', file), `${site}/docs/${file.replace(/\.html$/, '')}`);
    expect(hits.length).toBeGreaterThan(20);
    expect(new Set(hits.map((h) => h.hierarchy.lvl1))).toEqual(new Set([title]));
    expect(hits.every((h) => h.hierarchy.lvl0 === 'Guide')).toBe(true);
    expect(hits.filter((h) => h.type === 'lvl2').map((h) => h.hierarchy.lvl2)).toEqual(sections);
    expect(sections).toContain('Study questions');

    for (const {question, answer} of questions) {
      const heading = hits.filter((h) => h.type === 'lvl3' && h.hierarchy.lvl3 === question);
      expect(heading, question).toHaveLength(1);
      expect(heading[0]!.hierarchy.lvl2).toBe('Study questions');
      const content = hits.filter((h) => h.type === 'content' && h.hierarchy.lvl3 === question);
      expect(content, question).toHaveLength(1);
      const text = content[0]!.content ?? '';
      expect(text.length, question).toBeGreaterThan(200);
      expect(text).not.toMatch(/Show answer|Quiz me/);
      // The answer's first words are the record's first words: nothing of the page before it.
      expect(answer.startsWith(text.slice(0, 60)), question).toBe(true);
    }
    // No answer is folded into the record of the heading before the questions.
    const beforeQuestions = hits.filter(
      (h) => h.type === 'content' && h.hierarchy.lvl2 === 'Study questions' && !h.hierarchy.lvl3,
    );
    for (const {answer} of questions)
      for (const h of beforeQuestions) expect(h.content).not.toContain(answer.slice(0, 60));
  });
}

test('the start page is crawled too, and the review and search pages would give nothing of the guide', () => {
  const start = crawl('docs.html', `${site}/docs`);
  expect(start.some((h) => h.type === 'lvl1' && h.hierarchy.lvl1 === 'Start here')).toBe(true);
  // Even if they were crawled, these pages have no article for the selectors.
  for (const file of ['review.html', 'search.html']) {
    expect(crawl(file, `${site}/${file.replace(/\.html$/, '')}`).filter((h) => h.type === 'content')).toEqual(
      [],
    );
  }
});
