/**
 * Runs JavaScript snippets as ES modules (top-level await works), off the main thread, with the
 * console captured. Served unbundled as a module worker (plugins/runtime-assets transpiles it).
 */
import type {FromWorker, OutputStream} from '../../../shared/runtimeProtocol';
import type {WorkerScope} from './workerScope';

const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);
let currentRun = 0;

function show(value: unknown, seen = new WeakSet<object>()): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || '(anonymous)'}]`;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  const inner = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : show(v, seen));
  if (Array.isArray(value)) return `[ ${value.map(inner).join(', ')} ]`;
  if (value instanceof Map)
    return `Map(${value.size}) { ${[...value].map(([k, v]) => `${inner(k)} => ${inner(v)}`).join(', ')} }`;
  if (value instanceof Set) return `Set(${value.size}) { ${[...value].map(inner).join(', ')} }`;
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${inner(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

const streams: Record<string, OutputStream> = {
  log: 'stdout',
  info: 'stdout',
  debug: 'stdout',
  warn: 'stderr',
  error: 'stderr',
};
const target = console as unknown as Record<string, (...args: unknown[]) => void>;
for (const [method, stream] of Object.entries(streams)) {
  target[method] = (...args: unknown[]) =>
    post({type: 'output', id: currentRun, stream, text: `${args.map((a) => show(a)).join(' ')}\n`});
}

scope.onmessage = async ({data}) => {
  if (data.type === 'init') {
    post({type: 'ready', ms: 0});
    return;
  }
  currentRun = data.id;
  const url = URL.createObjectURL(new Blob([data.code], {type: 'text/javascript'}));
  try {
    await import(/* webpackIgnore: true */ url);
    post({type: 'done', id: data.id, outcome: {kind: 'ok'}});
  } catch (error) {
    post({type: 'done', id: data.id, outcome: {kind: 'error', message: show(error)}});
  } finally {
    URL.revokeObjectURL(url);
  }
};
