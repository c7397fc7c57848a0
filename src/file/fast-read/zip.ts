/**
 * Minimal read-only zip access for .xlsx packages: the central directory is parsed once and a
 * part is inflated only when asked for. Anything unusual (zip64, encryption, an unknown method, a
 * truncated entry) throws FastReadError so the caller falls back to ExcelJS.
 */
import { isAscii } from 'buffer';
import { decodePart, InflateBudget } from '../input-limits';
import { FastReadError } from './errors';
import { InflateFailed, inflatePart } from './inflate';
import { rememberStoredPart, storedPartOf } from './stored-part-memo';
import { partName, type ZipParts } from './zip-parts';

interface Entry {
  method: number;
  compressedSize: number;
  /** As the directory declares it: a hint for the output buffer's size, never trusted as a limit. */
  size: number;
  localOffset: number;
}

export type { ZipParts } from './zip-parts';

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * A part's text: ASCII bytes (most worksheets: their texts sit in the shared strings) copied as
 * one-byte characters, which is what UTF-8 decoding gives for them at a fraction of the cost;
 * anything else through decodePart (UTF-8, or UTF-16 after a byte-order mark).
 */
function textOf(bytes: Uint8Array): string {
  return isAscii(bytes) ? latin1Slice.call(bytes, 0, bytes.length) : decodePart(bytes);
}

/** Buffer's own one-byte copy, callable on any Uint8Array (Buffer.toString looks the encoding up by name first). */
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice(this: Uint8Array, from: number, to: number): string }).latin1Slice;

/**
 * An entry's name: ASCII (nearly every name) copied as it is, which both decoders give for it,
 * without a TextDecoder call per entry; anything else by the decoder its flag names.
 */
function entryName(data: Uint8Array, from: number, to: number, utf8Flag: boolean): string {
  for (let i = from; i < to; i++) if (data[i] >= 0x80) return (utf8Flag ? utf8 : latin1).decode(data.subarray(from, to));
  return latin1Slice.call(data, from, to);
}

function findEocd(view: DataView, length: number): number {
  const min = Math.max(0, length - 22 - 0xffff);
  for (let i = length - 22; i >= min; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  throw new FastReadError('no end of central directory');
}

/**
 * `budget` counts the bytes really inflated (InputLimitError past MAX_INFLATED_BYTES): the sizes
 * the directory declares are never trusted, and entries sharing one stream count each time.
 */
export function openZip(data: Uint8Array, budget = new InflateBudget()): ZipParts {
  if (data.length < 22) throw new FastReadError('too short for a zip');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEocd(view, data.length);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new FastReadError('zip64 is not handled');
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) throw new FastReadError('bad central directory');
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new FastReadError('encrypted entry');
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const name = entryName(data, at + 46, Math.min(at + 46 + nameLen, data.length), (flags & 0x800) !== 0);
    const compressedSize = view.getUint32(at + 20, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new FastReadError('zip64 entry');
    entries.set(partName(name), { method: view.getUint16(at + 10, true), compressedSize, size: view.getUint32(at + 24, true), localOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }

  /** The entry's bytes as stored in the file (a view of it). */
  function storedOf(e: Entry): Uint8Array {
    const lo = e.localOffset;
    if (lo + 30 > data.length || view.getUint32(lo, true) !== 0x04034b50) throw new FastReadError('bad local header');
    const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
    const end = start + e.compressedSize;
    if (end > data.length) throw new FastReadError('truncated entry');
    return data.subarray(start, end);
  }

  /** The entry's bytes: a view of the inflater's scratch buffer, to be turned into text at once. */
  function bytesOf(e: Entry, raw: Uint8Array): Uint8Array {
    if (e.method === 0) {
      budget.take(raw.length);
      return raw;
    }
    if (e.method !== 8) throw new FastReadError(`compression method ${e.method}`);
    let out: Uint8Array;
    try {
      // The output cap stops a bomb after `left` bytes, whatever the directory says.
      out = inflatePart(raw, e.size, Math.max(1, budget.left));
    } catch (err) {
      if (err instanceof InflateFailed ? err.tooLarge : err instanceof RangeError) budget.exceeded();
      throw new FastReadError('corrupt deflate data');
    }
    budget.take(out.length);
    return out;
  }

  /**
   * The entry's text; a small part stored as one seen lately gives that one's text
   * (stored-part-memo.ts), its inflated size counted as if inflated again (and inflated again
   * when that would pass the cap, to fail as it fails). A part that `varies` from file to file is
   * neither looked up nor kept: it would push out the parts that repeat.
   */
  function textOfEntry(e: Entry, varies: boolean): string {
    const raw = storedOf(e);
    if (varies) return textOf(bytesOf(e, raw));
    const known = storedPartOf(e.method, raw);
    if (known !== undefined && known.inflated <= Math.max(1, budget.left)) {
      budget.take(known.inflated);
      return known.text;
    }
    const bytes = bytesOf(e, raw);
    const text = textOf(bytes);
    rememberStoredPart(e.method, raw, bytes.length, text);
    return text;
  }

  // Part names are case-insensitive in the package format (some writers spell "Sheet1.xml"): a
  // name not found as spelled is compared lower-cased with every entry's name, in directory order
  // (the first one wins). Most lookups find theirs; a missing part (a sheet without relationships)
  // costs a walk over a few names rather than a map of every name folded.
  const find = (name: string): Entry | undefined => {
    const e = entries.get(name);
    if (e !== undefined) return e;
    const lower = name.toLowerCase();
    for (const [other, entry] of entries) if (other.toLowerCase() === lower) return entry;
    return undefined;
  };
  return {
    has: (name) => find(name) !== undefined,
    names: () => [...entries.keys()],
    text(name, varies = false) {
      const e = find(name);
      return e ? textOfEntry(e, varies) : null;
    },
  };
}
