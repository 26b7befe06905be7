import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {parseCodeMeta, runnableLanguage} from '../../shared/codeMeta';

type VFileLike = {path?: string};

/**
 * Checks every fenced block's meta at build time with the same parser the page uses, so a typo
 * such as `timeout=ten` or a runnable block in a language that cannot run fails the build and names
 * the file and line.
 */
export default function remarkRunnable() {
  return (tree: Root, file: VFileLike): void => {
    visit(tree, 'code', (code) => {
      const where = `${file.path ?? 'unknown file'}:${code.position?.start.line ?? '?'}`;
      try {
        const meta = parseCodeMeta(code.meta);
        if (meta.runnable && !runnableLanguage(code.lang)) {
          throw new Error(
            `"runnable" needs a Python or JavaScript block, not "${code.lang ?? 'no language'}"`,
          );
        }
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
    });
  };
}
