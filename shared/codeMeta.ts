/**
 * Parses the meta string of a fenced code block (the text after the language), e.g.
 *   python runnable title="psi.py" timeout=20 {3-5} showLineNumbers
 * Tokenised, never substring-matched: `alive` is not `live`, and `title="a runnable"` is a title.
 */

export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 120;

export const RUNNABLE_LANGUAGES = ['python', 'py', 'javascript', 'js'] as const;
export type RunnableLanguage = 'python' | 'javascript';

/** The parts of a lab exercise (src/labs/Exercise): ```python stub```, ```python tests```, ```python solution```. */
export const EXERCISE_PARTS = ['stub', 'tests', 'solution'] as const;
export type ExercisePart = (typeof EXERCISE_PARTS)[number];

export type CodeMeta = {
  readonly runnable: boolean;
  readonly title?: string;
  /** A link target for the block (id="psi-snippet"), e.g. for a simulator that mirrors it. */
  readonly id?: string;
  /** Set when the block is part of an exercise. */
  readonly exercise?: ExercisePart;
  /** Seconds; set only for runnable blocks. */
  readonly timeout?: number;
  /** Other tokens, left to Docusaurus (line highlights, showLineNumbers, …). */
  readonly rest: readonly string[];
};

export class MetaError extends Error {
  constructor(message: string, meta: string) {
    super(`Invalid code block meta ${JSON.stringify(meta)}: ${message}`);
    this.name = 'MetaError';
  }
}

type Token = {readonly key: string; readonly value?: string; readonly raw: string};

function tokenize(meta: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < meta.length) {
    if (/\s/.test(meta[i]!)) {
      i += 1;
      continue;
    }
    const start = i;
    if (meta[i] === '{') {
      const end = meta.indexOf('}', i);
      if (end < 0) throw new MetaError(`unclosed "{" at column ${i + 1}`, meta);
      i = end + 1;
      tokens.push({key: meta.slice(start, i), raw: meta.slice(start, i)});
      continue;
    }
    const keyMatch = /^[A-Za-z_][\w-]*/.exec(meta.slice(i));
    if (!keyMatch) throw new MetaError(`unexpected "${meta[i]}" at column ${i + 1}`, meta);
    const key = keyMatch[0];
    i += key.length;
    if (meta[i] !== '=') {
      tokens.push({key, raw: key});
      continue;
    }
    i += 1;
    let value = '';
    const quote = meta[i];
    if (quote === '"' || quote === "'") {
      i += 1;
      let closed = false;
      while (i < meta.length) {
        const ch = meta[i]!;
        if (ch === '\\' && i + 1 < meta.length) {
          value += meta[i + 1];
          i += 2;
          continue;
        }
        if (ch === quote) {
          closed = true;
          i += 1;
          break;
        }
        value += ch;
        i += 1;
      }
      if (!closed) throw new MetaError(`unterminated ${quote} in the value of "${key}"`, meta);
    } else {
      const bare = /^[^\s"']*/.exec(meta.slice(i))![0];
      if (!bare) throw new MetaError(`"${key}=" has no value`, meta);
      value = bare;
      i += bare.length;
    }
    tokens.push({key, value, raw: meta.slice(start, i)});
  }
  return tokens;
}

export function parseCodeMeta(meta: string | undefined | null): CodeMeta {
  const source = meta ?? '';
  let runnable = false;
  let title: string | undefined;
  let timeout: number | undefined;
  let id: string | undefined;
  let exercise: ExercisePart | undefined;
  const rest: string[] = [];
  for (const token of tokenize(source)) {
    switch (token.key) {
      case 'stub':
      case 'tests':
      case 'solution':
        if (token.value !== undefined)
          throw new MetaError(`"${token.key}" is a flag and takes no value`, source);
        if (exercise)
          throw new MetaError(`a block is one exercise part, not "${exercise}" and "${token.key}"`, source);
        exercise = token.key;
        break;
      case 'id':
        if (token.value === undefined || !/^[a-z][a-z0-9-]*$/.test(token.value))
          throw new MetaError('"id" needs a lowercase slug value, e.g. id="psi-snippet"', source);
        id = token.value;
        break;
      case 'runnable':
        if (token.value !== undefined) throw new MetaError('"runnable" is a flag and takes no value', source);
        runnable = true;
        break;
      case 'title':
        if (token.value === undefined)
          throw new MetaError('"title" needs a value, e.g. title="app.py"', source);
        title = token.value;
        break;
      case 'timeout': {
        const n = Number(token.value);
        if (
          token.value === undefined ||
          !/^\d+(\.\d+)?$/.test(token.value) ||
          n <= 0 ||
          n > MAX_TIMEOUT_SECONDS
        ) {
          throw new MetaError(
            `"timeout" must be a number of seconds between 0 and ${MAX_TIMEOUT_SECONDS}`,
            source,
          );
        }
        timeout = n;
        break;
      }
      default:
        rest.push(token.raw);
    }
  }
  if (timeout !== undefined && !runnable)
    throw new MetaError('"timeout" applies only to runnable blocks', source);
  if (exercise && runnable)
    throw new MetaError(
      `an exercise's "${exercise}" block is checked by the exercise, not "runnable"`,
      source,
    );
  return {
    runnable,
    title,
    timeout: runnable ? (timeout ?? DEFAULT_TIMEOUT_SECONDS) : undefined,
    ...(id !== undefined && {id}),
    ...(exercise !== undefined && {exercise}),
    rest,
  };
}

/** The runtime for a fenced block's language, or null if it cannot run. */
export function runnableLanguage(lang: string | undefined | null): RunnableLanguage | null {
  if (lang === 'python' || lang === 'py') return 'python';
  if (lang === 'javascript' || lang === 'js') return 'javascript';
  return null;
}
