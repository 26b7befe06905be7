import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';
import type {Plugin} from '@docusaurus/types';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|wasm|py|webmanifest|map)$/;
const MIN_BYTES = 1024;

/** Gzips a file's bytes the way the build does (best compression: it is done once, served forever). */
export function gzip(data: Buffer): Buffer {
  return gzipSync(data, {level: constants.Z_BEST_COMPRESSION});
}

/**
 * Writes a .gz beside every compressible file of the build, so nginx (gzip_static) serves
 * precompressed bytes instead of compressing the same file on every request.
 */
export default function precompressPlugin(): Plugin {
  return {
    name: 'precompress',
    postBuild({outDir}) {
      for (const entry of readdirSync(outDir, {recursive: true, withFileTypes: true})) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const data = readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        const packed = gzip(data);
        if (packed.length < data.length) writeFileSync(`${file}.gz`, packed);
      }
    },
  };
}
