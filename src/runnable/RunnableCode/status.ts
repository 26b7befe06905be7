import type {RunStatus} from '@site/src/runnable/runner';

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** What the status line says, in words a reader understands. */
export function describeStatus(status: RunStatus, languageName: string, now: number): string {
  switch (status.phase) {
    case 'idle':
      return '';
    case 'starting':
      return 'Starting…';
    case 'queued':
      return 'Waiting for another snippet to finish…';
    case 'loading':
      // The download is kept by the browser; starting the runtime happens once on each page.
      return status.total > 0 && status.loaded < status.total
        ? `Downloading the ${languageName} runtime (kept for later visits): ${mb(status.loaded)} of ${mb(status.total)} MB`
        : `Starting ${languageName} (a few seconds, once per page)…`;
    case 'running':
      return `Running… ${seconds(Math.max(0, Math.round(now - status.startedAt)))}`;
    case 'done':
      return `Finished in ${seconds(status.ms)}`;
    case 'error':
      return `Stopped by an error after ${seconds(status.ms)}`;
    case 'exit':
      return `The program called sys.exit(${status.code}) after ${seconds(status.ms)}`;
    case 'stopped':
      return `Stopped by you after ${seconds(status.ms)}`;
    case 'timeout':
      return `Timed out after ${status.seconds} s: the run was stopped`;
    case 'failed':
      return status.offline
        ? `Could not start ${languageName}: you are offline, and its runtime is not saved in this browser yet. ` +
            `Reconnect and press Run again; once it has run, it also works offline.` +
            (languageName === 'Python'
              ? ' To have it ready before going offline, use “Make Python available offline” on the home page.'
              : '')
        : `Could not run: ${status.message}`;
  }
}

export function isActive(status: RunStatus): boolean {
  return (
    status.phase === 'loading' ||
    status.phase === 'running' ||
    status.phase === 'queued' ||
    status.phase === 'starting'
  );
}
