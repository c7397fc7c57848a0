/**
 * The reused inflater (fast-read/inflate.ts) against Node's one-call inflateRawSync, which it
 * stands in for: for random deflate streams (stored, fixed and dynamic blocks; empty to 200 KB),
 * declared sizes true or lying, output caps below, at and above the true size, and corrupt or cut
 * streams, both give the same bytes, or both refuse for the same reason (past the cap / bad
 * data). Calls follow each other on one handle, so a part after a failed one is covered too.
 */
import fc from 'fast-check';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { InflateFailed, inflatePart, reuseInflater, reusingHandle } from '../../src/file/fast-read/inflate';

type Outcome = { bytes: string } | { failed: 'tooLarge' | 'corrupt' };

/** What Node's inflateRawSync gives (as zip.ts called it before the inflater was reused). */
function nodeInflate(raw: Uint8Array, size: number, max: number): Outcome {
  try {
    const out = inflateRawSync(raw, { maxOutputLength: max, chunkSize: Math.max(64, Math.min(size + 1, 1 << 20)) });
    return { bytes: Buffer.from(out).toString('hex') };
  } catch (e) {
    return { failed: (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'corrupt' };
  }
}

function reused(raw: Uint8Array, size: number, max: number): Outcome {
  try {
    return { bytes: Buffer.from(inflatePart(raw, size, max)).toString('hex') };
  } catch (e) {
    if (!(e instanceof InflateFailed)) throw e;
    return { failed: e.tooLarge ? 'tooLarge' : 'corrupt' };
  }
}

/** Bytes that compress in different ways: repeated words (XML-like), runs, noise. */
const content = fc
  .array(
    fc.oneof(
      fc.constantFrom('<c r="A1" t="s"><v>12</v></c>', '<si><t>Điểm tự đánh giá</t></si>', ' ', '\n').map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 70_000 })).map(([b, n]) => Buffer.alloc(n, b)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Buffer.concat(parts));

/** A stream as written, cut short, or with one byte changed. */
const stream = fc
  .tuple(content, fc.constantFrom(0, 1, 6, 9), fc.constantFrom('whole', 'whole', 'cut', 'flip'), fc.nat(), fc.integer({ min: 1, max: 255 }))
  .map(([bytes, level, damage, at, xor]) => {
    const raw = Buffer.from(deflateRawSync(bytes, { level }));
    if (damage === 'cut' && raw.length > 1) return { bytes, raw: raw.subarray(0, at % raw.length) };
    if (damage === 'flip') raw[at % raw.length] ^= xor;
    return { bytes, raw };
  });

describe('inflatePart', () => {
  afterEach(() => reuseInflater(true));

  it('gives what inflateRawSync gives, for any declared size and cap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(stream, fc.constantFrom('true', 'zero', 'small', 'large'), fc.constantFrom('none', 'below', 'at', 'above', 'one')),
          { minLength: 1, maxLength: 6 },
        ),
        (parts) => {
          for (const [{ bytes, raw }, sizeKind, capKind] of parts) {
            const n = bytes.length;
            const size = { true: n, zero: 0, small: n >> 3, large: n * 4 + 100 }[sizeKind];
            const max = { none: 100 * 1024 * 1024, below: Math.max(1, n - 1), at: Math.max(1, n), above: n + 1, one: 1 }[capKind];
            expect(reused(raw, size, max)).toEqual(nodeInflate(raw, size, max));
          }
          expect(reusingHandle()).toBe(true); // not the fallback compared with itself
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a part after a corrupt one, and the same through the fallback', () => {
    const text = Buffer.from('<sst><si><t>Kế hoạch CCHC năm</t></si></sst>'.repeat(500));
    const good = deflateRawSync(text);
    const bad = Buffer.from(good);
    bad[0] = 0xff; // block type 3: invalid
    for (const reuse of [true, false]) {
      reuseInflater(reuse);
      expect(reused(good, text.length, 1 << 20)).toEqual({ bytes: text.toString('hex') });
      expect(reused(bad, text.length, 1 << 20)).toEqual({ failed: 'corrupt' });
      expect(reused(good, 10, 1 << 20)).toEqual({ bytes: text.toString('hex') });
      expect(reused(good, text.length, text.length - 1)).toEqual({ failed: 'tooLarge' });
      expect(Buffer.from(inflatePart(good, text.length, text.length)).equals(text)).toBe(true);
      expect(reusingHandle()).toBe(reuse);
    }
  });
});
