/**
 * Raw inflate of a zip entry through one zlib handle reused for every part of every file.
 *
 * WHY: `inflateRawSync` builds a whole stream object (Transform, Duplex, EventEmitter, a native
 * handle and its 32 KB window) for each call and closes it after: for the four small parts of a
 * package (≈ 600 bytes each) that costs more than the inflating, and its JavaScript is JIT-cold
 * for the first files of a batch. Here the native handle of one InflateRaw stream is reset and
 * written to directly, the loop being the one of Node's own processChunkSync (lib/zlib.js): the
 * same zlib calls on the same bytes, so the same output and the same errors. Node keeps these
 * members private (`_handle`, `_writeState`); when they are not there (another Node), every part
 * goes through `inflateRawSync` as before.
 *
 * The output goes into one scratch buffer kept between calls: the caller turns it into text at
 * once (zip.ts textOf copies it) and must not keep it.
 */
import { constants, createInflateRaw, inflateRawSync, type InflateRaw } from 'zlib';

interface NativeHandle {
  reset(): void;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
}

interface Engine {
  stream: InflateRaw;
  handle: NativeHandle;
  /** [output space left, input left] after each write (Node's `_writeState`). */
  state: Uint32Array;
}

/** Why an inflate failed: the bytes are not a deflate stream, or the output passed the cap. */
export class InflateFailed extends Error {
  constructor(readonly tooLarge: boolean) {
    super(tooLarge ? 'inflated past the cap' : 'corrupt deflate data');
  }
}

let engine: Engine | null = null;
let reusable = true;

// By its tag, not instanceof: under jest the test's realm has another Uint32Array.
const isUint32Array = (x: unknown): x is Uint32Array => Object.prototype.toString.call(x) === '[object Uint32Array]' && (x as Uint32Array).length >= 2;

function newEngine(): Engine | null {
  const stream = createInflateRaw();
  // zlib reports a data error through this (and then again on the next tick): without a
  // listener the second report would be an uncaught error.
  stream.on('error', () => {});
  const inner = stream as unknown as { _handle?: NativeHandle; _writeState?: unknown };
  const handle = inner._handle;
  const state = inner._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !isUint32Array(state)) return null;
  return { stream, handle, state };
}

/** Largest scratch buffer kept between calls; a larger part gets a buffer of its own. */
const KEEP = 1 << 20;
let scratch = Buffer.allocUnsafe(64 * 1024);

/** Node's output chunk for a part said to hold `size` bytes (zip.ts used to pass it as chunkSize). */
const chunkFor = (size: number): number => Math.max(64, Math.min(size + 1, 1 << 20));

/**
 * The inflated bytes of `raw` (a raw deflate stream): InflateFailed with tooLarge once more than
 * `max` come out, whatever `sizeHint` (the size the directory declares) says — checked, as Node
 * checks maxOutputLength, after each write of one chunk (the declared size and a byte, so a true
 * size takes one write). The answer may be a view of the scratch buffer: valid until the next call.
 */
export function inflatePart(raw: Uint8Array, sizeHint: number, max: number): Uint8Array {
  if (reusable && engine === null) {
    engine = newEngine();
    if (engine === null) reusable = false;
  }
  if (engine === null) return inflateOnce(raw, sizeHint, max);
  try {
    return inflateWith(engine, raw, sizeHint, max);
  } catch (err) {
    // Not a data error or the cap (e.g. memory): the handle may be mid-stream; a new one next time.
    if (!(err instanceof InflateFailed)) engine = null;
    throw err;
  }
}

function inflateWith({ handle, state, stream }: Engine, raw: Uint8Array, sizeHint: number, max: number): Uint8Array {
  handle.reset();
  const chunk = chunkFor(sizeHint);
  let out = roomFor(scratch, 0, chunk);
  let inOff = 0;
  let inLeft = raw.byteLength;
  let written = 0;
  for (;;) {
    handle.writeSync(constants.Z_FINISH, raw, inOff, inLeft, out, written, chunk);
    if (stream.destroyed) {
      engine = null; // a data error closes the handle: the next part gets a new one
      throw new InflateFailed(false);
    }
    const outLeft = state[0];
    const inAfter = state[1];
    written += chunk - outLeft;
    if (written > max) throw new InflateFailed(true);
    if (outLeft !== 0) break;
    // The chunk filled up: another one, from where the input stopped.
    inOff += inLeft - inAfter;
    inLeft = inAfter;
    out = roomFor(out, written, chunk);
  }
  return out.subarray(0, written);
}

/** `out`, or a larger buffer holding its first `written` bytes, with room for `chunk` more after them. */
function roomFor(out: Buffer, written: number, chunk: number): Buffer {
  const need = written + chunk;
  if (need <= out.length) return out;
  const bigger = Buffer.allocUnsafe(Math.max(need, out.length * 2));
  if (written > 0) bigger.set(out.subarray(0, written));
  if (bigger.length <= KEEP) scratch = bigger;
  return bigger;
}

/** Node's one-call inflate (a stream per call): when the handle cannot be reused. */
function inflateOnce(raw: Uint8Array, sizeHint: number, max: number): Uint8Array {
  try {
    return inflateRawSync(raw, { maxOutputLength: max, chunkSize: chunkFor(sizeHint) });
  } catch (err) {
    const tooLarge = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
    throw new InflateFailed(tooLarge);
  }
}

/** For the tests: the next calls go through `inflateRawSync` (false) or the reused handle again (true). */
export function reuseInflater(yes: boolean): void {
  reusable = yes;
  engine = null;
}

/** For the tests: whether the last call went through the reused handle (false: inflateRawSync). */
export const reusingHandle = (): boolean => reusable;
