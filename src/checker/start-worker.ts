/**
 * Starts the page's checking worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))` and
 * bundles check-worker.ts as its own file next to the page's bundle. Only the page's entry
 * (index.tsx) imports this module: `import.meta` cannot reach the tests (CommonJS) or the CLI.
 * Throws where workers cannot start (a page opened from file:// in Chrome): the page then checks
 * in its own thread (worker/runner.ts).
 */
import type { WorkerFactory, WorkerLike } from './worker/protocol';

export const startCheckWorker: WorkerFactory = () =>
  // @ts-expect-error import.meta: this module is bundled as an ES module by webpack/esbuild only (tsconfig says commonjs for jest and the CLI)
  new Worker(new URL('./check-worker.ts', import.meta.url)) as unknown as WorkerLike;
