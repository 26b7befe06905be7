import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';
import {loadOnce} from '@site/src/utils/loadOnce';

type Highlighted = ComponentType<Props>;

/**
 * The highlighter (Prism, its languages, the runnable snippets) once loaded. The server bundle
 * (plugins/deferred-content defines SSR_BUNDLE) has it from the start: server rendering must not
 * suspend, since React would then stream the blocks with inline scripts that the CSP forbids.
 */
export let Highlighter: Highlighted | null =
  process.env.SSR_BUNDLE === 'true'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('./Highlighted') as {default: Highlighted}).default
    : null;

const loadChunk = loadOnce(() => import('./Highlighted').then((m) => (Highlighter = m.default)));

export function loadHighlighter(): Promise<Highlighted> {
  return Highlighter ? Promise.resolve(Highlighter) : loadChunk();
}
