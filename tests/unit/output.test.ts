import {appendChunk, MAX_OUTPUT_CHARS, type OutputChunk} from '@site/src/runnable/RunnableCode/useOutput';
import {describeStatus, isActive} from '@site/src/runnable/RunnableCode/status';

describe('output handling', () => {
  it('keeps arrival order and merges consecutive chunks of one stream', () => {
    let chunks: OutputChunk[] = [];
    chunks = appendChunk(chunks, {stream: 'stdout', text: 'a\n'});
    chunks = appendChunk(chunks, {stream: 'stdout', text: 'b\n'});
    chunks = appendChunk(chunks, {stream: 'stderr', text: 'oops\n'});
    chunks = appendChunk(chunks, {stream: 'stdout', text: 'c\n'});
    expect(chunks).toEqual([
      {stream: 'stdout', text: 'a\nb\n'},
      {stream: 'stderr', text: 'oops\n'},
      {stream: 'stdout', text: 'c\n'},
    ]);
  });

  it('truncates runaway output with a visible note and then ignores the rest', () => {
    let chunks: OutputChunk[] = [];
    for (let i = 0; i < 100; i += 1) chunks = appendChunk(chunks, {stream: 'stdout', text: 'x'.repeat(1000)});
    const text = chunks.map((c) => c.text).join('');
    expect(text.length).toBeLessThan(MAX_OUTPUT_CHARS + 40);
    expect(text).toMatch(/… output truncated\n$/);
  });
});

describe('status line', () => {
  it('describes every phase in words', () => {
    expect(describeStatus({phase: 'loading', loaded: 3_000_000, total: 12_000_000}, 'Python', 0)).toBe(
      'Downloading the Python runtime (kept for later visits): 3.0 of 12.0 MB',
    );
    // Downloaded, or nothing to download: the runtime is starting, not waiting for anything.
    expect(describeStatus({phase: 'loading', loaded: 12_000_000, total: 12_000_000}, 'Python', 0)).toBe(
      'Starting Python (a few seconds, once per page)…',
    );
    expect(describeStatus({phase: 'loading', loaded: 0, total: 0}, 'JavaScript', 0)).toBe(
      'Starting JavaScript (a few seconds, once per page)…',
    );
    expect(describeStatus({phase: 'starting'}, 'Python', 0)).toBe('Starting…');
    expect(describeStatus({phase: 'running', startedAt: 1000}, 'Python', 2500)).toBe('Running… 1.5 s');
    expect(describeStatus({phase: 'done', ms: 35}, 'Python', 0)).toBe('Finished in 35 ms');
    expect(describeStatus({phase: 'error', ms: 12}, 'Python', 0)).toBe('Stopped by an error after 12 ms');
    expect(describeStatus({phase: 'exit', ms: 5, code: '3'}, 'Python', 0)).toBe(
      'The program called sys.exit(3) after 5 ms',
    );
    expect(describeStatus({phase: 'stopped', ms: 2100}, 'Python', 0)).toBe('Stopped by you after 2.1 s');
    expect(describeStatus({phase: 'timeout', seconds: 10}, 'Python', 0)).toBe(
      'Timed out after 10 s: the run was stopped',
    );
    expect(describeStatus({phase: 'failed', message: 'boom'}, 'Python', 0)).toBe('Could not run: boom');
    expect(describeStatus({phase: 'failed', message: 'boom', offline: true}, 'Python', 0)).toMatch(
      /^Could not start Python: you are offline, and its runtime is not saved in this browser yet\. Reconnect/,
    );
    expect(describeStatus({phase: 'failed', message: 'boom', offline: true}, 'Python', 0)).toMatch(
      /“Make Python available offline” on the home page\.$/,
    );
    expect(describeStatus({phase: 'failed', message: 'boom', offline: true}, 'JavaScript', 0)).toMatch(
      /it also works offline\.$/,
    );
  });

  it('knows which phases are in progress', () => {
    expect(isActive({phase: 'running', startedAt: 0})).toBe(true);
    expect(isActive({phase: 'loading', loaded: 0, total: 0})).toBe(true);
    expect(isActive({phase: 'starting'})).toBe(true);
    expect(isActive({phase: 'done', ms: 1})).toBe(false);
  });
});
