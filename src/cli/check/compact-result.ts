/**
 * Flat memory for big batches: a batch keeps every file's CheckResult until its report and results
 * workbook are written at the end. Past the first files of a run, each result is "compacted" as
 * soon as its file is done, so that what stays on the heap per file is a few hundred bytes, not the
 * result (measured over 3,000 files: ≈ 9 kB per file when a structured copy of the result stayed
 * in memory, and V8 let its heap grow to ≈ 3× what was live):
 *
 *  - the result goes to a spill file in the temp folder as two v8-serialised records: its bulk
 *    (parsed.rows and totalRow, alignment.rowFor / extra / duplicates, scores.items: ≈ 90 % of a
 *    result, read only by the survey table, the unit sheets, a seal read again, the text report,
 *    a returned requests workbook) and its head (everything else but the sheet's name, the unit
 *    and the set, with what the outputs derive from the rows: the points breakdown, the
 *    explanation requests, the appraisal rounds, computed now from the whole result);
 *  - the compacted result is a small object holding the sheet's name, the unit, the set (the run's
 *    own object) and where its records are; its other properties are getters that read their
 *    piece of the head back (one v8-serialised piece per part: the season reads only the scores,
 *    the findings sheet only the findings; the pieces of the last few results read are kept, so
 *    a pass over one result reads each once), whose parts read the bulk back when asked. The engine's memos find the derived values through
 *    recall hooks (breakdown.ts, explanation-requests.ts, rounds-report.ts) instead of computing
 *    them from the rows; the status (small, read by every output) stays remembered in memory
 *    (rememberStatus, through the `derive` callback).
 *
 * Nothing is lost and the same code reads the same values. A part assigned on the compacted result
 * itself (`result.findings = …`) replaces its getter for good; one assigned inside a part read
 * back (`result.parsed.rows = …`) lasts only while that head is kept: nothing in a run does that
 * after the checks. The spill file is removed as soon as it is open (the open file is still read;
 * Windows: when the process exits).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import type { Alignment, CheckResult } from '../../engine/check-result';
import { explanationRequests, recallRequestsWith, type ExplanationRequest } from '../../engine/appraisal/explanation-requests';
import { pointsBreakdown, recallBreakdownsWith, type PointsBreakdown } from '../../engine/results/breakdown';
import { recallRoundsWith, reportRounds, type ReportRounds } from './rounds-report';
import type { ParsedSheet, SheetRow } from '../../engine/layout/parsed-sheet';
import type { ItemScore, ScoreResult } from '../../engine/scoring/scores';

/** The bulk record of a result (rows shared by parsed and alignment stay shared). */
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

  /** Append a bulk record (kept as the last one read: the caller holds the originals now). */
  write(bulk: Bulk): Place {
    const place = this.append(v8.serialize(bulk));
    this.last = { place, bulk };
    return place;
  }

  read(place: Place): Bulk {
    if (this.last?.place === place) return this.last.bulk;
    const bulk = this.load(place) as Bulk;
    this.last = { place, bulk };
    return bulk;
  }

  /** Append bytes (a result's head: v8-serialised pieces), read back piece by piece with load(). */
  append(bytes: Buffer): Place {
    if (this.fd === null) this.open();
    const place = { offset: this.size, length: bytes.length };
    fs.writeSync(this.fd!, bytes, 0, bytes.length, place.offset);
    this.size += bytes.length;
    return place;
  }

  load(place: Place): unknown {
    if (this.fd === null) throw new Error('par-check: the spill file of this batch is closed');
    const bytes = Buffer.allocUnsafe(place.length);
    let done = 0;
    while (done < place.length) {
      const n = fs.readSync(this.fd, bytes, done, place.length - done, place.offset + done);
      if (n <= 0) throw new Error('par-check: the spill file of this batch is shorter than written');
      done += n;
    }
    return v8.deserialize(bytes);
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

/** A property read from a record on demand; assigning it replaces the getter with the value. */
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

/** What a compacted result holds on the heap besides its three plain properties. */
interface Slot {
  spill: ResultSpill;
  /** The head record: one v8-serialised piece per name of `names`, `lengths` bytes each, in order. */
  head: Place;
  names: readonly string[];
  lengths: number[];
  bulk: Place;
}

/** The derived values' pieces of a head, beside the result's own parts. */
const BREAKDOWN = '#breakdown';
const REQUESTS = '#requests';
const ROUNDS = '#rounds';

/** Not enumerable: spreads, JSON and Object.keys do not see it. */
const SLOT = Symbol('par-check compacted result');

/** Kept on the result itself (not spilled): small, the same for every reader. */
const PLAIN = new Set<string>(['sheetName', 'unit', 'set']);

const slotOf = (result: object): Slot | undefined => (result as { [SLOT]?: Slot })[SLOT];

/** One array of piece names per shape of result (every result of a run has one of a few). */
const nameLists = new Map<string, readonly string[]>();
function sharedNames(names: string[]): readonly string[] {
  const key = names.join('\u0000');
  let known = nameLists.get(key);
  if (!known) nameLists.set(key, (known = names));
  return known;
}

/**
 * The pieces of the heads read last, each read from the file when first asked for (the season
 * asks only for the scores, the findings sheet only for the findings). A few results are kept, so
 * code going back and forth between two results reads each piece once.
 */
const HEADS_KEPT = 8;
const heads = new Map<object, Map<string, unknown>>();
/** The scores object of a head read back → its result (pointsBreakdown is asked with the scores). */
const resultOfScores = new WeakMap<object, object>();

function piece(result: object, name: string): unknown {
  let pieces = heads.get(result);
  if (pieces) {
    // Most recently used last.
    heads.delete(result);
    heads.set(result, pieces);
    if (pieces.has(name)) return pieces.get(name);
  } else {
    pieces = new Map();
    heads.set(result, pieces);
    if (heads.size > HEADS_KEPT) heads.delete(heads.keys().next().value!);
  }
  const slot = slotOf(result)!;
  const at = slot.names.indexOf(name);
  if (at < 0) throw new Error(`par-check: a compacted result has no part "${name}"`);
  let offset = slot.head.offset;
  for (let k = 0; k < at; k++) offset += slot.lengths[k];
  const value = readBack(result, slot, name, slot.spill.load({ offset, length: slot.lengths[at] }));
  pieces.set(name, value);
  return value;
}

/** A part read back, with getters into the bulk record for what went there. */
function readBack(result: object, slot: Slot, name: string, value: unknown): unknown {
  if (!value) return value;
  const bulk = () => slot.spill.read(slot.bulk);
  if (name === 'parsed') return withLazy<ParsedSheet>(value as ParsedSheet, { rows: () => bulk().rows, totalRow: () => bulk().totalRow });
  if (name === 'alignment') {
    return withLazy<Alignment>(value as Alignment, { rowFor: () => bulk().rowFor, extra: () => bulk().extra, duplicates: () => bulk().duplicates });
  }
  if (name === 'scores') {
    const scores = withLazy<ScoreResult>(value as ScoreResult, { items: () => bulk().items });
    resultOfScores.set(scores, result);
    return scores;
  }
  return value;
}

recallBreakdownsWith((scores) => {
  const result = resultOfScores.get(scores);
  return result ? ((piece(result, BREAKDOWN) as PointsBreakdown | null) ?? undefined) : undefined;
});
recallRequestsWith((result) => (slotOf(result) ? (piece(result, REQUESTS) as ExplanationRequest[]) : undefined));
recallRoundsWith((result) => (slotOf(result) ? { rounds: piece(result, ROUNDS) as ReportRounds | null } : undefined));

/** One getter and setter per property name, shared by every compacted result (no closure per result). */
const accessors = new Map<string, PropertyDescriptor>();
function accessorFor(key: string): PropertyDescriptor {
  let known = accessors.get(key);
  if (!known) {
    known = {
      enumerable: true,
      configurable: true,
      get(this: object) {
        return piece(this, key);
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      },
    };
    accessors.set(key, known);
  }
  return known;
}

/**
 * The result with its parts in `spill` (see the top of this file). `derive` is called with the
 * compacted result once it is made; `keep` copies a value for keeping (ResultSpill.copy: fresh,
 * shared strings).
 */
export function compactResult(
  result: CheckResult,
  spill: ResultSpill,
  derive?: (compact: CheckResult, keep: <T>(value: T) => T) => void,
): CheckResult {
  const { parsed, alignment, scores } = result;
  if (!parsed && !alignment && !scores?.items.length) return result;
  const bulk = spill.write({
    rows: parsed?.rows ?? [],
    totalRow: parsed?.totalRow ?? null,
    rowFor: alignment?.rowFor ?? null,
    extra: alignment?.extra ?? null,
    duplicates: alignment?.duplicates ?? null,
    items: scores?.items ?? null,
  });
  const names: string[] = [];
  const pieces: Buffer[] = [];
  const add = (name: string, value: unknown) => {
    names.push(name);
    pieces.push(v8.serialize(value));
  };
  for (const key of Object.keys(result) as (keyof CheckResult)[]) {
    if (PLAIN.has(key)) continue;
    if (key === 'parsed' && parsed) add(key, { ...parsed, rows: [], totalRow: null });
    else if (key === 'alignment' && alignment) add(key, { ...alignment, rowFor: new Map(), extra: [], duplicates: [] });
    else if (key === 'scores' && scores) add(key, { ...scores, items: [] });
    else add(key, result[key]);
  }
  // Derived from the whole result now: the same values the engine would compute from the rows.
  add(BREAKDOWN, scores ? pointsBreakdown(scores) : null);
  add(REQUESTS, explanationRequests(result));
  add(ROUNDS, reportRounds(result));
  const compact = {} as CheckResult;
  const slot: Slot = { spill, head: spill.append(Buffer.concat(pieces)), names: sharedNames(names), lengths: pieces.map((b) => b.length), bulk };
  Object.defineProperty(compact, SLOT, { value: slot });
  for (const key of Object.keys(result) as (keyof CheckResult)[]) {
    if (PLAIN.has(key)) (compact as unknown as Record<string, unknown>)[key] = key === 'set' ? result.set : spill.copy(result[key]);
    else Object.defineProperty(compact, key, accessorFor(key));
  }
  // Nothing of `result` is kept for reading (its strings may be cut from the sheet's XML and keep
  // it alive: megabytes per file); `derive` reads the pieces back like any later reader.
  derive?.(compact, (value) => spill.copy(value));
  return compact;
}

/**
 * `next`, made from the compacted `previous` (the survey table's points applied), compacted into
 * the same spill file with its status remembered the same way; `next` itself otherwise.
 */
export function compactLike(
  previous: CheckResult,
  next: CheckResult,
  derive?: (compact: CheckResult, keep: <T>(value: T) => T) => void,
): CheckResult {
  const slot = slotOf(previous);
  return slot ? compactResult(next, slot.spill, derive) : next;
}
