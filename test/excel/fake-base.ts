/**
 * The request-context mechanics of the fake Excel, faithful where the adapter could go wrong:
 * commands are QUEUED and only run at sync(), in order; a property read before it was loaded
 * AND synced throws (as Office.js does); a failing command rejects the sync and drops the rest of
 * the batch (commands before it stay done). Every load, read and sync is recorded.
 */
import { FakeOfficeError, type FakeSheet } from './fake-model';

export interface FakeHost {
  syncs: number;
  log: string[];
  enableEvents: boolean;
  /** Sheets changed by the batch being run, for onChanged (only while events are on). */
  touched: Set<FakeSheet>;
  /** Errors the next syncs throw before running anything (e.g. cell edit mode). */
  failNext: string[];
  fireChanged(sheet: FakeSheet, address: string, triggerSource: string | undefined): void;
  /** triggerSource Excel puts on events caused by this add-in (undefined before ExcelApi 1.14). */
  ownTriggerSource: string | undefined;
}

export class FakeContextBase {
  private queue: { label: string; run: () => void }[] = [];

  constructor(readonly host: FakeHost) {}

  enqueue(label: string, run: () => void): void {
    this.queue.push({ label, run });
  }

  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.host.syncs++;
    this.host.log.push('sync');
    const ops = this.queue;
    this.queue = [];
    const failure = this.host.failNext.shift();
    if (failure) throw new FakeOfficeError(failure);
    this.host.touched.clear();
    try {
      for (const op of ops) op.run();
    } finally {
      const touched = [...this.host.touched];
      this.host.touched.clear();
      // Excel delivers change events after the batch, asynchronously.
      for (const sheet of touched) this.host.fireChanged(sheet, '', this.host.ownTriggerSource);
    }
  }

  /** Marks a sheet as changed by this batch and refuses when it is protected. */
  mutate(sheet: FakeSheet, label: string, change: () => void, allowOnProtected = false): void {
    if (sheet.protected && !allowOnProtected) {
      throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${label}).`);
    }
    change();
    if (this.host.enableEvents) this.host.touched.add(sheet);
  }
}

/** Base of every proxy: load() queues, reads check that the load has been synced. */
export class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContextBase,
    readonly kind: string,
  ) {}

  /** Queues a load of `names`; `fetch` computes them when the sync runs. */
  protected queueLoad(names: string[], fetch: () => Record<string, unknown>): void {
    this.ctx.host.log.push(`load ${this.kind}(${names.join(',')})`);
    this.ctx.enqueue(`load ${this.kind}`, () => {
      const d = fetch();
      for (const n of names) this.loaded.set(n, d[n]);
    });
  }

  protected read<T>(name: string): T {
    this.ctx.host.log.push(`read ${this.kind}.${name}`);
    if (!this.loaded.has(name)) {
      throw new Error(`PropertyNotLoaded: ${this.kind}.${name} was read before load() and sync()`);
    }
    return this.loaded.get(name) as T;
  }
}

/** Top-level property names of a load() argument ("a,b/c", ["a"], { a: true }). */
export function loadNames(arg: unknown): string[] {
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim().replace(/^items\//, '').split('/')[0]).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadNames(a));
  if (arg && typeof arg === 'object') return Object.keys(arg).filter((k) => !k.startsWith('$'));
  return [];
}

/** ClientResult: value readable only after the sync that computed it. */
export class FakeResult<T> {
  private ready = false;
  private v: T | undefined;

  constructor(
    private readonly ctx: FakeContextBase,
    label: string,
    compute: () => T,
  ) {
    ctx.host.log.push(`load ${label}`);
    ctx.enqueue(label, () => {
      this.v = compute();
      this.ready = true;
    });
  }

  get value(): T {
    if (!this.ready) throw new Error('PropertyNotLoaded: ClientResult.value read before sync()');
    return this.v as T;
  }
}

export function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} was not found`);
}
