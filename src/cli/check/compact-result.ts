/**
 * Flat memory for big batches: a batch keeps every file's CheckResult until its report and results
 * workbook are written at the end, and ≈ 90 % of a result (the sheet's rows, the alignment that
 * points at them, the per-item scores) is read at the end only by what is derived from it: the
 * status, the points breakdown, the explanation requests, the appraisal rounds. So, past the first
 * files of a run, each result is "compacted" as soon as its file is done:
 *
 *  - those derivations are computed now, from the full result, and remembered for the compacted
 *    object (the engine's functions keep a memo per result: status.ts, breakdown.ts,
 *    explanation-requests.ts, rounds-report.ts), so the outputs read exactly the same values;
 *  - the bulky parts (parsed.rows and totalRow, alignment.rowFor / extra / duplicates,
 *    scores.items) go to a spill file in the temp folder, one v8-serialised record per result, and
 *    become getters that read their record back when something asks (the survey table, a seal
 *    read again, the text report, a returned requests workbook): nothing is lost, the same code
 *    reads the same values. The last record read is kept, so a pass over one result reads once.
 *
 * Everything else of the result (findings, scores per area and in total, the set, the title
 * block, the columns) stays in memory as it was. The spill file is removed as soon as it is open
 * (the open file is still read; Windows: when the process exits).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import type { Alignment, CheckResult } from '../../engine/check-result';
import type { ParsedSheet, SheetRow } from '../../engine/layout/parsed-sheet';
import type { ItemScore, ScoreResult } from '../../engine/scoring/scores';

/** What goes to the spill file: one record per result (rows shared by parsed and alignment stay shared). */
interface Bulk {
  rows: SheetRow[];
  totalRow: SheetRow | null;
  rowFor: Map<string, SheetRow> | null;
  extra: SheetRow[] | null;
  duplicates: SheetRow[] | null;
  items: ItemScore[] | null;
}

interface Place {
  offset: number;
  length: number;
}

const openSpills = new Set<ResultSpill>();
let exitHook = false;

/** An append-only temp file of Bulk records, read back on demand (synchronously: a getter cannot wait). */
export class ResultSpill {
  private fd: number | null = null;
  private file = '';
  private size = 0;
  /** The last record written or read, with its place: a pass over one result decodes it once. */
  private last: { place: Place; bulk: Bulk } | null = null;

  write(bulk: Bulk): Place {
    if (this.fd === null) this.open();
    const bytes = v8.serialize(bulk);
    const place = { offset: this.size, length: bytes.length };
    fs.writeSync(this.fd!, bytes, 0, bytes.length, place.offset);
    this.size += bytes.length;
    // The caller holds the originals now: reading them back would give equal copies.
    this.last = { place, bulk };
    return place;
  }

  read(place: Place): Bulk {
    if (this.last?.place === place) return this.last.bulk;
    if (this.fd === null) throw new Error('par-check: the spill file of this batch is closed');
    const bytes = Buffer.allocUnsafe(place.length);
    let done = 0;
    while (done < place.length) {
      const n = fs.readSync(this.fd, bytes, done, place.length - done, place.offset + done);
      if (n <= 0) throw new Error('par-check: the spill file of this batch is shorter than written');
      done += n;
    }
    const bulk = v8.deserialize(bytes) as Bulk;
    this.last = { place, bulk };
    return bulk;
  }

  /** Close and remove the file and its folder (at exit; a result compacted into it can no longer give its rows). */
  dispose(): void {
    openSpills.delete(this);
    this.last = null;
    if (this.fd === null) return;
    try {
      fs.closeSync(this.fd);
      fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
    } catch {
      // Already gone: nothing to clean.
    }
    this.fd = null;
  }

  /** One instance of each string kept by this run's compacted results: area titles, codes, labels repeat in every file. */
  private readonly strings = new Map<string, string>();

  /**
   * A structured copy of `value` for keeping: its strings fresh (a string cut from a big one, e.g.
   * a cell's text cut from the sheet's XML, keeps the big one alive: tens of kilobytes per file)
   * and each one shared with the equal strings kept before (a copy would otherwise hold its own
   * area titles, status sentences… ≈ 10 kB per file).
   */
  copy<T>(value: T): T {
    const intern = (s: string) => {
      const known = this.strings.get(s);
      if (known !== undefined) return known;
      this.strings.set(s, s);
      return s;
    };
    const walk = (x: unknown): unknown => {
      if (typeof x === 'string') return intern(x);
      if (x === null || typeof x !== 'object') return x;
      if (Array.isArray(x)) {
        for (let i = 0; i < x.length; i++) x[i] = walk(x[i]);
      } else if (x instanceof Map) {
        for (const [k, v] of x) x.set(k, walk(v));
      } else {
        const o = x as Record<string, unknown>;
        for (const k of Object.keys(o)) o[k] = walk(o[k]);
      }
      return x;
    };
    return walk(v8.deserialize(v8.serialize(value))) as T;
  }

  /** The spill file, '' before the first record (tests). */
  get location(): string {
    return this.file;
  }

  private open(): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-batch-'));
    this.file = path.join(dir, 'results.bin');
    this.fd = fs.openSync(this.file, 'w+', 0o600);
    // Off the disk's listing at once where an open file may be removed (not Windows): nothing is
    // left behind even when the process is killed. Elsewhere it goes at exit.
    if (process.platform !== 'win32') {
      try {
        fs.unlinkSync(this.file);
        fs.rmdirSync(dir);
      } catch {
        // Removed at exit instead.
      }
    }
    openSpills.add(this);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => {
        for (const s of [...openSpills]) s.dispose();
      });
    }
  }
}

/** A property read from the spill record on demand; assigning it replaces the getter with the value. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, get: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get,
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Copy `source`'s own properties in order, with `bulkKeys` read from the record instead. */
function withLazy<T extends object>(source: T, bulkKeys: Partial<Record<keyof T, () => unknown>>): T {
  const out = {} as T;
  for (const key of Object.keys(source) as (keyof T)[]) {
    const get = bulkKeys[key];
    if (get) lazy(out, key, get as () => T[keyof T]);
    else out[key] = source[key];
  }
  return out;
}

/**
 * The result with its bulky parts in `spill` (see the top of this file). `derive` is called with
 * the compacted result while its record is still at hand, so the memos it fills cost no read.
 * What stays in memory is a copy of the rest (ResultSpill.copy), as are the derived values
 * `derive` is given `keep` for.
 */
export function compactResult(
  result: CheckResult,
  spill: ResultSpill,
  derive?: (compact: CheckResult, keep: <T>(value: T) => T) => void,
): CheckResult {
  const { parsed, alignment, scores } = result;
  if (!parsed && !alignment && !scores?.items.length) return result;
  const place = spill.write({
    rows: parsed?.rows ?? [],
    totalRow: parsed?.totalRow ?? null,
    rowFor: alignment?.rowFor ?? null,
    extra: alignment?.extra ?? null,
    duplicates: alignment?.duplicates ?? null,
    items: scores?.items ?? null,
  });
  const bulk = () => spill.read(place);
  // The set is the run's own object, shared by every result: never copied.
  const kept = spill.copy<CheckResult>({
    ...result,
    set: null,
    parsed: parsed ? { ...parsed, rows: [], totalRow: null } : null,
    alignment: alignment ? { ...alignment, rowFor: new Map(), extra: [], duplicates: [] } : null,
    scores: scores ? { ...scores, items: [] } : null,
  });
  const compact: CheckResult = {
    ...kept,
    set: result.set,
    parsed: kept.parsed ? withLazy<ParsedSheet>(kept.parsed, { rows: () => bulk().rows, totalRow: () => bulk().totalRow }) : null,
    alignment: kept.alignment
      ? withLazy<Alignment>(kept.alignment, { rowFor: () => bulk().rowFor, extra: () => bulk().extra, duplicates: () => bulk().duplicates })
      : null,
    scores: kept.scores ? withLazy<ScoreResult>(kept.scores, { items: () => bulk().items }) : null,
  };
  derive?.(compact, (value) => spill.copy(value));
  return compact;
}
