/**
 * Flat memory for big batches: a batch keeps every file's CheckResult until its report and results
 * workbook are written at the end. Past the first files of a run, each result is "compacted" as
 * soon as its file is done, so that what stays on the heap per file is a few hundred bytes, not the
 * result (measured over 3,000 files: ≈ 9 kB per file when a structured copy of the result stayed
 * in memory, and V8 let its heap grow to ≈ 3× what was live):
 *
 *  - the result goes to a spill file in the temp folder as up to two records: its bulk
 *    (parsed.rows and totalRow, alignment.rowFor / extra / duplicates, scores.items: ≈ 90 % of a
 *    result, v8-serialised; read only by the survey table's points and by a seal read again; a
 *    returned requests workbook's pairing checks its scoresheet again instead: wholeForReplies),
 *    written only with the parts the run's outputs may read (KeptParts: a run without --survey
 *    writes none), and its head (everything else but the sheet's name, the unit and the set, with
 *    what the outputs derive from the rows: the points breakdown, the explanation requests, the
 *    appraisal rounds, computed now from the whole result; each part v8-serialised on its own,
 *    read back only when asked for; parts that weigh nothing — null, an empty list — stay here);
 *  - the compacted result is a small object holding the sheet's name, the unit, the set (the run's
 *    own object) and where its records are; its other properties are getters shared by every
 *    result that read their part back (the parts of the last few results read are kept, so a
 *    pass over one result reads each once), whose parts read the bulk back when asked. The engine's
 *    memos find the derived values through recall hooks (breakdown.ts, explanation-requests.ts,
 *    rounds-report.ts, and season.ts for the final index the season ranks on) instead of
 *    computing them from the rows; the status (small, read by every output) stays remembered in
 *    memory (rememberStatus, through the `derive` callback, computed from the whole result).
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
import { recallFinalIndexWith } from '../../engine/results/season';
import { recallRoundsWith, reportRounds, type ReportRounds } from './rounds-report';
import { NOT_KEPT, ResultColumns, type Place } from './result-columns';
import type { ParsedSheet, SheetRow } from '../../engine/layout/parsed-sheet';
import type { ItemScore, ScoreResult } from '../../engine/scoring/scores';

/** The bulk record of a result (rows shared by parsed and alignment stay shared): only the parts the run keeps. */
interface Bulk {
  rows?: SheetRow[];
  totalRow?: SheetRow | null;
  rowFor?: Map<string, SheetRow> | null;
  extra?: SheetRow[] | null;
  duplicates?: SheetRow[] | null;
  items?: ItemScore[] | null;
}

/**
 * The bulky parts a run keeps, decided before its first file from the outputs it was asked for
 * (check.ts: `keptParts`). Serialising them is most of what compacting costs (≈ 80 kB per result
 * on the generated files: rows and alignment ≈ 56 kB, item scores ≈ 24 kB), so a run whose
 * outputs never read them (`--json` alone reads neither) does not write them. Reading a part
 * that was not kept throws (never a wrong or empty value).
 */
export interface KeptParts {
  /** parsed.rows / totalRow, alignment.rowFor / extra / duplicates. */
  rows: boolean;
  /** scores.items. */
  items: boolean;
  /**
   * The head keeps only what a run whose one output is the JSON report reads at the end (check.ts
   * `keptParts`): the file's report entry made now as text (ReportFacts), its points, the findings
   * (the exit status and the summary count them), the survey use; the season's status and index
   * are remembered as for every compacted result. The rest of the head (parsed sheet, alignment,
   * scores, set choice, the derived breakdown, requests and rounds: ≈ 5 kB of v8 serialising per
   * file, and reading them back for the report) is not written; reading it throws.
   */
  reportOnly?: boolean;
}

/**
 * What a report-only head keeps besides its findings and survey use (KeptParts.reportOnly), made
 * from the whole result where it was checked (json-report.ts `reportFacts`).
 */
export interface ReportFacts {
  /** The entry's fields that do not depend on the season, as JSON text (json-report.ts). */
  entry: string;
  /** The entry's `points` (rounded), null without a final score. */
  points: Record<string, number> | null;
  /** Whether the result has scores: a returned requests workbook is paired only with a scored sheet (pairingView). */
  scored: boolean;
}

export const KEEP_ALL: KeptParts = { rows: true, items: true };

/** A part the run did not keep was read: a wrong choice in `keptParts`, never something to answer with a guess. */
function notKept(part: string): never {
  throw new Error(
    `par-check: lỗi chương trình — phần "${part}" của kết quả đã được bỏ ra khỏi bộ nhớ vì không đầu ra nào của lần chạy này cần đến (compact-result.ts, keptParts). ` +
      `Program error: the part "${part}" of a compacted result was not kept, as no output of this run was expected to read it.`,
  );
}

const openSpills = new Set<ResultSpill>();
/** Records are written to the file in batches of about this many bytes. */
const FLUSH_BYTES = 1 << 20;
let exitHook = false;

/** An append-only temp file of Bulk records, read back on demand (synchronously: a getter cannot wait). */
export class ResultSpill {
  /** `kept`: the bulky parts this run's outputs may read (KEEP_ALL by default). */
  constructor(readonly kept: KeptParts = KEEP_ALL) {}

  private fd: number | null = null;
  private file = '';
  /** Bytes appended, and of those written to the file (the rest are `pending`). */
  private size = 0;
  private written = 0;
  /**
   * Records appended since the last write, copied into one buffer reused for the whole run: the
   * records themselves (a head's own ArrayBuffer, a worker's transferred bytes) die young instead
   * of being held until the next write, which got them promoted to the old generation with their
   * backing stores (≈ 2.5 kB a file outside the heap, freed only by a full collection: up to
   * 11 MB at 10,000 files, and the allocator's pages kept after).
   */
  private pending: Buffer | null = null;
  private pendingLength = 0;
  /** Where each compacted result of this file finds its records (one row per result). */
  readonly columns = new ResultColumns();

  /** The last record written or read, with its place: a pass over one result decodes it once. */
  private last: { place: Place; bulk: Bulk } | null = null;

  /** `bulk` is the record at `place` (just appended by a caller that still holds its objects): read without decoding. */
  remember(place: Place, bulk: Bulk): void {
    this.last = { place, bulk };
  }

  read(place: Place): Bulk {
    if (this.last && this.last.place.offset === place.offset && this.last.place.length === place.length) return this.last.bulk;
    const bulk = this.load(place) as Bulk;
    this.last = { place, bulk };
    return bulk;
  }

  /** Append bytes (a result's head: v8-serialised pieces), read back piece by piece with load(). */
  append(bytes: Uint8Array): Place {
    if (this.fd === null) this.open();
    const place = { offset: this.size, length: bytes.length };
    if (this.pendingLength + bytes.length > FLUSH_BYTES) this.flush();
    if (bytes.length >= FLUSH_BYTES) {
      // A record as big as the buffer goes to the file as it is.
      this.writeAll(bytes, this.size);
      this.written += bytes.length;
    } else {
      this.pending ??= Buffer.allocUnsafeSlow(FLUSH_BYTES);
      this.pending.set(bytes, this.pendingLength);
      this.pendingLength += bytes.length;
    }
    this.size += bytes.length;
    return place;
  }

  /** Records not written yet go to the file in one call (one write per record cost ≈ 20 µs each). */
  private flush(): void {
    if (this.pendingLength === 0 || this.fd === null || !this.pending) return;
    this.writeAll(this.pending.subarray(0, this.pendingLength), this.written);
    this.written += this.pendingLength;
    this.pendingLength = 0;
  }

  /** `bytes` written at `position` (writeSync may write less than asked: the rest from where it stopped). */
  private writeAll(bytes: Uint8Array, position: number): void {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(this.fd!, bytes, done, bytes.length - done, position + done);
  }

  load(place: Place): unknown {
    return v8.deserialize(this.bytes(place));
  }

  /** The bytes of a record, as appended. */
  bytes(place: Place): Buffer {
    return this.readInto(Buffer.allocUnsafe(place.length), place);
  }

  /** Read into `scratch` to be decoded at once: a report's 10,000 entries read without a buffer each. */
  private scratch: Buffer | null = null;

  /** The bytes at `place` as UTF-8 text (a report entry), read through a buffer reused for the run. */
  text(place: Place): string {
    if (!this.scratch || this.scratch.length < place.length) this.scratch = Buffer.allocUnsafeSlow(Math.max(place.length, 64 << 10));
    return this.readInto(this.scratch, place).toString('utf8', 0, place.length);
  }

  private readInto(bytes: Buffer, place: Place): Buffer {
    if (this.fd === null) throw new Error('par-check: the spill file of this batch is closed');
    if (place.offset + place.length > this.written) this.flush();
    let done = 0;
    while (done < place.length) {
      const n = fs.readSync(this.fd, bytes, done, place.length - done, place.offset + done);
      if (n <= 0) throw new Error('par-check: the spill file of this batch is shorter than written');
      done += n;
    }
    return bytes;
  }

  /** Close and remove the file and its folder (at exit; a result compacted into it can no longer give its rows). */
  dispose(): void {
    openSpills.delete(this);
    this.last = null;
    this.pending = null;
    this.pendingLength = 0;
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
   * A copy of `value` for keeping: its strings fresh (a string cut from a big one, e.g. a cell's
   * text cut from the sheet's XML, keeps the big one alive: tens of kilobytes per file) and each
   * one shared with the equal strings kept before (a copy would otherwise hold its own area
   * titles, status sentences… ≈ 10 kB per file). Plain objects, arrays and maps are walked here
   * (a v8 serialise and deserialise per value cost more than the copy: ≈ 3 µs each); anything
   * else (none in a result's status) goes through the structured copy.
   */
  copy<T>(value: T): T {
    return this.fresh(value) as T;
  }

  private fresh(x: unknown): unknown {
    if (typeof x === 'string') {
      const known = this.strings.get(x);
      if (known !== undefined) return known;
      // JSON gives back every string exactly (lone surrogates too) as a new flat string.
      const own = x.length === 0 ? '' : (JSON.parse(JSON.stringify(x)) as string);
      this.strings.set(own, own);
      return own;
    }
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map((v) => this.fresh(v));
    if (x instanceof Map) return new Map([...x].map(([k, v]) => [this.fresh(k), this.fresh(v)]));
    const proto = Object.getPrototypeOf(x) as unknown;
    // A Set, a Date…: the structured copy (its strings are new ones, not shared).
    if (proto !== Object.prototype && proto !== null) return v8.deserialize(v8.serialize(x));
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(x)) o[k] = this.fresh((x as Record<string, unknown>)[k]);
    return o;
  }

  /** One kept copy per distinct value given to `shared` (by its v8 serialisation: exact, Maps and undefined included). */
  private readonly values = new Map<string, unknown>();

  /**
   * A kept copy of `value` (as `copy` makes it) shared by every equal value given before: a
   * result's status repeats from file to file (the same status, counts and sentence), and a copy
   * per file held ≈ 250 bytes each (5 objects and its strings) until the end of the run. The value
   * handed out is the run's one copy: it must not be changed (nothing changes a status once made).
   */
  shared<T>(value: T): T {
    const key = v8.serialize(value).toString('latin1');
    let known = this.values.get(key);
    if (known === undefined) this.values.set(key, (known = this.copy(value)));
    return known as T;
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

/**
 * A compacted result's slot: its spill file and its row in the file's columns (result-columns.ts),
 * the two kept on the result as hidden properties (no object per result).
 */
interface Slot {
  spill: ResultSpill;
  at: number;
}

/** The derived values' pieces of a head, beside the result's own parts. */
const BREAKDOWN = '#breakdown';
const REQUESTS = '#requests';
const ROUNDS = '#rounds';
/** A report-only head's entry text (ReportFacts.entry). */
const ENTRY = '#entry';
/** The parts a report-only head keeps (KeptParts.reportOnly), beside its entry text; `parsed` too when the sheet names no unit (see packResult). */
const REPORT_PARTS = new Set<string>(['findings', 'survey']);
/** A report-only head's rounded points (ReportFacts.points). */
const POINTS = '#points';

/** Not enumerable: spreads, JSON and Object.keys do not see them. */
const SLOT = Symbol('par-check compacted result');
const SPILL = Symbol('par-check compacted result\'s spill');

/** Kept on the result itself (not spilled): small, the same for every reader. */
const PLAIN = new Set<string>(['sheetName', 'unit', 'set']);

function slotOf(result: object): Slot | undefined {
  const spill = (result as { [SPILL]?: ResultSpill })[SPILL];
  return spill && { spill, at: (result as { [SLOT]: number })[SLOT] };
}

/**
 * A part kept on the heap instead of in the head record: v8-serialising a null, an empty list or
 * a number costs a call (≈ 2 µs) and a deserialise per reader for a value that weighs nothing
 * here (findings and requests are empty on most sheets, rounds and survey often null).
 */
function isInline(value: unknown): boolean {
  return value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) && value.length === 0);
}

/** A head read back: its bytes, and each part as handed out (with its getters into the bulk). */
interface Head {
  bytes: Buffer | null;
  parts: Map<string, unknown>;
}

/**
 * The heads read last. Each part of a head is v8-serialised on its own and deserialised when it
 * is first asked for: the outputs read a result's parts in separate passes (the findings sheet
 * the findings, the components sheet the scores, the requests sheet the requests…), and a head
 * deserialised whole for each pass cost ≈ 8 whole heads per result on a `--summary` run. The
 * head's bytes are read from the file once per result kept here; a few results are kept, so code
 * going back and forth between two results reads each part once.
 */
const HEADS_KEPT = 8;
const heads = new Map<object, Head>();
/** The scores object of a head read back → its result (pointsBreakdown is asked with the scores). */
const resultOfScores = new WeakMap<object, object>();

function piece(result: object, name: string): unknown {
  const slot = slotOf(result)!;
  const columns = slot.spill.columns;
  const at = columns.names(slot.at).indexOf(name);
  if (at < 0 && columns.scoredOf(slot.at) !== undefined) notKept(name);
  if (at < 0) throw new Error(`par-check: a compacted result has no part "${name}"`);
  const length = columns.code(slot.at, at);
  if (length === NOT_KEPT) notKept(name);
  if (length < 0) return columns.inline(slot.at, at);
  if ((name === ENTRY || name === POINTS) && !heads.has(result)) {
    // A report-only head's entry and points, read once each as its entry is written: straight
    // from the file (the entry through one reused buffer), not kept with the heads read last.
    // Kept there, ≈ 4 MB of the report's young objects survived each scavenge and were promoted
    // (--trace-gc-nvp through the report, 10,000 files: 3–6 MB promoted per scavenge, none
    // without; peak RSS 145 → 138–140 MB). Why V8 kept them is not understood.
    const place = columns.row(slot.at).head!;
    const own = { offset: place.offset + columns.pieceOffset(slot.at, at), length };
    return name === ENTRY ? slot.spill.text(own) : v8.deserialize(slot.spill.bytes(own));
  }
  let head = heads.get(result);
  if (head) {
    // Most recently used last.
    heads.delete(result);
    heads.set(result, head);
  } else {
    head = { bytes: null, parts: new Map() };
    heads.set(result, head);
    if (heads.size > HEADS_KEPT) heads.delete(heads.keys().next().value!);
  }
  if (head.parts.has(name)) return head.parts.get(name);
  const place = columns.row(slot.at).head!;
  const offset = columns.pieceOffset(slot.at, at);
  const end = offset + length;
  head.bytes ??= slot.spill.bytes(place);
  const value = name === ENTRY ? head.bytes.toString('utf8', offset, end) : readBack(result, slot, name, v8.deserialize(head.bytes.subarray(offset, end)));
  head.parts.set(name, value);
  return value;
}

/** A part read back, with getters into the bulk record for what went there (or that throw for what the run did not keep). */
function readBack(result: object, slot: Slot, name: string, value: unknown): unknown {
  if (!value) return value;
  const { kept } = slot.spill;
  const bulk = () => slot.spill.read(slot.spill.columns.row(slot.at).bulk!);
  const rows = <K extends keyof Bulk>(key: K, part: string) => () => (kept.rows ? bulk()[key] : notKept(part));
  if (name === 'parsed') return withLazy<ParsedSheet>(value as ParsedSheet, { rows: rows('rows', 'parsed.rows'), totalRow: rows('totalRow', 'parsed.totalRow') });
  if (name === 'alignment') {
    return withLazy<Alignment>(value as Alignment, {
      rowFor: rows('rowFor', 'alignment.rowFor'),
      extra: rows('extra', 'alignment.extra'),
      duplicates: rows('duplicates', 'alignment.duplicates'),
    });
  }
  if (name === 'scores') {
    const scores = withLazy<ScoreResult>(value as ScoreResult, { items: () => (kept.items ? bulk().items : notKept('scores.items')) });
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
// The season's index, unless `scores` was assigned on the result since (then it is read from there).
recallFinalIndexWith((result) => {
  const slot = slotOf(result);
  return slot && Object.getOwnPropertyDescriptor(result, 'scores')?.get === accessorFor('scores').get ? { index: slot.spill.columns.finalOf(slot.at) } : undefined;
});

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

/** Whether `result` can give its `part` (a compacted result of a run that did not keep it cannot: reading it throws). */
export function keepsPart(result: CheckResult, part: 'rows' | 'items'): boolean {
  const slot = slotOf(result);
  return !slot || slot.spill.kept[part];
}

/** Called with the compacted result once it is made, a copier for what is kept, and the whole result (for values computed from it now). */
export type Derive = (compact: CheckResult, keep: <T>(value: T) => T, whole: CheckResult) => void;

/**
 * A result packed for the spill file: its records as bytes, and what the compacted result keeps
 * on the heap. Made where the result was checked (a worker of the pool: packResult), it crosses
 * to the main thread as bytes (transferred, not copied) and is adopted there (adoptPacked): the
 * main thread neither copies the whole result out of the worker's message nor serialises it again.
 */
export interface PackedResult {
  /** The result's own keys, in order (the compacted result has the same, in the same order). */
  keys: string[];
  /** sheetName and unit (PLAIN, but the set: it travels as its index, wire-checks.ts). */
  plain: Record<string, unknown>;
  /** The head record: the v8-serialised parts of `names` not kept inline, one after the other (Slot). */
  head: Uint8Array;
  names: string[];
  lengths: number[];
  inline: unknown[];
  /** The bulk record (the parts `kept` keeps), null when it keeps none. */
  bulk: Uint8Array | null;
  final: number | null;
  /** A report-only head's facts (KeptParts.reportOnly) but its points (a part of its head). */
  facts?: { scored: boolean };
}

/** The bulk record of `result`: the parts `kept` keeps, null when it keeps none. */
function bulkOf(result: CheckResult, kept: KeptParts): Bulk | null {
  const { parsed, alignment, scores } = result;
  const record: Bulk = {};
  if (kept.rows) {
    record.rows = parsed?.rows ?? [];
    record.totalRow = parsed?.totalRow ?? null;
    record.rowFor = alignment?.rowFor ?? null;
    record.extra = alignment?.extra ?? null;
    record.duplicates = alignment?.duplicates ?? null;
  }
  if (kept.items) record.items = scores?.items ?? null;
  return kept.rows || kept.items ? record : null;
}

/** Whether `result` is a compacted result (its parts in a spill file). */
export const isCompacted = (result: CheckResult): boolean => slotOf(result) !== undefined;

/** Whether compacting `result` would keep anything off the heap (a result without a sheet is kept as it is). */
export function worthCompacting(result: CheckResult): boolean {
  return Boolean(result.parsed || result.alignment || result.scores?.items.length);
}

/** A head record as its parts are added (packResult, packForReport): names, lengths, inline values, bytes. */
class HeadPieces {
  private readonly names: string[] = [];
  private readonly lengths: number[] = [];
  private readonly inline: unknown[] = [];
  private readonly pieces: Buffer[] = [];
  private size = 0;

  /** A part v8-serialised into the record, or kept inline when it weighs nothing (isInline). */
  add(name: string, value: unknown): void {
    if (isInline(value)) this.push(name, -1, value);
    else this.addBytes(name, v8.serialize(value));
  }

  /** A part already in bytes (the report entry's UTF-8). */
  addBytes(name: string, bytes: Buffer): void {
    this.push(name, bytes.length, undefined);
    this.pieces.push(bytes);
    this.size += bytes.length;
  }

  /** A part the run does not keep: reading it throws (NOT_KEPT). */
  notKept(name: string): void {
    this.push(name, NOT_KEPT, undefined);
  }

  /** The record's fields of a PackedResult; the head in one buffer of its own (not a slice of Node's pool: a worker transfers it, wire-checks.ts). */
  record(): Pick<PackedResult, 'head' | 'names' | 'lengths' | 'inline'> {
    const head = Buffer.allocUnsafeSlow(this.size);
    let at = 0;
    for (const bytes of this.pieces) at += bytes.copy(head, at);
    return { head, names: this.names, lengths: this.lengths, inline: this.inline };
  }

  private push(name: string, length: number, value: unknown): void {
    this.names.push(name);
    this.lengths.push(length);
    this.inline.push(value);
  }
}

/**
 * `result` packed for a spill file keeping `kept` (see PackedResult); `bulk`: its bulk record, when
 * already made; `facts`: with `kept.reportOnly`, what its head keeps instead of its parts (required then).
 */
export function packResult(result: CheckResult, kept: KeptParts, bulk: Bulk | null = bulkOf(result, kept), facts?: ReportFacts): PackedResult {
  if (kept.reportOnly) return packForReport(result, kept, bulk, facts);
  const { parsed, alignment, scores } = result;
  const pieces = new HeadPieces();
  const add = (name: string, value: unknown) => pieces.add(name, value);
  const keys = Object.keys(result) as (keyof CheckResult)[];
  const plain: Record<string, unknown> = {};
  for (const key of keys) {
    if (PLAIN.has(key)) {
      if (key !== 'set') plain[key] = result[key];
    } else if (key === 'parsed' && parsed) add(key, { ...parsed, rows: [], totalRow: null });
    else if (key === 'alignment' && alignment) add(key, { ...alignment, rowFor: new Map(), extra: [], duplicates: [] });
    else if (key === 'scores' && scores) add(key, { ...scores, items: [] });
    else add(key, result[key]);
  }
  // Derived from the whole result now: the same values the engine would compute from the rows.
  add(BREAKDOWN, scores ? pointsBreakdown(scores) : null);
  add(REQUESTS, explanationRequests(result));
  add(ROUNDS, reportRounds(result));
  return {
    keys,
    plain,
    ...pieces.record(),
    bulk: bulk ? v8.serialize(bulk) : null,
    final: scores?.final ? scores.final.index : null,
  };
}

/** packResult for a report-only head (KeptParts.reportOnly). */
function packForReport(result: CheckResult, kept: KeptParts, bulk: Bulk | null, facts: ReportFacts | undefined): PackedResult {
  if (!facts) throw new Error('par-check: a report-only result is packed without its report facts');
  const pieces = new HeadPieces();
  const plain: Record<string, unknown> = {};
  const keys = Object.keys(result) as (keyof CheckResult)[];
  for (const key of keys) {
    if (PLAIN.has(key)) {
      if (key !== 'set') plain[key] = result[key];
    } else if (REPORT_PARTS.has(key)) pieces.add(key, result[key]);
    // A sheet naming no unit: the season and the pairing of replies read the title block's (unitName, unitOf).
    else if (key === 'parsed' && result.unit === null && result.parsed) pieces.add(key, { ...result.parsed, rows: [], totalRow: null });
    else pieces.notKept(key);
  }
  // The entry as UTF-8 (its JSON is well-formed: lone surrogates escaped), not v8-serialised: a
  // Serializer per call cost more than the copy.
  pieces.addBytes(ENTRY, Buffer.from(facts.entry, 'utf8'));
  pieces.add(POINTS, facts.points);
  return {
    keys,
    plain,
    ...pieces.record(),
    bulk: bulk ? v8.serialize(bulk) : null,
    final: result.scores?.final ? result.scores.final.index : null,
    facts: { scored: facts.scored },
  };
}

/** A report-only result's entry text and points (KeptParts.reportOnly); undefined for any other result. */
export function reportFactsOf(result: CheckResult): { entry: string; points: Record<string, number> | null } | undefined {
  const slot = slotOf(result);
  // Not for a part assigned on the result since (the survey's points applied: then it is made again).
  if (!slot || slot.spill.columns.scoredOf(slot.at) === undefined || Object.getOwnPropertyDescriptor(result, 'findings')?.get !== accessorFor('findings').get) return undefined;
  return { entry: piece(result, ENTRY) as string, points: piece(result, POINTS) as Record<string, number> | null };
}

/** Read by any candidate's `scores` but for `!== null`: a report-only head did not keep them. */
const SCORES_NOT_KEPT = new Proxy({}, { get: (_, key) => notKept(`scores.${String(key)}`) });

/**
 * `result` as a returned requests workbook's pairing reads it (engine/appraisal/answers.ts
 * pairReplies: the set, the unit, whether it has scores): a report-only result answers "has
 * scores" from its facts; any other result is itself.
 */
export function pairingView(result: CheckResult): CheckResult {
  const slot = slotOf(result);
  const scored = slot?.spill.columns.scoredOf(slot.at);
  if (scored === undefined) return result;
  return Object.create(result, { scores: { value: scored ? SCORES_NOT_KEPT : null, enumerable: true } }) as CheckResult;
}

/**
 * The compacted result of `packed` (packResult), its records appended to `spill`, `set` its set
 * (the run's own object). `bulk`: the bulk record's objects when this thread still has them (kept
 * as the spill's last record read: a pass over this result does not decode it again).
 */
export function adoptPacked(packed: PackedResult, set: CheckResult['set'], spill: ResultSpill, bulk?: Bulk | null): CheckResult {
  const place = packed.bulk ? spill.append(packed.bulk) : null;
  if (place && bulk) spill.remember(place, bulk);
  const compact = {} as CheckResult;
  const at = spill.columns.add({
    head: packed.head.length ? spill.append(packed.head) : null,
    bulk: place,
    final: packed.final,
    scored: packed.facts?.scored,
    names: packed.names,
    lengths: packed.lengths,
    inline: packed.inline,
  });
  Object.defineProperty(compact, SPILL, { value: spill });
  Object.defineProperty(compact, SLOT, { value: at });
  for (const key of packed.keys) {
    if (key === 'set') (compact as unknown as Record<string, unknown>)[key] = set;
    else if (PLAIN.has(key)) (compact as unknown as Record<string, unknown>)[key] = spill.copy(packed.plain[key]);
    else Object.defineProperty(compact, key, accessorFor(key));
  }
  return compact;
}

/**
 * The result with its parts in `spill` (see the top of this file). `derive` is called with the
 * compacted result once it is made; `keep` gives a value's kept copy (ResultSpill.shared: fresh,
 * shared strings, one copy per distinct value).
 */
export function compactResult(result: CheckResult, spill: ResultSpill, derive?: Derive, facts?: ReportFacts): CheckResult {
  if (!worthCompacting(result)) return result;
  const bulk = bulkOf(result, spill.kept);
  const compact = adoptPacked(packResult(result, spill.kept, bulk, facts), result.set, spill, bulk);
  // Nothing of `result` is kept for reading (its strings may be cut from the sheet's XML and keep
  // it alive: megabytes per file); what `derive` keeps of it goes through `keep`.
  derive?.(compact, (value) => spill.shared(value), result);
  return compact;
}

/**
 * `next`, made from the compacted `previous` (the survey table's points applied), compacted into
 * the same spill file with its status remembered the same way; `next` itself otherwise.
 */
export function compactLike(previous: CheckResult, next: CheckResult, derive?: Derive): CheckResult {
  const slot = slotOf(previous);
  return slot ? compactResult(next, slot.spill, derive) : next;
}
