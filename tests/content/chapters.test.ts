import {readFileSync} from 'node:fs';
import path from 'node:path';
import {toString} from 'mdast-util-to-string';
import {parseAllDocuments} from 'yaml';
import type {Root, Heading, Image, Link, Blockquote} from 'mdast';
import {loadSyllabus} from './syllabus';
import {
  DOCS_DIR,
  collect,
  frontMatter,
  headingInfo,
  isCode,
  isHeading,
  isJsx,
  jsxAttr,
  loadChapterFiles,
  walk,
  wordCount,
  type AnyNode,
  type JsxElement,
} from './mdx';
import {siteHasGrammar} from './prism';
import {LAST_CHECKED_FIELD, parseLastChecked} from '@site/shared/lastChecked';

const syllabus = loadSyllabus();
const chapters = loadChapterFiles();
const hasGrammar = siteHasGrammar();

function questionElements(root: Root): JsxElement[] {
  return collect(root, isJsx).filter((n) => n.name === 'Question');
}

/** Top-level nodes from a heading up to the next heading of the same or higher rank. */
function sectionNodes(root: Root, heading: Heading): AnyNode[] {
  const i = root.children.indexOf(heading);
  const out: AnyNode[] = [];
  for (const n of root.children.slice(i + 1)) {
    if (n.type === 'heading' && n.depth <= heading.depth) break;
    out.push(n);
  }
  return out;
}

describe('the syllabus', () => {
  it('has nine chapters of ten questions, parsed from the repo copy', () => {
    expect(syllabus.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const c of syllabus) expect(c.questions).toHaveLength(10);
    expect(syllabus[1]!.sections.map((s) => s.number)).toEqual([
      '2.1',
      '2.1.1',
      '2.1.2',
      '2.1.3',
      '2.1.4',
      '2.1.5',
      '2.2',
    ]);
  });
});

describe('the chapters', () => {
  it('are nine folders in study order', () => {
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('give every question an id that is unique across the site and safe in a URL', () => {
    const ids = chapters.flatMap((c) => questionElements(c.questions).map((q) => jsxAttr(q, 'id')));
    expect(ids).toHaveLength(90);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(syllabus.map((s) => [s.number, s] as const))('chapter %i', (number, spec) => {
  const chapter = chapters.find((c) => c.number === number)!;
  const headings = collect(chapter.index, isHeading);

  it('has the syllabus title as its page title', () => {
    expect(frontMatter(chapter.index).title).toBe(`${number}. ${spec.title}`);
    const h1 = headings.filter((h) => h.depth === 1);
    expect(h1.map((h) => headingInfo(h).text)).toEqual([`${number}. ${spec.title}`]);
  });

  it('has every syllabus section as a heading, in order, with its definition beneath it', () => {
    const topLevel = chapter.index.children.filter(isHeading);
    const found = spec.sections.map((s) => {
      const h = topLevel.find((x) => headingInfo(x).text === `${s.number} ${s.name}`);
      expect(h, `heading "${s.number} ${s.name}"`).toBeDefined();
      expect(h!.depth).toBe(s.depth);
      expect(headingInfo(h!).id).toMatch(/^[a-z0-9-]+$/);
      const next = chapter.index.children[chapter.index.children.indexOf(h!) + 1];
      expect(next?.type).toBe('blockquote');
      expect(toString(next as Blockquote)).toBe(`Syllabus: ${s.definition}`);
      return chapter.index.children.indexOf(h!);
    });
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it("names every tool of the syllabus's tools list in its tools part", () => {
    const toolHeading =
      headings.find((h) => /^\d+\.\d+ (Tools|Resources)$/.test(headingInfo(h).text)) ??
      headings.find((h) => headingInfo(h).text === 'Tools compared');
    expect(toolHeading, 'a tools part').toBeDefined();
    // The syllabus blockquote repeats the list; the chapter's own text must name the tools.
    const text = sectionNodes(chapter.index, toolHeading!)
      .filter((n) => !(n.type === 'blockquote' && toString(n).startsWith('Syllabus:')))
      .map((n) => toString(n))
      .join(' ')
      .toLowerCase();
    for (const tool of spec.tools)
      expect(text, tool).toContain(tool.toLowerCase().replace('aws sagemaker', 'sagemaker'));
  });

  it('asks the ten syllabus questions in their exact wording and order', () => {
    const qs = questionElements(chapter.questions);
    expect(qs.map((q) => jsxAttr(q, 'question'))).toEqual(spec.questions);
    const list = collect(chapter.questions, isJsx).filter((n) => n.name === 'QuestionList');
    expect(list).toHaveLength(1);
    expect(chapter.indexSource).toMatch(/^import Questions from '\.\/_questions\.mdx';$/m);
    expect(chapter.indexSource.trimEnd().endsWith('<Questions />')).toBe(true);
  });

  it('keeps heading ids and question ids apart on the page', () => {
    const headingIds = [...headings, ...collect(chapter.questions, isHeading)]
      .map((h) => headingInfo(h).id)
      .filter(Boolean);
    const questionIds = questionElements(chapter.questions).map((q) => jsxAttr(q, 'id'));
    const all = [...headingIds, ...questionIds];
    expect(new Set(all).size).toBe(all.length);
  });

  describe('meets the content standard', () => {
    it('is finished: no status notice, a tools part, key takeaways and further reading', () => {
      expect(chapter.indexSource).not.toMatch(/:::info\[Status\]/);
      const names = headings.map((h) => headingInfo(h).text);
      expect(names).toContain('Key takeaways');
      expect(names).toContain('Further reading');
    });

    it('says when its facts were last checked (front matter last_checked: an ISO day, not in the future)', () => {
      const checked = parseLastChecked(frontMatter(chapter.index)[LAST_CHECKED_FIELD]);
      expect(checked, `${chapter.folder}: ${LAST_CHECKED_FIELD}: YYYY-MM-DD`).not.toBeNull();
      expect(checked!.getTime()).toBeLessThanOrEqual(Date.now());
    });

    it('teaches in 2,000–8,000 words (prose before the reading list, code not counted)', () => {
      const end = chapter.index.children.findIndex(
        (n) => isHeading(n) && headingInfo(n).text === 'Further reading',
      );
      const teaching: Root = {
        type: 'root',
        children: chapter.index.children.slice(0, end < 0 ? undefined : end),
      };
      const words = wordCount(teaching);
      expect(words).toBeGreaterThanOrEqual(2000);
      expect(words).toBeLessThanOrEqual(8000);
    });

    it.each(spec.questions.map((q, i) => [i + 1, q] as const))(
      'answers question %i in 150–400 words with a source link',
      (i) => {
        const q = questionElements(chapter.questions)[i - 1]!;
        const words = wordCount(q);
        expect(words, `answer ${i} words`).toBeGreaterThanOrEqual(150);
        expect(words, `answer ${i} words`).toBeLessThanOrEqual(400);
        const links = collect(q, (n): n is Link => n.type === 'link').filter((l) =>
          l.url.startsWith('https://'),
        );
        expect(links.length, `answer ${i} source links`).toBeGreaterThanOrEqual(1);
      },
    );

    it('has at least one diagram, each with a text alternative, a caption and an existing SVG', () => {
      const figures = collect(chapter.index, isJsx).filter(
        (n) => n.name === 'figure' && jsxAttr(n, 'className') === 'diagram',
      );
      expect(figures.length).toBeGreaterThanOrEqual(1);
      for (const f of figures) {
        const [img] = collect(f, (n): n is Image => n.type === 'image');
        expect(img, 'figure image').toBeDefined();
        expect((img!.alt ?? '').length, `alt of ${img!.url}`).toBeGreaterThanOrEqual(40);
        expect(collect(f, isJsx).some((n) => n.name === 'figcaption')).toBe(true);
        const svg = readFileSync(path.join(DOCS_DIR, chapter.folder, img!.url), 'utf8');
        expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
        expect(svg).not.toMatch(/<script|xlink:href="http|href="http/);
      }
    });

    it('gives every image a text alternative', () => {
      for (const root of [chapter.index, chapter.questions]) {
        for (const img of collect(root, (n): n is Image => n.type === 'image'))
          expect(img.alt?.trim()).toBeTruthy();
      }
    });

    it('highlights every code block with a language the site ships', () => {
      for (const root of [chapter.index, chapter.questions]) {
        for (const code of collect(root, isCode)) {
          expect(code.lang, `code block starting "${code.value.slice(0, 40)}"`).toBeTruthy();
          expect(hasGrammar(code.lang!) || code.lang === 'text', `language "${code.lang}"`).toBe(true);
        }
      }
    });

    it('has YAML and JSON blocks that parse', () => {
      for (const root of [chapter.index, chapter.questions]) {
        for (const code of collect(root, isCode)) {
          if (code.lang === 'yaml' || code.lang === 'yml') {
            for (const doc of parseAllDocuments(code.value))
              expect(doc.errors, code.value.slice(0, 80)).toEqual([]);
          }
          if (code.lang === 'json')
            expect(() => JSON.parse(code.value), code.value.slice(0, 80)).not.toThrow();
        }
      }
    });

    it('has at least two runnable Python snippets', () => {
      const runnable = collect(chapter.index, isCode).filter(
        (c) => c.lang === 'python' && /(^|\s)runnable(\s|$)/.test(c.meta ?? ''),
      );
      expect(runnable.length).toBeGreaterThanOrEqual(2);
    });

    it('links only to https sources outside the site', () => {
      for (const root of [chapter.index, chapter.questions]) {
        walk(root, (n) => {
          if (n.type === 'link' && /^[a-z]+:/.test(n.url)) expect(n.url).toMatch(/^(https:|mailto:)/);
        });
      }
    });
  });
});
