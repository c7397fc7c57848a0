/**
 * Where each compacted result of a batch finds its records (compact-result.ts), kept in typed
 * columns, one row per result, instead of an object per result: a result's slot was 7 objects and
 * arrays (≈ 480 bytes a file in a heap snapshot at the report of 10,000 files) held until the run
 * ends; a row here is ≈ 45 bytes of typed arrays plus its part codes, and the collector never
 * walks it. The compacted result keeps only its row number.
 *
 * A result's parts (its head record's pieces) are coded per part in one pool of int32s: a length
 * in bytes (≥ 0: the piece is in the head record, after the pieces with a length before it), or a
 * code for a value kept without a piece (INLINE_*, NOT_KEPT). The part names are the shape's
 * (one list per shape of result: every result of a run has one of a few).
 */

/** Where a record is in the spill file. */
export interface Place {
  offset: number;
  length: number;
}

/** A part the run did not keep: reading it throws. */
export const NOT_KEPT = -2;
/** Values kept without a piece (a piece would cost a serialise and a deserialise for nothing). */
const INLINE_NULL = -3;
const INLINE_UNDEFINED = -4;
const INLINE_EMPTY_LIST = -5;
const INLINE_TRUE = -6;
const INLINE_FALSE = -7;
/** Any other value kept without a piece (a number): in a map beside the columns (rare). */
const INLINE_OTHER = -8;

/**
 * The empty list every compacted result hands out for an empty part (findings, requests…): one
 * object, frozen so that a push on it throws instead of adding to every result's list.
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);

/** A part's code for `value` kept without a piece (see isInline in compact-result.ts). */
function inlineCode(value: unknown): number {
  if (value === null) return INLINE_NULL;
  if (value === undefined) return INLINE_UNDEFINED;
  if (value === true) return INLINE_TRUE;
  if (value === false) return INLINE_FALSE;
  if (Array.isArray(value) && value.length === 0) return INLINE_EMPTY_LIST;
  return INLINE_OTHER;
}

/** What a row gives back. */
export interface Row {
  head: Place | null;
  bulk: Place | null;
  /** The final index the season ranks on, null without a final score. */
  final: number | null;
  /** For a report-only head (KeptParts.reportOnly): whether the result has scores; undefined otherwise. */
  scored: boolean | undefined;
  names: readonly string[];
}

/** What a row is made from. */
export interface NewRow extends Row {
  /** Per part (of `names`): its length in the head record, NOT_KEPT, or -1 for a value kept in `inline`. */
  lengths: readonly number[];
  inline: readonly unknown[];
}

function grown<T extends Float64Array | Int32Array | Int8Array>(column: T, size: number): T {
  if (size <= column.length) return column;
  const bigger = new (column.constructor as new (n: number) => T)(Math.max(size, column.length * 2));
  bigger.set(column);
  return bigger;
}

export class ResultColumns {
  private rows = 0;
  private headOffset = new Float64Array(64);
  /** -1: no head record (every part kept without a piece). */
  private headLength = new Int32Array(64);
  private bulkOffset = new Float64Array(64);
  /** -1: no bulk record. */
  private bulkLength = new Int32Array(64);
  /** NaN: no final score. */
  private final = new Float64Array(64);
  /** -1: not a report-only head; else 0 / 1. */
  private scored = new Int8Array(64);
  private shape = new Int32Array(64);
  /** Where the row's part codes start in `codes`. */
  private codesAt = new Int32Array(64);
  private codes = new Int32Array(1024);
  private codesUsed = 0;
  private readonly shapes: (readonly string[])[] = [];
  private readonly shapeOf = new Map<string, number>();
  private lastShape = -1;
  /** INLINE_OTHER values by `${row}:${part}`. */
  private readonly other = new Map<string, unknown>();

  get length(): number {
    return this.rows;
  }

  /** The row's number. */
  add(row: NewRow): number {
    const at = this.rows++;
    if (at >= this.headOffset.length) {
      const n = at + 1;
      this.headOffset = grown(this.headOffset, n);
      this.headLength = grown(this.headLength, n);
      this.bulkOffset = grown(this.bulkOffset, n);
      this.bulkLength = grown(this.bulkLength, n);
      this.final = grown(this.final, n);
      this.scored = grown(this.scored, n);
      this.shape = grown(this.shape, n);
      this.codesAt = grown(this.codesAt, n);
    }
    this.headOffset[at] = row.head ? row.head.offset : 0;
    this.headLength[at] = row.head ? row.head.length : -1;
    this.bulkOffset[at] = row.bulk ? row.bulk.offset : 0;
    this.bulkLength[at] = row.bulk ? row.bulk.length : -1;
    this.final[at] = row.final === null ? NaN : row.final;
    this.scored[at] = row.scored === undefined ? -1 : row.scored ? 1 : 0;
    this.shape[at] = this.shapeFor(row.names);
    this.codes = grown(this.codes, this.codesUsed + row.names.length);
    this.codesAt[at] = this.codesUsed;
    row.lengths.forEach((length, part) => {
      let code = length;
      if (length === -1) {
        code = inlineCode(row.inline[part]);
        if (code === INLINE_OTHER) this.other.set(`${at}:${part}`, row.inline[part]);
      }
      this.codes[this.codesUsed++] = code;
    });
    return at;
  }

  row(at: number): Row {
    this.check(at);
    return {
      head: this.headLength[at] < 0 ? null : { offset: this.headOffset[at], length: this.headLength[at] },
      bulk: this.bulkLength[at] < 0 ? null : { offset: this.bulkOffset[at], length: this.bulkLength[at] },
      final: Number.isNaN(this.final[at]) ? null : this.final[at],
      scored: this.scored[at] < 0 ? undefined : this.scored[at] === 1,
      names: this.shapes[this.shape[at]],
    };
  }

  names(at: number): readonly string[] {
    this.check(at);
    return this.shapes[this.shape[at]];
  }

  finalOf(at: number): number | null {
    this.check(at);
    return Number.isNaN(this.final[at]) ? null : this.final[at];
  }

  scoredOf(at: number): boolean | undefined {
    this.check(at);
    return this.scored[at] < 0 ? undefined : this.scored[at] === 1;
  }

  /** The part's code: its length in the head record (≥ 0), NOT_KEPT, or an inline code (< NOT_KEPT). */
  code(at: number, part: number): number {
    this.check(at);
    return this.codes[this.codesAt[at] + part];
  }

  /** Where the part's piece starts in the head record (the lengths of the pieces before it). */
  pieceOffset(at: number, part: number): number {
    this.check(at);
    let offset = 0;
    for (let k = this.codesAt[at], end = k + part; k < end; k++) if (this.codes[k] > 0) offset += this.codes[k];
    return offset;
  }

  /** The value of a part kept without a piece (code below NOT_KEPT). */
  inline(at: number, part: number): unknown {
    const code = this.code(at, part);
    if (code === INLINE_NULL) return null;
    if (code === INLINE_UNDEFINED) return undefined;
    if (code === INLINE_TRUE) return true;
    if (code === INLINE_FALSE) return false;
    if (code === INLINE_EMPTY_LIST) return EMPTY_LIST;
    if (code === INLINE_OTHER) return this.other.get(`${at}:${part}`);
    throw new Error(`par-check: part ${part} of compacted result ${at} is not kept inline (code ${code})`);
  }

  private shapeFor(names: readonly string[]): number {
    // Most results have the shape of the one before: compared without building a key.
    const last = this.lastShape >= 0 ? this.shapes[this.lastShape] : null;
    if (last && names.length === last.length && names.every((n, i) => n === last[i])) return this.lastShape;
    const key = names.join('\u0000');
    let known = this.shapeOf.get(key);
    if (known === undefined) {
      known = this.shapes.length;
      this.shapes.push(names.slice());
      this.shapeOf.set(key, known);
    }
    this.lastShape = known;
    return known;
  }

  private check(at: number): void {
    if (!(at >= 0 && at < this.rows)) throw new Error(`par-check: no compacted result ${at} in this batch's columns`);
  }
}
