// Runs one JavaScript snippet as an ES module (top-level await works), as the browser worker does.
import {parentPort, workerData} from 'node:worker_threads';

let stdout = '';
let stderr = '';
const show = (args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
console.log = console.info = console.debug = (...args) => (stdout += `${show(args)}\n`);
console.warn = console.error = (...args) => (stderr += `${show(args)}\n`);

try {
  await import(`data:text/javascript,${encodeURIComponent(workerData)}`);
  parentPort.postMessage({kind: 'ok', detail: '', stdout, stderr});
} catch (error) {
  parentPort.postMessage({kind: 'error', detail: String(error?.stack ?? error), stdout, stderr});
}
