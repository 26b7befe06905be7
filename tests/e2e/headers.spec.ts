/**
 * The web server configuration in deploy/nginx, tested over HTTP against the real nginx serving the
 * build (playwright.config.ts webServer): security headers, caching, precompressed gzip, MIME types,
 * the 404 page, and the CSP hash of the build's inline script. Raw HTTP (node:http), not a browser,
 * so that compressed bytes and headers are seen exactly as sent.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {test, expect} from '@playwright/test';
import {BASE_URL} from '../../playwright.config';

const REPO = path.resolve(__dirname, '../..');
const BUILD = path.join(REPO, 'build');
const NGINX_DIR = path.join(REPO, 'deploy', 'nginx');

type RawResponse = {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
};

/** One GET, with no automatic decompression: the body is exactly the bytes nginx sent. */
function get(pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(pathname, BASE_URL), {headers, agent: false}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const buildFiles = (dir = BUILD): string[] =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(BUILD, path.join(e.parentPath, e.name)).split(path.sep).join('/'));

/** The first built file whose path (relative to build/) matches. */
function builtFile(pattern: RegExp): string {
  const found = buildFiles().find((f) => pattern.test(f));
  if (!found) throw new Error(`No file in build/ matches ${pattern}: run "npm run build" first.`);
  return `/${found}`;
}

/** Parses a Content-Security-Policy header into directive -> sources. */
function parseCsp(header: string | string[] | undefined): Map<string, string[]> {
  expect(typeof header, 'exactly one Content-Security-Policy header').toBe('string');
  const policy = new Map<string, string[]>();
  for (const part of (header as string).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name), `directive ${name} appears once`).toBe(false);
    policy.set(name, sources);
  }
  return policy;
}

/** The CSP's script hashes, as written in security-headers.conf (the single source of truth). */
function configuredScriptHashes(): string[] {
  const conf = readFileSync(path.join(NGINX_DIR, 'security-headers.conf'), 'utf8');
  const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1];
  if (!csp) throw new Error('security-headers.conf has no Content-Security-Policy');
  return parseCsp(csp)
    .get('script-src')!
    .filter((s) => s.startsWith("'sha256-"));
}

// What the site needs, and nothing else: its own origin, inline styles (React style attributes and the
// editor's injected styles; styles cannot run code), data: images (Infima's inline SVG icons), WebAssembly
// compilation for Pyodide, workers and the web app manifest from its own origin; no plugins, no framing.
const PAGE_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", '<hash>', "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};
// The code-runner workers also import the reader's JavaScript snippet from a blob: URL.
const WORKER_POLICY: Record<string, string[]> = {
  ...PAGE_POLICY,
  'script-src': ["'self'", 'blob:', "'wasm-unsafe-eval'"],
};

function expectPolicy(res: RawResponse, expected: Record<string, string[]>, what: string) {
  const policy = parseCsp(res.headers['content-security-policy']);
  const hashes = configuredScriptHashes();
  const want = Object.fromEntries(
    Object.entries(expected).map(([k, v]) => [k, v.flatMap((s) => (s === '<hash>' ? hashes : [s]))]),
  );
  expect(Object.fromEntries(policy), `${what}: CSP`).toEqual(want);
  const all = [...policy.values()].flat();
  for (const forbidden of ["'unsafe-eval'", '*', 'http:', 'https:', "'strict-dynamic'"])
    expect(all, `${what}: CSP allows ${forbidden}`).not.toContain(forbidden);
}

function expectSecurityHeaders(res: RawResponse, what: string) {
  const h = res.headers;
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], what).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  expect(h['strict-transport-security'], what).toMatch(/^max-age=(\d+); includeSubDomains$/);
  expect(
    Number(/max-age=(\d+)/.exec(String(h['strict-transport-security']))![1]),
    what,
  ).toBeGreaterThanOrEqual(31536000);
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['cross-origin-embedder-policy'], what).toBe('require-corp');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(h['server'], `${what}: no version in Server`).toBe('nginx');
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('security headers and caching', () => {
  test('a page: the page CSP, every security header, revalidated on each visit', async () => {
    const res = await get('/docs/introduction');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(res, 'page');
    expectPolicy(res, PAGE_POLICY, 'page');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  test('the landing page and the start page are HTML that is never served stale', async () => {
    for (const p of ['/', '/docs', '/search']) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['cache-control'], p).toBe('no-cache');
      expectPolicy(res, PAGE_POLICY, p);
    }
  });

  test('a hashed asset: immutable for a year, with the security headers', async () => {
    for (const asset of [
      builtFile(/^assets\/js\/main\.[0-9a-f]+\.js$/),
      builtFile(/^assets\/css\/.+\.css$/),
    ]) {
      const res = await get(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers['cache-control'], asset).toBe(IMMUTABLE);
      expectSecurityHeaders(res, asset);
      expectPolicy(res, PAGE_POLICY, asset);
    }
  });

  test('a Python runtime file: immutable, cross-origin isolated, WebAssembly type', async () => {
    const wasm = builtFile(/^pyodide\/[^/]+\/pyodide\.asm\.wasm$/);
    const res = await get(wasm);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(res, wasm);
  });

  test('ONNX Runtime Web (chapter 2 live model): immutable, cross-origin isolated, WebAssembly type', async () => {
    const wasm = builtFile(/^ort\/[^/]+\/ort-wasm-simd-threaded\.wasm$/);
    const res = await get(wasm);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(res, wasm);
    const module = builtFile(/^ort\/[^/]+\/ort\.wasm\.min\.mjs$/);
    const js = await get(module);
    expect(js.headers['content-type'], module).toBe('text/javascript; charset=utf-8');
    expectPolicy(js, PAGE_POLICY, module);
  });

  test('a code-runner worker: its own CSP (blob: for JavaScript snippets), immutable', async () => {
    for (const worker of [
      builtFile(/^runtime\/python\.worker\.[0-9a-f]+\.mjs$/),
      builtFile(/^runtime\/javascript\.worker\.[0-9a-f]+\.js$/),
      builtFile(/^runtime\/onnx\.worker\.[0-9a-f]+\.mjs$/),
    ]) {
      const res = await get(worker);
      expect(res.status, worker).toBe(200);
      expect(res.headers['content-type'], worker).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control'], worker).toBe(IMMUTABLE);
      expectSecurityHeaders(res, worker);
      expectPolicy(res, WORKER_POLICY, worker);
    }
  });

  test('the service worker script and the manifest are always revalidated', async () => {
    for (const p of ['/sw.js', '/manifest.json']) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['cache-control'], p).toBe('no-cache');
      expectSecurityHeaders(res, p);
    }
  });

  test('the health check answers ok and is never cached', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('ok\n');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

test.describe('compression', () => {
  const samples = () => [
    '/docs/introduction',
    builtFile(/^assets\/js\/main\.[0-9a-f]+\.js$/),
    builtFile(/^assets\/css\/.+\.css$/),
    builtFile(/^pyodide\/[^/]+\/pyodide\.asm\.wasm$/),
    builtFile(/^ort\/[^/]+\/ort-wasm-simd-threaded\.wasm$/),
    builtFile(/^runtime\/python\.worker\.[0-9a-f]+\.mjs$/),
    '/search-index/index.json',
    '/sw.js',
  ];
  const fileOf = (p: string) => path.join(BUILD, p === '/docs/introduction' ? '/docs/introduction.html' : p);

  test('gzip is served from the precompressed .gz file, byte for byte', async () => {
    for (const p of samples()) {
      const res = await get(p, {'Accept-Encoding': 'gzip'});
      expect(res.status, p).toBe(200);
      expect(res.headers['content-encoding'], p).toBe('gzip');
      expect(res.headers['vary'], p).toBe('Accept-Encoding');
      const gz = readFileSync(`${fileOf(p)}.gz`);
      expect(res.body.equals(gz), `${p}: body equals ${p}.gz on disk`).toBe(true);
    }
  });

  test('a client that does not accept gzip gets the plain file', async () => {
    for (const p of samples()) {
      const res = await get(p);
      expect(res.headers['content-encoding'], p).toBeUndefined();
      expect(res.body.equals(readFileSync(fileOf(p))), p).toBe(true);
    }
  });

  test('every compressible file of the build over 1 KiB has its .gz (none written too late)', () => {
    const files = new Set(buildFiles());
    const missing = [...files].filter(
      (f) =>
        /\.(html|js|mjs|css|json|svg|xml|txt|py|webmanifest|map)$/.test(f) &&
        readFileSync(path.join(BUILD, f)).length >= 1024 &&
        !files.has(`${f}.gz`),
    );
    expect(missing).toEqual([]);
  });
});

test('MIME types: the runtime needs application/wasm and JavaScript modules', async () => {
  const cases: [string, string][] = [
    [builtFile(/^pyodide\/[^/]+\/pyodide\.asm\.wasm$/), 'application/wasm'],
    [builtFile(/^pyodide\/[^/]+\/pyodide\.mjs$/), 'text/javascript; charset=utf-8'],
    [builtFile(/^assets\/js\/main\.[0-9a-f]+\.js$/), 'text/javascript; charset=utf-8'],
    [builtFile(/^assets\/css\/.+\.css$/), 'text/css; charset=utf-8'],
    ['/img/logo.svg', 'image/svg+xml'],
    ['/img/icon-192.png', 'image/png'],
    ['/img/social-card.jpg', 'image/jpeg'],
    ['/manifest.json', 'application/json; charset=utf-8'],
    [builtFile(/^pyodide\/[^/]+\/pyodide-lock\.json$/), 'application/json; charset=utf-8'],
    ['/search-index/index.json', 'application/json; charset=utf-8'],
    ['/search-index/files.json', 'application/json; charset=utf-8'],
    ['/search-index/text/0.txt', 'text/plain; charset=utf-8'],
    ['/docs/introduction', 'text/html; charset=utf-8'],
    ['/docs/introduction.html', 'text/html; charset=utf-8'],
    [builtFile(/^pyodide\/[^/]+\/python_stdlib\.zip$/), 'application/zip'],
    [builtFile(/^runtime\/harness\.[0-9a-f]+\.py$/), 'text/x-python; charset=utf-8'],
    ['/sitemap.xml', 'application/xml'],
  ];
  for (const [p, type] of cases) {
    const res = await get(p, {'Accept-Encoding': 'gzip'});
    expect(res.status, p).toBe(200);
    expect(res.headers['content-type'], p).toBe(type);
  }
});

test('a missing page or asset gets the site 404 page with status 404 and the security headers', async () => {
  const notFound = readFileSync(path.join(BUILD, '404.html'));
  for (const p of ['/docs/no-such-chapter', '/assets/js/no-such-file.js', '/runtime/nope.mjs', '/404.html']) {
    const res = await get(p);
    expect(res.status, p).toBe(404);
    expect(res.headers['content-type'], p).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control'], p).toBe('no-cache');
    expect(res.body.equals(notFound), `${p}: body is build/404.html`).toBe(true);
    expectSecurityHeaders(res, p);
  }
  expect(notFound.toString()).toContain('Page Not Found');
});

test("the CSP's script hash matches every inline script of the built HTML", () => {
  const hashes = configuredScriptHashes();
  expect(hashes.length, 'security-headers.conf allows inline scripts by hash only').toBeGreaterThan(0);
  const seen = new Set<string>();
  const html = buildFiles().filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(10);
  for (const file of html) {
    const text = readFileSync(path.join(BUILD, file), 'utf8');
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs = '', body = ''] = m;
      if (/\bsrc=/.test(attrs)) continue;
      // Data blocks (JSON-LD) are never executed, so CSP does not govern them.
      const type = /\btype=["']?([^"'\s>]+)/.exec(attrs)?.[1];
      if (type && !/^(text\/javascript|module)$/.test(type)) continue;
      const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
      expect(
        hashes,
        `${file}: the inline script "${body.slice(0, 60)}…" hashes to ${hash}; allow it in security-headers.conf`,
      ).toContain(hash);
      seen.add(hash);
    }
  }
  // A hash no page uses any more is an allowance nobody needs.
  expect([...seen].sort()).toEqual([...hashes].sort());
});

test('the container nginx configuration passes nginx -t', () => {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';
  const dir = path.join(REPO, '.tmp', 'nginx-t');
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  // The image's layout: nginx.conf in the config folder, deploy/nginx as site/ beside it.
  writeFileSync(path.join(dir, 'nginx.conf'), readFileSync(path.join(NGINX_DIR, 'nginx.conf')));
  symlinkSync(NGINX_DIR, path.join(dir, 'site'));
  // stdout is the access log (/dev/stdout): a file nginx can open, not the test runner's socket.
  const run = spawnSync(nginx, ['-t', '-e', 'stderr', '-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/syntax is ok/);
  expect(run.stderr).toMatch(/test is successful/);
  expect(run.stderr, 'no warnings').not.toMatch(/\[warn\]/);
});
