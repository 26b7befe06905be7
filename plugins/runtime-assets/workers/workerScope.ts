import type {FromWorker, ToWorker} from '../../../shared/runtimeProtocol';

/** The part of a dedicated worker's global scope the workers use (the DOM lib has no worker types). */
export type WorkerScope = {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
