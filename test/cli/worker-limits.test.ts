/**
 * The pool starts each worker with a bounded heap (worker-pool.ts): the old generation's limit and
 * a small young generation (V8 otherwise grows a worker's young generation to 32 MB or more and
 * keeps it: tens of megabytes of RSS on a big batch). A worker script of the test answers with the
 * limits it was started with (worker_threads.resourceLimits).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runPool, WORKER_HEAP_MB, WORKER_YOUNG_MB } from '../../src/cli/check/worker-pool';

const SCRIPT = `
const { parentPort, resourceLimits } = require('worker_threads');
parentPort.on('message', (job) => parentPort.postMessage({ type: 'done', index: job.index, result: resourceLimits }));
parentPort.postMessage({ type: 'ready' });
`;

describe('worker pool limits', () => {
  it('starts every worker with the old and young generation limits', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-limits-'));
    const script = path.join(dir, 'limits-worker.js');
    fs.writeFileSync(script, SCRIPT);
    try {
      const answers: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }[] = [];
      const inputs = [0, 1, 2].map((i) => ({ file: `${i}.xlsx`, path: path.join(dir, `${i}.xlsx`) }));
      const left = await runPool(inputs, { options: {}, faults: {} }, { script, size: 2, timeLimitMs: 10_000, heapMb: WORKER_HEAP_MB }, {
        done: (_, result: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }) => void answers.push(result),
        failed: () => {
          throw new Error('no file should fail');
        },
      });
      expect(left).toEqual([]);
      expect(answers).toHaveLength(3);
      for (const limits of answers) {
        expect(limits.maxOldGenerationSizeMb).toBe(WORKER_HEAP_MB);
        expect(limits.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_MB);
      }
      expect(WORKER_YOUNG_MB).toBe(8);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
