import {useCallback, useState} from 'react';
import type {OutputStream} from '@site/shared/runtimeProtocol';

export type OutputChunk = {readonly stream: OutputStream; readonly text: string};

/** Enough for any teaching snippet; a runaway print loop must not freeze the page. */
export const MAX_OUTPUT_CHARS = 50_000;

/** Output chunks in arrival order; consecutive chunks of one stream are merged. */
export function appendChunk(chunks: readonly OutputChunk[], next: OutputChunk): OutputChunk[] {
  const total = chunks.reduce((n, c) => n + c.text.length, 0);
  if (total > MAX_OUTPUT_CHARS) return chunks as OutputChunk[];
  const text =
    total + next.text.length > MAX_OUTPUT_CHARS
      ? `${next.text.slice(0, MAX_OUTPUT_CHARS - total)}\n… output truncated\n`
      : next.text;
  const last = chunks[chunks.length - 1];
  if (last && last.stream === next.stream)
    return [...chunks.slice(0, -1), {stream: last.stream, text: last.text + text}];
  return [...chunks, {stream: next.stream, text}];
}

export function useOutput() {
  const [chunks, setChunks] = useState<OutputChunk[]>([]);
  const append = useCallback(
    (stream: OutputStream, text: string) => setChunks((c) => appendChunk(c, {stream, text})),
    [],
  );
  const clear = useCallback(() => setChunks([]), []);
  return {chunks, append, clear};
}
