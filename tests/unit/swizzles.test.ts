import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {INTERNALS} from '@site/config/swizzles';

const require = createRequire(import.meta.url);
const SITE = path.resolve(__dirname, '../..');
const libDir = (pkg: string) => path.dirname(require.resolve(pkg));

type Safety = 'safe' | 'unsafe' | 'forbidden';
const {default: getSwizzleConfig} = require('@docusaurus/theme-classic/lib/getSwizzleConfig.js') as {
  default: () => {components: Record<string, {actions: {eject: Safety; wrap: Safety}}>};
};
const classicConfig = getSwizzleConfig().components;

/** Our theme folders: the site's and each plugin's (getThemePath). */
const THEME_DIRS = [
  path.join(SITE, 'src/theme'),
  ...readdirSync(path.join(SITE, 'plugins'))
    .map((name) => path.join(SITE, 'plugins', name, 'theme'))
    .filter((dir) => existsSync(dir)),
];

/** Theme components of ours, by name (`CodeBlock/Content`), with the file that defines each. */
function themeComponents(): {name: string; file: string}[] {
  return THEME_DIRS.flatMap((dir) =>
    readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .map((file) => ({file, name: path.relative(dir, file).replace(/(\/index)?\.tsx?$/, '')})),
  );
}

/** Where a theme component's original lives, if Docusaurus (or a plugin of theirs) provides one. */
function originalOf(name: string): string | null {
  for (const pkg of ['@docusaurus/theme-classic', '@docusaurus/plugin-pwa']) {
    for (const candidate of [`theme/${name}/index.js`, `theme/${name}.js`]) {
      const file = path.join(libDir(pkg), candidate);
      if (existsSync(file)) return file;
    }
  }
  return null;
}

describe('theme internals this site depends on (config/swizzles.ts)', () => {
  it.each(INTERNALS.map((i) => [i.name, i] as const))(
    '%s still exists where we expect it',
    (_name, internal) => {
      expect(existsSync(path.join(libDir(internal.original.package), internal.original.file))).toBe(true);
      expect(existsSync(path.join(SITE, internal.by)), internal.by).toBe(true);
      expect(internal.why.length).toBeGreaterThan(20);
    },
  );

  it('lists every theme component of ours that overrides one Docusaurus does not call safe', () => {
    const listed = new Set(INTERNALS.map((i) => i.name));
    const unlisted: string[] = [];
    const overriding = themeComponents().filter(({name}) => originalOf(name) !== null);
    expect(overriding.map((c) => c.name)).toEqual(expect.arrayContaining(['CodeBlock', 'CodeBlock/Content']));
    for (const {name, file} of overriding) {
      const wraps = /@theme-(original|init)\//.test(readFileSync(file, 'utf8'));
      const actions = classicConfig[name]?.actions;
      // Objects such as MDXComponents cannot be wrapped by the CLI: ejecting and spreading the
      // original is the documented way, so an object that is safe to eject counts as safe.
      const safe = actions && (actions[wraps ? 'wrap' : 'eject'] === 'safe' || actions.eject === 'safe');
      if (!safe && !listed.has(`@theme/${name}`)) unlisted.push(`${name} (${path.relative(SITE, file)})`);
    }
    expect(unlisted).toEqual([]);
  });

  it('marks as unsafe in Docusaurus what it lists (a component made safe can leave the list)', () => {
    for (const {name} of INTERNALS.filter((i) => i.name.startsWith('@theme/') && i.use !== 'imported')) {
      const component = name.slice('@theme/'.length);
      expect(classicConfig[component]?.actions.wrap ?? 'unsafe', component).not.toBe('safe');
    }
  });
});
