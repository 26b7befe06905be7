import {readFileSync} from 'node:fs';
import path from 'node:path';
import {loadChapters, type ChapterInfo} from '@site/plugins/chapters/chapters';
import {ID_MIGRATIONS, resolveId} from '@site/src/progress/idMigrations';

// Every question id the site has ever published. A reader's saved progress is keyed by these, so
// one may never simply disappear: renaming needs an entry in src/progress/idMigrations.ts.
const PUBLISHED_FILE = path.resolve(__dirname, 'published-question-ids.json');
const published = JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8')) as string[];

let chapters: ChapterInfo[];
let current: Set<string>;

// Parsing nine chapters' MDX takes a second alone and far longer on a loaded 2-core machine.
beforeAll(() => {
  chapters = loadChapters(path.resolve(__dirname, '../../docs'));
  current = new Set(chapters.flatMap((c) => c.questions.map((q) => q.id)));
}, 60_000);

describe('question ids and saved progress', () => {
  it('every published id still leads to a question, directly or through ID_MIGRATIONS', () => {
    const orphaned = published.filter((id) => !current.has(resolveId(id)));
    expect(orphaned, 'ids whose saved progress would be orphaned: map them in ID_MIGRATIONS').toEqual([]);
  });

  it('every question id in docs/ is recorded as published', () => {
    const unrecorded = [...current].filter((id) => !published.includes(id));
    expect(unrecorded, `new ids: add them to ${path.basename(PUBLISHED_FILE)}`).toEqual([]);
  });

  it('ID_MIGRATIONS maps retired ids only, to ids that exist, without cycles', () => {
    for (const [from, to] of Object.entries(ID_MIGRATIONS)) {
      expect(current.has(from), `"${from}" is still in use and cannot be renamed away`).toBe(false);
      expect(current.has(resolveId(to)), `"${from}" → "${to}" leads to no question`).toBe(true);
    }
  });

  it('ids are unique across the whole guide, since progress is keyed by id alone', () => {
    const all = chapters.flatMap((c) => c.questions.map((q) => q.id));
    expect(all.length).toBe(current.size);
  });
});
