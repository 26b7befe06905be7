// Builds the site in Algolia DocSearch mode and checks both outputs: the default build (build/) must
// carry the offline index (plugins/search) and never reference Algolia; the DocSearch build must use
// DocSearch with the configured index and ship no offline index. Run after `npm run build`.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const defaultBuild = path.join(repo, 'build');
const algoliaBuild = path.join(repo, '.tmp', 'build-algolia');
const ALGOLIA = {
  ALGOLIA_APP_ID: 'TESTAPPID42',
  ALGOLIA_API_KEY: 'test-search-only-key',
  ALGOLIA_INDEX_NAME: 'mastering_ai_10_test',
};

let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures += 1;
};

function filesOf(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && /\.(html|js|css|json)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
const grep = (dir, pattern) => filesOf(dir).filter((f) => pattern.test(readFileSync(f, 'utf8')));

if (!existsSync(path.join(defaultBuild, 'index.html'))) {
  console.error('No default build: run "npm run build" first.');
  process.exit(1);
}

// Services, DocSearch UI and configuration; the word "algolia" alone also appears in the CSS layer
// names Docusaurus declares and in the class names of the local search's autocomplete library.
const ALGOLIA_REFERENCE = /algolia\.net|algolianet\.com|DocSearch-Button|docsearch\.js|TESTAPPID42/;

check(
  ['index.json', 'files.json', 'text/0.txt'].every((f) =>
    existsSync(path.join(defaultBuild, 'search-index', f)),
  ),
  'default build ships the offline search index',
);
check(
  grep(defaultBuild, ALGOLIA_REFERENCE).length === 0,
  'default build never references Algolia or DocSearch',
);

rmSync(algoliaBuild, {recursive: true, force: true});
execFileSync('npx', ['docusaurus', 'build', '--out-dir', algoliaBuild], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {...process.env, ...ALGOLIA, NO_UPDATE_NOTIFIER: '1'},
});
check(!existsSync(path.join(algoliaBuild, 'search-index')), 'DocSearch build ships no offline index');
check(grep(algoliaBuild, /TESTAPPID42/).length > 0, 'DocSearch build is configured with the app id');
check(grep(algoliaBuild, /mastering_ai_10_test/).length > 0, 'DocSearch build searches the configured index');
check(grep(algoliaBuild, /DocSearch/).length > 0, 'DocSearch build renders the DocSearch UI');
// The service worker (*sw.js) tries to download an offline index and skips it when its file list is
// absent; no page script may load the engine or the index. (The folder's name itself appears as the
// glob "search-index/**" in the PWA options, which keep it out of the precache: that one is allowed.)
check(
  grep(algoliaBuild, /search-index\/(?!\*\*")|minisearch/i).every((f) => f.endsWith('sw.js')),
  'DocSearch pages never load the offline index',
);
rmSync(algoliaBuild, {recursive: true, force: true});

console.log(failures === 0 ? 'Search modes: all checks passed' : `Search modes: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
