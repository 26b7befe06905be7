/**
 * Docker cannot run in the test environment, so the image definition is checked as text: pinned base
 * images, a multi-stage build from the lock file, an unprivileged runtime, a health check, and the
 * tested nginx configuration copied where nginx.conf expects it.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

type Instruction = {readonly keyword: string; readonly args: string; readonly line: number};

/** Splits a Dockerfile into instructions: joins continuation lines, drops comments and blank lines. */
function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) start = i + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      return;
    }
    const full = (pending + line).trim();
    pending = '';
    const m = /^(\S+)\s*(.*)$/.exec(full)!;
    out.push({keyword: m[1]!.toUpperCase(), args: m[2]!, line: start});
  });
  if (pending) throw new Error('Dockerfile ends with a line continuation');
  return out;
}

/** Splits the instructions into build stages, one per FROM. */
function stages(instructions: Instruction[]) {
  const result: {image: string; name?: string; body: Instruction[]}[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const asIndex = words.findIndex((w) => w.toUpperCase() === 'AS');
      result.push({image: words[0]!, name: asIndex >= 0 ? words[asIndex + 1] : undefined, body: []});
    } else if (result.length > 0) {
      result[result.length - 1]!.body.push(ins);
    } else if (ins.keyword !== 'ARG') {
      throw new Error(`line ${ins.line}: ${ins.keyword} before the first FROM`);
    }
  }
  return result;
}

/** An image reference is pinned when it names an exact version tag (x.y.z…) or a digest. */
function isPinned(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const tag = /:([^/:@]+)$/.exec(image)?.[1];
  if (!tag || /latest|stable|mainline|current|lts/i.test(tag)) return false;
  return /^v?\d+\.\d+\.\d+/.test(tag);
}

describe('parseDockerfile', () => {
  it('joins continuation lines and skips comments', () => {
    const parsed = parseDockerfile('# c\nFROM a:1.2.3 AS b\n\nRUN x \\\n  # inner\n  && y\nUSER 101\n');
    expect(parsed).toEqual([
      {keyword: 'FROM', args: 'a:1.2.3 AS b', line: 2},
      {keyword: 'RUN', args: 'x && y', line: 4},
      {keyword: 'USER', args: '101', line: 7},
    ]);
  });

  it('tells pinned image references from floating ones', () => {
    expect(isPinned('node:20.20.2-bookworm-slim')).toBe(true);
    expect(isPinned('nginx@sha256:' + 'a'.repeat(64))).toBe(true);
    expect(isPinned('nginx')).toBe(false);
    expect(isPinned('nginx:latest')).toBe(false);
    expect(isPinned('node:20')).toBe(false);
    expect(isPinned('nginxinc/nginx-unprivileged:stable-alpine')).toBe(false);
    expect(isPinned('registry:5000/nginx')).toBe(false);
  });
});

describe('deploy/Dockerfile', () => {
  const instructions = parseDockerfile(read('deploy/Dockerfile'));
  const all = stages(instructions);
  const build = all[0]!;
  const runtime = all[all.length - 1]!;
  const args = (stage: typeof build, keyword: string) =>
    stage.body.filter((i) => i.keyword === keyword).map((i) => i.args);

  it('is a multi-stage build whose base images are pinned versions, never latest', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const stage of all) {
      expect(stage.image, 'no latest').not.toMatch(/:latest\b/);
      expect(isPinned(stage.image), `${stage.image} is pinned`).toBe(true);
    }
  });

  it('builds with Node 20 from the lock file (npm ci, npm run build)', () => {
    expect(build.image).toMatch(/^node:20\./);
    expect(build.name).toBe('build');
    const runs = args(build, 'RUN').join('\n');
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).toMatch(/\bnpm run build\b/);
    expect(runs).not.toMatch(/\bnpm install\b/);
    // The lock file is copied before `npm ci`, so the dependency layer is reused across content edits.
    const copies = args(build, 'COPY');
    expect(copies[0]).toMatch(/package\.json package-lock\.json/);
  });

  it('serves with nginx as a non-root user', () => {
    expect(runtime.image).toMatch(/^nginxinc\/nginx-unprivileged:/);
    const users = args(runtime, 'USER');
    expect(users.length, 'an explicit USER').toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(0|root)(:|$)/);
  });

  it('copies the tested nginx configuration where nginx.conf includes it, and the built site', () => {
    const copies = args(runtime, 'COPY');
    expect(copies).toContain('deploy/nginx/nginx.conf /etc/nginx/nginx.conf');
    expect(copies).toContain('deploy/nginx/ /etc/nginx/site/');
    expect(copies).toContain('--from=build /app/build /usr/share/nginx/html');
    expect(read('deploy/nginx/nginx.conf')).toMatch(/include site\/site\.conf;/);
    expect(read('deploy/nginx/nginx.conf')).toMatch(/root \/usr\/share\/nginx\/html;/);
  });

  it('has a HEALTHCHECK against the port nginx listens on and a path the site answers', () => {
    const checks = instructions.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(checks).toHaveLength(1);
    const check = checks[0]!.args;
    expect(check).toMatch(/\bCMD\b/);
    const url = /http:\/\/127\.0\.0\.1:(\d+)(\/\S*)/.exec(check);
    expect(url, 'the health check requests a local URL').not.toBeNull();
    const port = url![1]!;
    expect(read('deploy/nginx/nginx.conf')).toMatch(new RegExp(`listen ${port};`));
    expect(args(runtime, 'EXPOSE')).toEqual([port]);
    expect(read('deploy/nginx/site.conf')).toContain(`location = ${url![2]} {`);
  });

  it('has a .dockerignore that keeps dependencies and build output out of the context', () => {
    expect(existsSync(path.join(REPO, '.dockerignore'))).toBe(true);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const entry of ['node_modules', 'build', '.docusaurus', '.runtime-static', '.git'])
      expect(ignored).toContain(entry);
  });
});
