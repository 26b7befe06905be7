import {createHash} from 'node:crypto';
import {copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RuntimeConfig} from '../../src/runtime/runner';

const require = createRequire(__filename);

/** Folder (in config.staticDirectories) that this plugin fills; generated, never committed. */
export const RUNTIME_STATIC_DIR = '.runtime-static';

/** The Pyodide files a run needs, served from /pyodide/<version>/. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

const shortHash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Transpiles a worker to a standalone ES module. Workers import types only, so no bundling is needed. */
export function transpileWorker(file: string): string {
  const source = readFileSync(file, 'utf8');
  const out = ts.transpileModule(source, {
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

/**
 * Serves the code runners from the site's own origin: copies Pyodide out of node_modules (the
 * bundler must not touch it) and the transpiled workers into a static folder, under versioned or
 * content-hashed names so they can be cached for a year. Pages learn the URLs from global data.
 */
export default function runtimeAssetsPlugin(context: LoadContext): Plugin {
  const outDir = path.join(context.siteDir, RUNTIME_STATIC_DIR);
  const runtimeDir = path.join(context.siteDir, 'src', 'runtime');
  const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
  const version = (
    JSON.parse(readFileSync(path.join(pyodideDir, 'package.json'), 'utf8')) as {version: string}
  ).version;
  const base = context.baseUrl;

  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(path.join(outDir, 'pyodide', version), {recursive: true});
  mkdirSync(path.join(outDir, 'runtime'), {recursive: true});

  const sizes: Record<string, number> = {};
  for (const f of PYODIDE_FILES) {
    copyFileSync(path.join(pyodideDir, f), path.join(outDir, 'pyodide', version, f));
    sizes[f] = statSync(path.join(pyodideDir, f)).size;
  }

  const emit = (name: string, ext: string, content: string) => {
    const file = `${name}.${shortHash(content)}.${ext}`;
    writeFileSync(path.join(outDir, 'runtime', file), content);
    return `${base}runtime/${file}`;
  };
  const config: RuntimeConfig = {
    workerUrls: {
      python: emit('python.worker', 'mjs', transpileWorker(path.join(runtimeDir, 'python.worker.ts'))),
      javascript: emit(
        'javascript.worker',
        'mjs',
        transpileWorker(path.join(runtimeDir, 'javascript.worker.ts')),
      ),
    },
    harnessUrl: emit('harness', 'py', readFileSync(path.join(runtimeDir, 'harness.py'), 'utf8')),
    pyodideBase: `${base}pyodide/${version}/`,
    sizes,
  };

  return {
    name: 'runtime-assets',
    getPathsToWatch: () => [path.join(runtimeDir, '*.worker.ts'), path.join(runtimeDir, 'harness.py')],
    contentLoaded({actions}) {
      actions.setGlobalData(config);
    },
  };
}
