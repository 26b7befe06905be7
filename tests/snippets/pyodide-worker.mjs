// Runs snippets in Pyodide inside a Node worker thread, through the same harness as the browser.
import {parentPort} from 'node:worker_threads';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const {loadPyodide} = await import(require.resolve('pyodide/pyodide.mjs'));
let stdout = '';
let stderr = '';
const pyodide = await loadPyodide({
  stdout: (text) => (stdout += `${text}\n`),
  stderr: (text) => (stderr += `${text}\n`),
});
pyodide.runPython(
  readFileSync(path.resolve(import.meta.dirname, '../../plugins/runtime-assets/workers/harness.py'), 'utf8'),
);
const runSnippet = pyodide.globals.get('run_snippet');

parentPort.on('message', (code) => {
  stdout = '';
  stderr = '';
  const result = runSnippet(code);
  const [kind, detail] = result.toJs();
  result.destroy();
  parentPort.postMessage({kind, detail, stdout, stderr});
});
parentPort.postMessage({ready: true});
