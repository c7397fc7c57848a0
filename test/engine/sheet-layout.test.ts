import { estimateRowHeights, linesNeeded } from '../../src/engine/sheet-layout';
import type { SheetSpec } from '../../src/engine/sheet-spec';

describe('estimateRowHeights', () => {
  const long = 'Điểm tự đánh giá 1,25 vượt điểm tối đa 1 của tiêu chí thành phần 2.3.3. Sửa lại điểm không quá 1.';

  test('a wrapped long text in a narrow column gets the lines it needs', () => {
    const spec: SheetSpec = { name: 's', columnWidths: [20], cells: [{ row: 3, col: 0, value: { text: long }, style: { wrap: true } }] };
    // Greedy wrap at 20 characters, by hand:
    //   "Điểm tự đánh giá" (16) | "1,25 vượt điểm tối đa" would be 21 → "1,25 vượt điểm tối" (18)
    //   | "đa 1 của tiêu chí" (17) | "thành phần 2.3.3." (17) | "Sửa lại điểm không" (18) | "quá 1." (6)
    // = 6 lines of 15 pt.
    expect(linesNeeded(long, 20)).toBe(6);
    expect(estimateRowHeights(spec).get(3)).toBe(90);
  });

  test('short or unwrapped text keeps the default height', () => {
    const spec: SheetSpec = {
      name: 's',
      columnWidths: [20],
      cells: [
        { row: 0, col: 0, value: { text: 'Ngắn' }, style: { wrap: true } },
        { row: 1, col: 0, value: { text: long } },
      ],
    };
    expect(estimateRowHeights(spec).size).toBe(0);
  });

  test('a merged cell is measured across its merge, explicit line breaks count', () => {
    const spec: SheetSpec = {
      name: 's',
      columnWidths: [20, 20, 20],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      cells: [
        { row: 0, col: 0, value: { text: long }, style: { wrap: true } },
        { row: 1, col: 0, value: { text: 'a\nb\nc' }, style: { wrap: true, fontSize: 22 } },
      ],
    };
    const heights = estimateRowHeights(spec);
    // Merged over 3 × 20 = 60 characters, by hand: "Điểm … tiêu chí thành" (59) | "phần 2.3.3. … quá 1." (37)
    // = 2 lines of 15 pt = 30.
    expect(heights.get(0)).toBe(30);
    // Three lines at 22 pt: each line 15 × 22/11 = 30 pt → 90.
    expect(heights.get(1)).toBe(90);
  });

  test('a word longer than the line breaks over lines of its own', () => {
    // width 4: "ab" (2) | "cdefghij" needs ceil(8/4) = 2 lines, ends with 4 used | "k" → new line
    expect(linesNeeded('ab cdefghij k', 4)).toBe(4);
    // first word too long at the start of a line: "abcdefghij" = 3 lines (4 + 4 + 2), "k" fits after the 2 → 3
    expect(linesNeeded('abcdefghij k', 4)).toBe(3);
    expect(linesNeeded('a\n\nb', 10)).toBe(3);
  });

  test('heights are capped at 409 pt and minRowHeights raise a row', () => {
    const spec: SheetSpec = {
      name: 's',
      columnWidths: [1],
      cells: [{ row: 0, col: 0, value: { text: Array.from({ length: 40 }, () => 'x').join(' ') }, style: { wrap: true } }],
      minRowHeights: { 2: 30, 3: 10 },
    };
    // 40 one-letter words, one per line at width 1 → 40 × 15 = 600 → capped at 409; row 3's 10 pt is below the default
    expect([...estimateRowHeights(spec)].sort()).toEqual([
      [0, 409],
      [2, 30],
    ]);
  });
});

describe('linesNeeded measures words in place as split(/\\s+/) did', () => {
  /** The former way, kept as the oracle: lines split at "\n", words split at JavaScript's \s. */
  function bySplitting(text: string, width: number): number {
    const perLine = Math.max(1, Math.floor(width));
    let lines = 0;
    for (const part of text.split('\n')) {
      let used = 0;
      lines++;
      for (const word of part.split(/\s+/).filter(Boolean)) {
        const need = used === 0 ? word.length : used + 1 + word.length;
        if (need <= perLine) used = need;
        else {
          lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
          used = word.length % perLine || perLine;
        }
      }
    }
    return lines;
  }

  test('every UTF-16 unit between two words is a space exactly when \\s says so', () => {
    // In a 2-wide column "ab?cd" takes 2 lines when "?" separates two words, 3 when it is one word of 5.
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `ab${String.fromCharCode(code)}cd`;
      if (linesNeeded(text, 2) !== bySplitting(text, 2)) differing.push(code);
    }
    expect(differing).toEqual([]);
    // By hand: a space separates ("ab" | "cd": 2 lines), a letter does not ("abxcd": 3 lines of 2).
    expect(linesNeeded('ab cd', 2)).toBe(2);
    expect(linesNeeded('abxcd', 2)).toBe(3);
    expect(linesNeeded('ab\u3000cd', 2)).toBe(2);
  });

  test('random texts of words, spaces, tabs, line breaks and long words', () => {
    const pieces = ['a', 'ư', 'Điểm', ' ', '  ', '\t', '\r', '\n', '\u00a0', '\u2003', '\ufeff', 'xxxxxxxxxxxxxxxxxxxxxxxxx', '😀'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const differing: [string, number][] = [];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const width = next() * 30;
      if (linesNeeded(text, width) !== bySplitting(text, width)) differing.push([text, width]);
    }
    expect(differing).toEqual([]);
  });
});
