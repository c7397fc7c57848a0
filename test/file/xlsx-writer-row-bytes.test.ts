/**
 * RowBytes (src/file/xlsx-writer/row-bytes.ts): the bytes it writes are the UTF-8 of the text the
 * string way gives (String(n), columnLetter, Buffer.from), whatever the pieces and however often
 * it hands them on; a row taken back is gone.
 */
import { columnLetter } from '../../src/engine/grid';
import { RowBytes } from '../../src/file/xlsx-writer/row-bytes';

/** Everything handed on, copied (the views are reused). */
function collect(): { bytes: RowBytes; all: () => string; pieces: number[] } {
  const got: Buffer[] = [];
  const pieces: number[] = [];
  const bytes = new RowBytes((b) => {
    got.push(Buffer.from(b));
    pieces.push(b.length);
  });
  return { bytes, all: () => Buffer.concat(got).toString('utf8'), pieces };
}

describe('RowBytes', () => {
  test('whole numbers as String() writes them: 0–10,000, each power of ten and its neighbours, random up to 2^40', () => {
    const numbers: number[] = [];
    for (let n = 0; n <= 10_000; n++) numbers.push(n);
    for (let p = 1; p <= 1e15; p *= 10) numbers.push(p - 1, p, p + 1);
    let x = 7;
    for (let i = 0; i < 20_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      numbers.push(x * 256 + (i % 256));
    }
    const { bytes, all } = collect();
    for (const n of numbers) {
      bytes.uint(n);
      bytes.ascii(',');
      bytes.rowDone();
    }
    bytes.close();
    expect(all()).toBe(numbers.map((n) => `${n},`).join(''));
  });

  test('column letters as columnLetter spells them, A to XFD', () => {
    const { bytes, all } = collect();
    const expected: string[] = [];
    for (let c = 0; c < 16384; c++) {
      bytes.column(c);
      bytes.ascii(' ');
      expected.push(`${columnLetter(c)} `);
    }
    bytes.close();
    expect(all()).toBe(expected.join(''));
  });

  test('ASCII and UTF-8 text in order across many hand-ons; a row taken back is gone; the views handed on are reused', () => {
    const { bytes, all, pieces } = collect();
    const expected: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const text = i % 3 === 0 ? `Sở ${i} — Đề nghị` : `<c r="A${i}"/>`;
      if (i % 3 === 0) bytes.utf8(text);
      else bytes.ascii(text);
      expected.push(text);
      if (i % 1000 === 5) {
        const at = bytes.length;
        bytes.ascii('<row r="9"');
        bytes.utf8('ư');
        bytes.back(at);
      }
      bytes.rowDone();
    }
    bytes.close();
    expect(all()).toBe(expected.join(''));
    // Handed on in pieces of 64 kB and more (a row's end past 64 kB), the last one smaller.
    expect(pieces.length).toBeGreaterThan(5);
    for (const n of pieces.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(64 * 1024);
  });

  test('a row larger than the buffer grows it', () => {
    const { bytes, all } = collect();
    const long = 'ấ'.repeat(200_000);
    bytes.ascii('<row>');
    bytes.utf8(long);
    bytes.ascii('</row>');
    bytes.close();
    expect(all()).toBe(`<row>${long}</row>`);
  });
});
