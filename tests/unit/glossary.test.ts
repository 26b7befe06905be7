import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Heading, Link, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {loadChapters, TEXT_FILE} from '@site/plugins/chapters/chapters';
import {parseMdx} from '@site/plugins/chapters/mdx';
import remarkGlossary, {chapterOf, headingId, TERM_CLASS} from '@site/plugins/remark-glossary';
import {GLOSSARY, GLOSSARY_PATH} from '@site/shared/glossary';

const DOCS = path.resolve(__dirname, '../../docs');
const chapters = loadChapters(DOCS);
const fileOf = (n: number) => path.join(DOCS, chapters.find((c) => c.number === n)!.folder, TEXT_FILE);
const sources = new Map(chapters.map((c) => [c.number, readFileSync(fileOf(c.number), 'utf8')]));

/** A chapter's tree after the plugin ran, as the build runs it. */
function linked(n: number): Root {
  const file = fileOf(n);
  const tree = parseMdx(sources.get(n)!);
  remarkGlossary({terms: GLOSSARY, path: GLOSSARY_PATH})(tree, {path: file});
  return tree;
}

/** The glossary links of a tree, each with the id of the section heading it sits under. */
function glossaryLinks(tree: Root): {id: string; text: string; sections: string[]}[] {
  const found: {id: string; text: string; sections: string[]}[] = [];
  const open: {depth: number; id: string}[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (open.length && open.at(-1)!.depth >= node.depth) open.pop();
      const id = headingId(node);
      if (id) open.push({depth: node.depth, id});
    }
    visit(node, 'link', (link: Link) => {
      if (!link.url.startsWith(`${GLOSSARY_PATH}#`)) return;
      found.push({id: link.url.split('#')[1]!, text: toString(link), sections: open.map((s) => s.id)});
    });
  }
  return found;
}

describe('the glossary data', () => {
  it('has 30+ terms with unique, URL-safe ids', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('defines each term in one or two plain sentences, and links only https documentation', () => {
    for (const t of GLOSSARY) {
      const sentences = t.definition.split(/(?<=[.?!”])\s+(?=[A-Z])/);
      expect(sentences.length, t.id).toBeLessThanOrEqual(2);
      expect(t.definition, t.id).toMatch(/[.”]$/);
      // Rendered as text, not Markdown.
      expect(t.definition, t.id).not.toMatch(/[`*_[\]]/);
      if (t.docs) expect(t.docs.url, t.id).toMatch(/^https:\/\//);
    }
  });

  it('covers the terms learners asked for', () => {
    const ids = new Set(GLOSSARY.map((t) => t.id));
    for (const id of [
      'slo',
      'sli',
      'sla',
      'p99',
      'psi',
      'ks-test',
      'data-drift',
      'concept-drift',
      'hpa',
      'keda',
      'pdb',
      'canary',
      'shadow-deployment',
      'blue-green',
      'ab-test',
      'feature-store',
      'model-registry',
      'onnx',
      'quantization',
      'continuous-batching',
      'kv-cache',
      'ttft',
      'goodput',
      'sbom',
      'model-card',
      'spot-instance',
    ])
      expect(ids, id).toContain(id);
  });

  it('points every term at a section that exists in its chapter', () => {
    const ids = new Map<number, string[]>();
    for (const [n, source] of sources) {
      const found: string[] = [];
      visit(parseMdx(source), 'heading', (h: Heading) => {
        const id = headingId(h);
        if (id) found.push(id);
      });
      ids.set(n, found);
    }
    for (const t of GLOSSARY)
      expect(ids.get(t.chapter), `${t.id} → chapter ${t.chapter}`).toContain(t.section);
  });
});

describe('remark-glossary', () => {
  it('links each term exactly once in its chapter, inside its defining section, on a mention of the term', () => {
    for (const c of chapters) {
      const links = glossaryLinks(linked(c.number));
      const expected = GLOSSARY.filter((t) => t.chapter === c.number);
      expect(links.map((l) => l.id).sort(), `chapter ${c.number}`).toEqual(expected.map((t) => t.id).sort());
      for (const t of expected) {
        const link = links.find((l) => l.id === t.id)!;
        expect(link.sections, t.id).toContain(t.section);
        expect(link.text, t.id).toMatch(new RegExp(`^(?:${t.match})$`));
      }
    }
  });

  it('links the first mention, keeps the text around it, and marks the link with its class', () => {
    const tree = parseMdx(
      '## A {/* #a */}\n\nNo term here.\n\n## B {/* #b */}\n\nSee **the SLO** and the SLO again.\n',
    );
    remarkGlossary({terms: [{id: 'slo', chapter: 1, section: 'b', match: 'SLO'}], path: '/glossary'})(tree, {
      path: 'docs/01-introduction/index.mdx',
    });
    const links = glossaryLinks(tree);
    expect(links).toEqual([{id: 'slo', text: 'SLO', sections: ['b']}]);
    expect(toString(tree)).toContain('See the SLO and the SLO again.');
    let link: Link | undefined;
    visit(tree, 'link', (l: Link) => void (link = l));
    expect(link?.data).toEqual({hProperties: {className: [TERM_CLASS]}});
  });

  it('leaves headings, code, existing links and components alone', () => {
    const tree = parseMdx(
      '## SLO {/* #b */}\n\n`SLO` [SLO](https://sre.google/) <Tabs>SLO</Tabs>\n\n```text\nSLO\n```\n\nThe SLO.\n',
    );
    remarkGlossary({terms: [{id: 'slo', chapter: 1, section: 'b', match: 'SLO'}], path: '/glossary'})(tree, {
      path: 'docs/01-introduction/index.mdx',
    });
    const p = tree.children.at(-1)!;
    expect(p.type === 'paragraph' && p.children[1]?.type).toBe('link');
  });

  it('fails the build with the file and term when a section or a mention is missing', () => {
    const run = (markdown: string) => () =>
      remarkGlossary({terms: [{id: 'slo', chapter: 1, section: 'b', match: 'SLO'}], path: '/glossary'})(
        parseMdx(markdown),
        {path: 'docs/01-introduction/index.mdx'},
      );
    expect(run('## A {/* #a */}\n\nSLO\n')).toThrow(
      /01-introduction\/index\.mdx: glossary term "slo": no heading with the id "b"/,
    );
    expect(run('## B {/* #b */}\n\nNothing.\n\n## C {/* #c */}\n\nSLO\n')).toThrow(
      /section "b" never mentions \/SLO\//,
    );
  });

  it('knows a chapter by its folder and ignores other files', () => {
    expect(chapterOf('/site/docs/04-monitoring/index.mdx')).toBe(4);
    expect(chapterOf('/site/docs/04-monitoring/_questions.mdx')).toBeNull();
    expect(chapterOf('/site/docs/index.mdx')).toBeNull();
    expect(chapterOf(undefined)).toBeNull();
  });
});
