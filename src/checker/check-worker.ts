/**
 * The page's checking worker (a dedicated Web Worker): reads and checks one workbook at a time
 * off the page's main thread, so the page stays responsive however many files are dropped; and a
 * hostile file that hangs or eats memory here can be stopped (terminated) without losing the page.
 * Started by start-worker.ts; the messages are in worker/protocol.ts.
 */
import { handleMessage, newWorkerState } from './worker/handle-message';
import type { FromWorker, ToWorker } from './worker/protocol';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

const scope = self as unknown as WorkerScope;
const state = newWorkerState();
// Messages are handled in order: a check waits for the inputs sent before it.
let chain: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  chain = chain.then(() => handleMessage(state, event.data, (m, transfer) => scope.postMessage(m, transfer)));
};
scope.postMessage({ type: 'ready' }, []);
