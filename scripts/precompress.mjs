// Writes a .gz beside every compressible file of the build, so nginx (gzip_static) serves precompressed
// bytes instead of compressing the same file on every request. Usage: node scripts/precompress.mjs [dir]
//
// It runs after `docusaurus build` rather than as a plugin's postBuild: Docusaurus runs all postBuild
// hooks concurrently, and the search index and the service worker are written by other plugins' hooks,
// so a postBuild compressor would race them (the 2 MB search index used to ship uncompressed).
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|wasm|py|webmanifest|map)$/;
export const MIN_BYTES = 1024;

/** Gzips once at the best level: it is done at build time and served forever. */
export function gzip(data) {
  return gzipSync(data, {level: constants.Z_BEST_COMPRESSION});
}

/** Compresses every eligible file under `dir`; returns how many .gz files were written. */
export function precompress(dir) {
  let written = 0;
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    const packed = gzip(data);
    // Incompressible files (already packed data) are served as they are.
    if (packed.length >= data.length) continue;
    writeFileSync(`${file}.gz`, packed);
    written += 1;
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'build');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`precompress: no build at ${dir}`);
    process.exit(1);
  }
  const t = Date.now();
  const n = precompress(dir);
  console.log(`precompress: ${n} files gzipped in ${dir} (${Date.now() - t} ms)`);
}
