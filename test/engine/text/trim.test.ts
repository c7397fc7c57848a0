/**
 * trimmed() skips the trim call when neither end is white space: it must give what trim() gives
 * for every character at either end (the whole BMP and a few astral ones), alone, doubled and
 * around a word, and on random texts.
 */
import fc from 'fast-check';
import { isTrimmedSpace, trimmed } from '../../../src/engine/text/trim';

describe('trimmed', () => {
  test('the same as trim() with any character at either end', () => {
    // Gathered, then compared once (an expect per text would take a minute).
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, ch + ch, ch + 'a', 'a' + ch, ch + 'ab' + ch]) if (trimmed(s) !== s.trim()) differ.push(c);
    }
    expect(differ).toEqual([]);
    for (const s of ['', ' ', '\u{1F600}', ' \u{1F600}', '\u{1D400} ', '\ud835', 'a\udc00']) expect(trimmed(s)).toBe(s.trim());
  });

  test('isTrimmedSpace is exactly what trim() removes', () => {
    const spaces: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimmedSpace(c)) spaces.push(c);
    const removed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (String.fromCharCode(c).trim() === '') removed.push(c);
    expect(spaces).toEqual(removed);
    // By hand: the ASCII ones, NBSP, BOM; not the zero-width space nor NEL.
    expect([0x09, 0x0d, 0x20, 0xa0, 0xfeff].every(isTrimmedSpace)).toBe(true);
    expect([0x200b, 0x85, 0x41].some(isTrimmedSpace)).toBe(false);
  });

  test('the same as trim() on random texts', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u0085', 'a', 'Đ', 'ế', '1', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(trimmed(s)).toBe(s.trim());
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
