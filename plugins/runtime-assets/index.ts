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
import type {LiveModelConfig, ModelVariant} from '../../shared/liveModelProtocol';
import type {RuntimeAssets} from '../../shared/runtimeProtocol';

const require = createRequire(__filename);

/** Folder (in config.staticDirectories) that this plugin fills; generated, never committed. */
const STATIC_DIR = '.runtime-static';
const WORKERS_DIR = path.join(__dirname, 'workers');
/** The live-model lab's churn model, written by scripts/labs/train-churn.ts (committed). */
const MODELS_DIR = path.join(__dirname, 'models');

/** The Pyodide files a run needs, served from /pyodide/<version>/. */
const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

/**
 * The files of ONNX Runtime Web the live-model lab needs, served from /ort/<version>/: the
 * WebAssembly-only build (no WebGPU/WebGL/JSEP code) and its single-threaded-capable module and binary.
 */
const ORT_FILES = ['ort.wasm.min.mjs', 'ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'];

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
 * Serves the code runners from the site's own origin: Pyodide and ONNX Runtime Web copied out of
 * node_modules (the bundler must not touch them), the workers (workers/) transpiled and the live-model
 * lab's ONNX files (models/), under versioned or
 * content-hashed names so they can be cached for a year. Pages learn the URLs from global data
 * (src/runnable/config.ts). The work happens when a build or the dev server loads content, not
 * when the plugin is created: other docusaurus commands do none of it.
 */
export default function runtimeAssetsPlugin(context: LoadContext): Plugin<RuntimeAssets> {
  const outDir = path.join(context.siteDir, STATIC_DIR);
  const base = context.baseUrl;
  return {
    name: 'runtime-assets',
    getPathsToWatch: () => [path.join(WORKERS_DIR, '*'), path.join(MODELS_DIR, '*')],
    loadContent() {
      const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
      const {version} = JSON.parse(readFileSync(path.join(pyodideDir, 'package.json'), 'utf8')) as {
        version: string;
      };
      // onnxruntime-web's exports map hides package.json; its main entry is in dist/.
      const ortDir = path.dirname(path.dirname(require.resolve('onnxruntime-web')));
      const ortVersion = (
        JSON.parse(readFileSync(path.join(ortDir, 'package.json'), 'utf8')) as {version: string}
      ).version;
      const pyodideOut = path.join(outDir, 'pyodide', version);
      const ortOut = path.join(outDir, 'ort', ortVersion);
      const runtimeOut = path.join(outDir, 'runtime');
      // Other runtime versions and old workers go; the current runtime files stay if unchanged.
      for (const [folder, current] of [
        ['pyodide', version],
        ['ort', ortVersion],
      ] as const)
        for (const old of existsSync(path.join(outDir, folder)) ? readdirSync(path.join(outDir, folder)) : [])
          if (old !== current) rmSync(path.join(outDir, folder, old), {recursive: true, force: true});
      rmSync(runtimeOut, {recursive: true, force: true});
      mkdirSync(pyodideOut, {recursive: true});
      mkdirSync(ortOut, {recursive: true});
      mkdirSync(runtimeOut, {recursive: true});

      const sizes = Object.fromEntries(
        PYODIDE_FILES.map((f) => [f, copyIfChanged(path.join(pyodideDir, f), path.join(pyodideOut, f))]),
      );
      const ortBytes = ORT_FILES.reduce(
        (sum, f) => sum + copyIfChanged(path.join(ortDir, 'dist', f), path.join(ortOut, f)),
        0,
      );
      const emit = (name: string, ext: string, content: string | Buffer) => {
        const file = `${name}.${shortHash(content)}.${ext}`;
        writeFileSync(path.join(runtimeOut, file), content);
        return `${base}runtime/${file}`;
      };
      const model = () => {
        const file = (variant: ModelVariant) => {
          const bytes = readFileSync(path.join(MODELS_DIR, `churn.${variant}.onnx`));
          return {url: emit(`churn.${variant}`, 'onnx', bytes), bytes: bytes.length};
        };
        return {float32: file('float32'), int8: file('int8')};
      };
      return {
        workerUrls: {
          python: emit('python.worker', 'mjs', transpileWorker(path.join(WORKERS_DIR, 'python.worker.ts'))),
          // `.js`, not `.mjs`: plugin-pwa precaches `**/*.{js,…}` only (its glob patterns are fixed),
          // and this worker is precached so JavaScript snippets run offline (config/pwa.ts).
          javascript: emit(
            'javascript.worker',
            'js',
            transpileWorker(path.join(WORKERS_DIR, 'javascript.worker.ts')),
          ),
        },
        harnessUrl: emit('harness', 'py', readFileSync(path.join(WORKERS_DIR, 'harness.py'), 'utf8')),
        pyodideBase: `${base}pyodide/${version}/`,
        sizes,
        liveModel: {
          workerUrl: emit('onnx.worker', 'mjs', transpileWorker(path.join(WORKERS_DIR, 'onnx.worker.ts'))),
          ortBase: `${base}ort/${ortVersion}/`,
          ortVersion,
          ortBytes,
          models: model(),
          model: JSON.parse(
            readFileSync(path.join(MODELS_DIR, 'churn.card.json'), 'utf8'),
          ) as LiveModelConfig['model'],
        },
      };
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
