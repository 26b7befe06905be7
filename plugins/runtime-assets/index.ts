import {createHash} from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RuntimeConfig} from '../../shared/runtimeProtocol';

const require = createRequire(__filename);

/** Folder (in config.staticDirectories) that this plugin fills; generated, never committed. */
const STATIC_DIR = '.runtime-static';
const WORKERS_DIR = path.join(__dirname, 'workers');

/** The Pyodide files a run needs, served from /pyodide/<version>/. */
const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

const shortHash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Transpiles a worker to a standalone ES module. Workers import types only, so no bundling is needed. */
export function transpileWorker(file: string): string {
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
    fileName: file,
  });
  if (/^\s*import\s+(?!type\b)/m.test(out.outputText)) {
    throw new Error(`${file}: a worker may import types only; it is served unbundled.`);
  }
  return out.outputText;
}

/** Copies a file unless an identical copy (same size and modification time) is already there. */
function copyIfChanged(from: string, to: string): number {
  const source = statSync(from);
  if (existsSync(to)) {
    const target = statSync(to);
    if (target.size === source.size && target.mtimeMs === source.mtimeMs) return source.size;
  }
  copyFileSync(from, to);
  utimesSync(to, source.atime, source.mtime);
  return source.size;
}

/**
 * Serves the code runners from the site's own origin: Pyodide copied out of node_modules (the
 * bundler must not touch it) and the workers (workers/) transpiled, under versioned or
 * content-hashed names so they can be cached for a year. Pages learn the URLs from global data
 * (src/runnable/config.ts). The work happens when a build or the dev server loads content, not
 * when the plugin is created: other docusaurus commands do none of it.
 */
export default function runtimeAssetsPlugin(context: LoadContext): Plugin<RuntimeConfig> {
  const outDir = path.join(context.siteDir, STATIC_DIR);
  const base = context.baseUrl;
  return {
    name: 'runtime-assets',
    getPathsToWatch: () => [path.join(WORKERS_DIR, '*')],
    loadContent() {
      const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
      const {version} = JSON.parse(readFileSync(path.join(pyodideDir, 'package.json'), 'utf8')) as {
        version: string;
      };
      const pyodideOut = path.join(outDir, 'pyodide', version);
      const runtimeOut = path.join(outDir, 'runtime');
      // Other Pyodide versions and old workers go; the current Pyodide files stay if unchanged.
      for (const old of existsSync(path.join(outDir, 'pyodide'))
        ? readdirSync(path.join(outDir, 'pyodide'))
        : [])
        if (old !== version) rmSync(path.join(outDir, 'pyodide', old), {recursive: true, force: true});
      rmSync(runtimeOut, {recursive: true, force: true});
      mkdirSync(pyodideOut, {recursive: true});
      mkdirSync(runtimeOut, {recursive: true});

      const sizes = Object.fromEntries(
        PYODIDE_FILES.map((f) => [f, copyIfChanged(path.join(pyodideDir, f), path.join(pyodideOut, f))]),
      );
      const emit = (name: string, ext: string, content: string) => {
        const file = `${name}.${shortHash(content)}.${ext}`;
        writeFileSync(path.join(runtimeOut, file), content);
        return `${base}runtime/${file}`;
      };
      return {
        workerUrls: {
          python: emit('python.worker', 'mjs', transpileWorker(path.join(WORKERS_DIR, 'python.worker.ts'))),
          javascript: emit(
            'javascript.worker',
            'mjs',
            transpileWorker(path.join(WORKERS_DIR, 'javascript.worker.ts')),
          ),
        },
        harnessUrl: emit('harness', 'py', readFileSync(path.join(WORKERS_DIR, 'harness.py'), 'utf8')),
        pyodideBase: `${base}pyodide/${version}/`,
        sizes,
      };
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
