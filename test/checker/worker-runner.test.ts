/**
 * The page's checking workers (src/checker/worker): the protocol run through a fake Worker that
 * copies every message by structured clone (as a browser does) and hands it to the real message
 * handler; timeouts, a worker that dies, and the fall-back to the page's thread.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MAX_FILE_BYTES, tooBigProblem } from '../../src/checker/check-file';
import { bundledSets } from '../../src/engine/criteria/registry';
import { handleMessage, newWorkerState } from '../../src/checker/worker/handle-message';
import { crashedProblem, stoppedProblem } from '../../src/checker/worker/problems';
import type { FromWorker, ToWorker, WorkerLike } from '../../src/checker/worker/protocol';
import { workerRunner } from '../../src/checker/worker/runner';
import { fileProblems } from '../../src/file/sniff';
import { pdfBytes } from '../helpers/bad-files';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));

type Behaviour = 'real' | 'hang' | 'crash-on-check' | 'fail-to-load';

/** A Worker stand-in: messages cross by structuredClone; `behaviour` says what it does. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  received: ToWorker['type'][] = [];
  /** What the worker answered, as the page received it. */
  answered: FromWorker[] = [];
  terminated = false;
  private state = newWorkerState();

  constructor(private behaviour: Behaviour) {
    // A worker speaks only after its script loaded: never synchronously.
    void Promise.resolve().then(() => {
      if (this.behaviour === 'fail-to-load') this.onerror?.({ message: 'script could not load' });
      else this.send({ type: 'ready' });
    });
  }

  private send(m: FromWorker) {
    if (this.terminated) return;
    const copy = structuredClone(m);
    this.answered.push(copy);
    this.onmessage?.({ data: copy });
  }

  postMessage(message: ToWorker) {
    if (this.terminated) return;
    this.received.push(message.type);
    const copy = structuredClone(message);
    if (copy.type === 'check' && this.behaviour === 'hang') return; // never answers
    if (copy.type === 'check' && this.behaviour === 'crash-on-check') {
      void Promise.resolve().then(() => this.onerror?.({ message: 'out of memory' }));
      return;
    }
    void handleMessage(this.state, copy, (m) => this.send(m));
  }

  terminate() {
    this.terminated = true;
  }
}

function factoryOf(...behaviours: Behaviour[]) {
  const made: FakeWorker[] = [];
  const factory = () => {
    const w = new FakeWorker(behaviours[Math.min(made.length, behaviours.length - 1)]);
    made.push(w);
    return w;
  };
  return { made, factory };
}

const inputs = { sets: bundledSets(), survey: null, exemptions: null };

describe('checking in a worker', () => {
  afterEach(() => jest.useRealTimers());

  it('checks files in the worker: same scores as the engine, inputs sent once, the set linked back to the page’s own', async () => {
    const { made, factory } = factoryOf('real');
    const runner = workerRunner(factory, { size: 1 });
    const [yte, pdf] = await Promise.all([
      runner.check(sample('so-y-te-2024.xlsx'), 'so-y-te-2024.xlsx', inputs),
      runner.check(new Uint8Array(pdfBytes()), 'bao-cao.xlsx', inputs),
    ]);
    if (!yte.ok) throw new Error(yte.problem.en);
    // Sample figures (README, test/checker/check-file.test.ts): final index 84.66, F35 above its max.
    expect(yte.results[0].unit).toBe('Sở Y tế');
    expect(yte.results[0].scores?.final?.index).toBeCloseTo(84.66, 2);
    expect(yte.results[0].findings.some((f) => f.code === 'score.aboveMax' && f.cell === 'F35')).toBe(true);
    // The set crossed as a copy and was linked back to the page's object.
    expect(yte.results[0].set).toBe(inputs.sets.find((s) => s.id === 'mau-so-nganh-2024'));
    expect(yte.hash).toMatch(/^(sha256:[0-9a-f]{64}|fnv:)/);
    expect(pdf).toEqual({ ok: false, problem: fileProblems.pdf });
    expect(made).toHaveLength(1);
    expect(made[0].received).toEqual(['inputs', 'check', 'check']);
    expect(runner.where()).toBe('worker');

    // New inputs (a set loaded): sent again before the next check.
    const more = { ...inputs, sets: [...inputs.sets] };
    await runner.check(sample('so-tu-phap-2024.xlsx'), 'so-tu-phap-2024.xlsx', more);
    expect(made[0].received).toEqual(['inputs', 'check', 'check', 'inputs', 'check']);
    runner.dispose();
    expect(made[0].terminated).toBe(true);
  });

  it('a picked File is read in the worker and its bytes come back; the set crosses as its index, not a copy', async () => {
    const { made, factory } = factoryOf('real');
    const runner = workerRunner(factory, { size: 1 });
    const bytes = sample('so-y-te-2024.xlsx');
    const out = await runner.check(new Blob([bytes]), 'so-y-te-2024.xlsx', inputs);
    if (!out.ok) throw new Error(out.problem.en);
    expect(Buffer.compare(Buffer.from(out.bytes), Buffer.from(bytes))).toBe(0);
    const set = inputs.sets.find((s) => s.id === 'mau-so-nganh-2024');
    expect(out.results[0].set).toBe(set);
    const done = made[0].answered.find((m) => m.type === 'done');
    if (done?.type !== 'done' || !done.outcome.ok) throw new Error('no done message');
    expect(done.outcome.results[0].set).toBeNull();
    expect(done.outcome.setIndex).toEqual([inputs.sets.indexOf(set!)]);
    expect(done.bytes?.length).toBe(bytes.length);
    // Bytes given (a file checked again): not sent back.
    await runner.check(bytes, 'so-y-te-2024.xlsx', inputs);
    const again = made[0].answered.filter((m) => m.type === 'done')[1];
    expect(again?.type === 'done' && again.bytes).toBeNull();
    // A File over the limit is not read: its sentence (30 MB + 1 byte).
    const big = await runner.check(new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]), 'lon.xlsx', inputs);
    expect(big).toEqual({ ok: false, problem: tooBigProblem(MAX_FILE_BYTES + 1) });
    runner.dispose();
  });

  it('stops a check that runs too long, says so for that file, and goes on with a fresh worker', async () => {
    jest.useFakeTimers();
    const { made, factory } = factoryOf('hang', 'real');
    const runner = workerRunner(factory, { size: 1, timeoutMs: 8000 });
    const hung = runner.check(new Uint8Array([1]), 'bom.xlsx', inputs);
    const next = runner.check(new Uint8Array(pdfBytes()), 'bao-cao.xlsx', inputs);
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(7999);
    expect(made[0].terminated).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(hung).resolves.toEqual({ ok: false, problem: stoppedProblem(8) });
    expect(stoppedProblem(8).vi).toContain('bị dừng sau 8 giây');
    expect(made[0].terminated).toBe(true);
    jest.useRealTimers();
    // The second file is checked by a second worker.
    await expect(next).resolves.toEqual({ ok: false, problem: fileProblems.pdf });
    expect(made).toHaveLength(2);
    runner.dispose();
  });

  it('a worker that dies on a file: that file gets a sentence, the next one a new worker', async () => {
    const { made, factory } = factoryOf('crash-on-check', 'real');
    const runner = workerRunner(factory, { size: 1 });
    const [dead, good] = await Promise.all([
      runner.check(new Uint8Array([1]), 'bom.xlsx', inputs),
      runner.check(new Uint8Array(pdfBytes()), 'bao-cao.xlsx', inputs),
    ]);
    expect(dead).toEqual({ ok: false, problem: crashedProblem });
    expect(good).toEqual({ ok: false, problem: fileProblems.pdf });
    expect(made.map((w) => w.terminated)).toEqual([true, false]);
    runner.dispose();
  });

  it('checks in the page’s thread where no worker can start (constructor throws, or the script fails to load)', async () => {
    const throwing = workerRunner(() => {
      throw new Error('SecurityError: file:// pages cannot start workers');
    });
    const a = await throwing.check(new Uint8Array(pdfBytes()), 'bao-cao.xlsx', inputs);
    expect(a).toEqual({ ok: false, problem: fileProblems.pdf });
    expect(throwing.where()).toBe('thread');
    expect(throwing.capacity()).toBe(1);

    const { made, factory } = factoryOf('fail-to-load');
    const failing = workerRunner(factory, { size: 2 });
    const b = await failing.check(sample('so-tu-phap-2024.xlsx'), 'so-tu-phap-2024.xlsx', inputs);
    if (!b.ok) throw new Error(b.problem.en);
    expect(b.results[0].scores?.self.index).toBeCloseTo(91.73, 2);
    expect(failing.where()).toBe('thread');
    // One worker tried, then given up on (not one per file).
    expect(made.length).toBeLessThanOrEqual(2);
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  it('checks up to `size` files at once, each on its own worker', async () => {
    const { made, factory } = factoryOf('real');
    const runner = workerRunner(factory, { size: 2 });
    const names = ['so-y-te-2024.xlsx', 'so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx'];
    const out = await Promise.all(names.map((n) => runner.check(sample(n), n, inputs)));
    expect(out.map((o) => (o.ok ? o.results[0].unit : o.problem.en))).toEqual(['Sở Y tế', 'Sở Tư pháp', 'Sở Xây dựng']);
    expect(made).toHaveLength(2);
    expect(made.map((w) => w.received.filter((t) => t === 'check').length).sort()).toEqual([1, 2]);
    runner.dispose();
  });
});
