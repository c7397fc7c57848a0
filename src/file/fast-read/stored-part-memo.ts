/**
 * A small part's text remembered by its stored bytes (as they sit in the zip, deflated or not).
 *
 * WHY: the files of a batch come from one template, and their relationships, workbook and styles
 * parts are stored byte for byte alike: comparing a part's stored bytes with the ones seen last
 * (one memcmp of a few hundred bytes) costs far less than inflating and decoding it again — zlib's
 * set-up per stream (its Huffman tables) dominates for parts this small. The same bytes inflate to
 * the same bytes, so the text is the one the part would give. The text handed out is the same
 * string as last time, so part-memo.ts finds its reading at once (same object).
 *
 * Bounded: the last KEEP parts of at most MAX_STORED bytes each (a copy of their bytes and their
 * text). What is inflated is still counted against the file's budget (zip.ts), and a part whose
 * inflated size would pass what is left of it is inflated again, to fail as before.
 */
/** What a part's stored bytes gave. */
export interface StoredPart {
  method: number;
  stored: Uint8Array;
  /** Bytes the part inflates to (what the budget is charged). */
  inflated: number;
  text: string;
}

const KEEP = 16;
export const MAX_STORED = 8 * 1024;
const kept: StoredPart[] = [];
let next = 0;

/** The part remembered for these stored bytes (compressed with `method`), if any. */
export function storedPartOf(method: number, stored: Uint8Array): StoredPart | undefined {
  const n = stored.length;
  if (n > MAX_STORED) return undefined;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i];
    if (k.stored.length === n && k.method === method && Buffer.compare(k.stored, stored) === 0) return k;
  }
  return undefined;
}

/** Remember what these stored bytes gave (the oldest of KEEP goes); parts over MAX_STORED are not kept. */
export function rememberStoredPart(method: number, stored: Uint8Array, inflated: number, text: string): void {
  if (stored.length > MAX_STORED) return;
  // (A copy: `stored` is a view of the file, which must not be kept alive by this.)
  const part: StoredPart = { method, stored: new Uint8Array(stored), inflated, text };
  if (kept.length < KEEP) kept.push(part);
  else kept[next] = part;
  next = (next + 1) % KEEP;
}

/** For the tests: forget every part. */
export function forgetStoredParts(): void {
  kept.length = 0;
  next = 0;
}
