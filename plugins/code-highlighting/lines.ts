/** What a code block's lines need from Docusaurus' code-block metadata (createCodeBlockMetadata). */
export type LineMetadata = {
  /** The block's code as written, magic comments included. */
  readonly codeInput: string;
  /** The code shown: without the magic-comment lines. */
  readonly code: string;
  /** Classes per shown line (line highlighting). */
  readonly lineClassNames: Readonly<Record<number, readonly string[]>>;
  readonly lineNumbersStart: number | undefined;
};

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** Global classes of numbered lines (theme/CodeBlock/Content/styles.module.css). */
export const LINE_CLASSES = {line: 'code-line', number: 'code-line-number', content: 'code-line-content'};

/**
 * The HTML inside a code block's <code>: the build-time highlighted lines (one per line of the code
 * as written) for the lines Docusaurus shows, or the shown code as escaped text. Docusaurus removes
 * whole lines only (magic comments), so the shown lines are found in order among the written ones.
 * Lines are plain text joined by newlines, the fewest nodes; each gets an element of its own only
 * when a line is highlighted or lines are numbered.
 */
export function renderLines(metadata: LineMetadata, highlighted: string | null): string {
  const shown = metadata.code.split('\n');
  let html: string[];
  if (highlighted === null) {
    html = shown.map(escapeHtml);
  } else {
    const written = metadata.codeInput.replace(/\r?\n$/, '').split('\n');
    const highlightedLines = highlighted.split('\n');
    if (highlightedLines.length !== written.length) html = shown.map(escapeHtml);
    else {
      let at = 0;
      html = shown.map((line) => {
        while (at < written.length && written[at] !== line) at += 1;
        return at < written.length ? highlightedLines[at++]! : escapeHtml(line);
      });
    }
  }
  const numbered = metadata.lineNumbersStart !== undefined;
  const classed = Object.values(metadata.lineClassNames).some((c) => c.length > 0);
  if (!numbered && !classed) return html.join('\n');
  return html
    .map((line, i) => {
      const classes = [
        'token-line',
        ...(metadata.lineClassNames[i] ?? []),
        ...(numbered ? [LINE_CLASSES.line] : []),
      ];
      const content = numbered
        ? `<span class="${LINE_CLASSES.number}"></span><span class="${LINE_CLASSES.content}">${line}</span>`
        : line;
      return `<div class="${classes.join(' ')}">${content}<br></div>`;
    })
    .join('');
}
