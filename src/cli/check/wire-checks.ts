/**
 * FileChecks as they cross from a worker to the main thread. Structured cloning would give every
 * result its own copy of its criteria set (tens of kilobytes; 10,000 files would hold 10,000
 * copies), so the set travels as its index among the run's sets and the main thread puts its
 * own object back. With `pack` (a batch that compacts its results: compact-result.ts) the worker
 * also packs each result for the spill file and sends its records as bytes, transferred without a
 * copy: the main thread adopts them as they are, instead of copying the whole result out of the
 * message and serialising it again (which kept the main thread busier than the workers).
 */
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { CheckResult } from '../../engine/check-result';
import type { StatusInfo } from '../../engine/results/status';
import type { PackedResult } from './compact-result';

/** A FileCheck as far as this module needs it (check-files.ts imports this module). */
interface WithResult {
  result: CheckResult | null;
}

export interface WireCheck<C extends WithResult = WithResult> {
  check: C;
  /** Index of result.set in options.sets; -1 for options.criteria; null when there is no set. */
  set: number | null;
  /** The result packed (check.result is then null), with its status computed from the whole result. */
  packed?: PackedResult & { status: StatusInfo };
}

/** How a packed result becomes a result of the main thread (check-files.ts: its spill file). */
export type Adopt = (packed: PackedResult & { status: StatusInfo }, set: CheckResult['set']) => CheckResult;

/** How the worker packs a result, null for one not worth it (compact-result.ts packResult, worthCompacting, and the status). */
export type Pack = (result: CheckResult, check: WithResult) => (PackedResult & { status: StatusInfo }) | null;

interface SetsOf {
  sets: CriteriaSet[];
  criteria?: CriteriaSet;
}

export function toWire<C extends WithResult>(checks: C[], options: SetsOf, pack?: Pack): WireCheck<C>[] {
  return checks.map((check) => {
    if (!check.result) return { check, set: null };
    const set = check.result.set;
    const index = set ? options.sets.indexOf(set) : -2;
    // A set of its own (neither among the run's sets nor --criteria): the result is sent whole, with it.
    if (set && index < 0 && set !== options.criteria) return { check, set: null };
    const packed = pack?.(check.result, check);
    const at = set ? index : null;
    if (packed) return { check: { ...check, result: null }, set: at, packed };
    return { check: { ...check, result: { ...check.result, set: null } }, set: at };
  });
}

/** The buffers of packed results, to be transferred (not copied) with the message. */
export function transferables(wire: WireCheck[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const w of wire) {
    for (const bytes of [w.packed?.head, w.packed?.bulk]) {
      // Only a buffer the bytes own whole (v8.serialize gives one): a slice of a shared pool is copied instead.
      if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) out.push(bytes.buffer);
    }
  }
  return out;
}

export function fromWire<C extends WithResult>(wire: WireCheck<C>[], options: SetsOf, adopt?: Adopt): C[] {
  return wire.map(({ check, set, packed }) => {
    const own = set === null ? null : ((set < 0 ? options.criteria : options.sets[set]) ?? null);
    if (packed) {
      if (!adopt) throw new Error('par-check: a packed result came back from a worker of a run that does not compact its results');
      return { ...check, result: adopt(packed, own) };
    }
    if (set === null || !check.result) return check;
    return { ...check, result: { ...check.result, set: own } };
  });
}
