/**
 * The spill file of a big batch (compact-result.ts ResultSpill): records appended go through one
 * write buffer reused for the run; whatever their sizes (small, straddling the buffer's end, bigger
 * than the buffer) and however reads and appends interleave, each reads back as appended.
 */
import { ResultSpill } from '../../src/cli/check/compact-result';

/** Bytes that differ from record to record and from place to place (a record read at the wrong offset fails). */
function record(seed: number, length: number): Buffer {
  const b = Buffer.allocUnsafe(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe('ResultSpill', () => {
  it('gives back every record as appended, through the write buffer and past it', () => {
    const spill = new ResultSpill();
    try {
      const sizes = [1, 700, 300_000, 900_000, 2_500_000, 5, 1 << 20, (1 << 20) - 3, 64, 1_048_000, 20_000, 0, 3];
      const kept: { place: { offset: number; length: number }; bytes: Buffer }[] = [];
      sizes.forEach((length, i) => {
        const bytes = record(i + 1, length);
        kept.push({ place: spill.append(bytes), bytes });
        // A read in the middle of the appends (of a record maybe still in the buffer).
        if (i % 3 === 2) expect(spill.bytes(kept[i - 1].place).equals(kept[i - 1].bytes)).toBe(true);
      });
      let offset = 0;
      for (const k of kept) {
        expect(k.place.offset).toBe(offset);
        offset += k.bytes.length;
        expect(spill.bytes(k.place).equals(k.bytes)).toBe(true);
      }
      // A Uint8Array viewing part of a bigger buffer (a worker's bytes) is appended as its own bytes only.
      const big = record(99, 5000);
      const view = new Uint8Array(big.buffer, big.byteOffset + 100, 1000);
      const at = spill.append(view);
      expect(spill.bytes(at).equals(big.subarray(100, 1100))).toBe(true);
      expect(spill.bytes(kept[3].place).equals(kept[3].bytes)).toBe(true);
    } finally {
      spill.dispose();
    }
  });

  it('shares one kept copy of equal values, and only of equal ones', () => {
    const spill = new ResultSpill();
    const status = (filled: number, round?: 1 | 2) => ({
      status: 'appraising',
      appraisal: { filled, expected: 60 },
      surveyMissing: ['8.1'],
      detail: { vi: `Đang thẩm định: ${filled}/60`, en: `Being appraised: ${filled}/60` },
      ...(round === undefined ? {} : { round }),
    });
    const a = spill.shared(status(45, 1));
    expect(a).toEqual(status(45, 1));
    expect(spill.shared(status(45, 1))).toBe(a);
    // Not the caller's object: a copy kept by the spill.
    const given = status(45, 1);
    expect(spill.shared(given)).not.toBe(given);
    expect(spill.shared(status(46, 1))).not.toBe(a);
    expect(spill.shared(status(45, 2))).not.toBe(a);
    // A property set to undefined is not the same value as one left out.
    const absent = spill.shared(status(45));
    const undef = spill.shared({ ...status(45), round: undefined });
    expect(undef).not.toBe(absent);
    expect('round' in undef).toBe(true);
    expect('round' in absent).toBe(false);
  });
});
