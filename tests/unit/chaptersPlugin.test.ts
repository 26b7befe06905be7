import path from 'node:path';
import {chapterFolders, loadChapters, parseQuestions} from '@site/plugins/chapters/chapters';
import {questionLoadersModule, toGlobalData} from '@site/plugins/chapters';
import {parseMdx, proseWords} from '@site/plugins/chapters/mdx';

const DOCS = path.resolve(__dirname, '../../docs');

describe('the chapters plugin', () => {
  const chapters = loadChapters(DOCS);

  it('reads every chapter folder in study order, with its front matter and questions', () => {
    expect(chapters.map((c) => c.folder)).toEqual(chapterFolders(DOCS));
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(chapters[1]).toMatchObject({slug: '/model-serving', title: 'Model Serving'});
    for (const c of chapters) expect(c.questions).toHaveLength(10);
  });

  it("generates the review page's loaders: each chapter's questions partial under its number", () => {
    const code = questionLoadersModule(chapters);
    const entries = [
      ...code.matchAll(/^ {2}(\d+): \(\) => import\("@site\/docs\/([^/]+)\/_questions\.mdx"\),$/gm),
    ].map((m) => [Number(m[1]), m[2]]);
    expect(entries).toEqual(chapters.map((c) => [c.number, c.folder]));
    expect(code.startsWith('export default {')).toBe(true);
  });

  it('gives pages ids and permalinks only', () => {
    const data = toGlobalData(chapters, '/docs');
    expect(data.chapters[1]).toEqual({
      number: 2,
      title: 'Model Serving',
      description: chapters[1]!.description,
      permalink: '/docs/model-serving',
      lastChecked: chapters[1]!.lastChecked,
      questionIds: chapters[1]!.questions.map((q) => q.id),
      minutes: {
        text: Math.round(chapters[1]!.words.text / 200),
        answers: Math.round(chapters[1]!.words.answers / 200),
      },
    });
  });

  it('estimates reading time from prose only: code blocks are not read word by word', () => {
    const tree = parseMdx(
      'Two words.\n\n```python\nprint("not counted at all")\n```\n\nAnd `inline code` too.\n',
    );
    expect(proseWords(tree)).toBe(6);
    // Every chapter is long enough to plan for: text and answers each take minutes, not seconds.
    for (const c of chapters) {
      expect(c.words.text).toBeGreaterThan(3000);
      expect(c.words.answers).toBeGreaterThan(1500);
    }
  });

  it('names the file of a question without its attributes', () => {
    expect(() => parseQuestions('<Question id="x">A</Question>', 'docs/x/_questions.mdx')).toThrow(
      /^docs\/x\/_questions\.mdx: every <Question> needs string "id" and "question" attributes/,
    );
    expect(
      parseQuestions(
        '<Question id="x" question="Q?">\n\nA\n\n</Question>\n<Question id="y" question="R?" />',
        'f',
      ),
    ).toEqual([
      {id: 'x', question: 'Q?', answered: true},
      {id: 'y', question: 'R?', answered: false},
    ]);
  });
});
