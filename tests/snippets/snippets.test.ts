import {Worker} from 'node:worker_threads';
import path from 'node:path';
import {CHAPTER_FOLDER, chapterFolders} from '@site/plugins/chapters/chapters';
import {DOCS_DIR} from '../content/mdx';
import {collectSnippets, type Snippet} from './collect';
import {sharedPythonPool, type Result} from './pythonPool';

/** Each JavaScript snippet runs as a module in its own worker thread, killed at its time limit. */
function runJavaScript(snippet: Snippet): Promise<Result | 'timeout'> {
  const worker = new Worker(path.resolve(__dirname, 'javascript-worker.mjs'), {workerData: snippet.code});
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, snippet.timeoutSeconds * 1000);
    worker.once('message', (result: Result) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({kind: 'error', detail: String(error), stdout: '', stderr: ''});
    });
  });
}

const snippets = collectSnippets();
const pool = sharedPythonPool();

describe('runnable snippets in the docs', () => {
  it('exist: at least two Python snippets in every chapter', () => {
    const perChapter = new Map<string, number>();
    for (const s of snippets.filter((x) => x.language === 'python')) {
      const chapter = s.file.split('/').find((part) => CHAPTER_FOLDER.test(part));
      if (chapter) perChapter.set(chapter, (perChapter.get(chapter) ?? 0) + 1);
    }
    const chapters = chapterFolders(DOCS_DIR);
    expect(chapters.length).toBe(9);
    for (const chapter of chapters) expect(perChapter.get(chapter) ?? 0, chapter).toBeGreaterThanOrEqual(2);
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line} ${s.title}`, s] as const))(
    '%s runs without error within its time limit',
    async (_name, snippet) => {
      const result =
        snippet.language === 'python'
          ? await pool.run(snippet.code, snippet.timeoutSeconds * 1000)
          : await runJavaScript(snippet);
      expect(result, 'finished within its time limit').not.toBe('timeout');
      const r = result as Result;
      expect(r.kind, r.detail || r.stderr).toBe('ok');
      expect(r.stdout.trim().length, 'prints something a reader learns from').toBeGreaterThan(0);
      if (snippet.expectedOutput !== undefined)
        expect(r.stdout.trimEnd()).toBe(snippet.expectedOutput.trimEnd());
    },
    130_000,
  );
});
