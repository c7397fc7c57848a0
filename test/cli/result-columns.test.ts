/**
 * The typed columns where compacted results find their records (result-columns.ts): every row
 * added gives back what it was made from, checked against the rows kept as plain objects, over
 * enough rows to grow every column several times, with shapes changing from row to row.
 */
import { EMPTY_LIST, NOT_KEPT, ResultColumns, type NewRow } from '../../src/cli/check/result-columns';

/** A small deterministic generator (the same rows on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const SHAPES = [
  ['findings', 'parsed', 'alignment', 'scores', '#breakdown'],
  ['findings', 'survey', '#entry', '#points'],
  ['findings', 'parsed', 'setChoice', 'scores', 'survey', '#breakdown', '#requests', '#rounds'],
];
const INLINE = [null, undefined, true, false, [], 7, 0.25];

function newRow(next: () => number, i: number): NewRow {
  const names = SHAPES[Math.floor(next() * SHAPES.length)];
  const lengths: number[] = [];
  const inline: unknown[] = [];
  for (const _ of names) {
    const pick = next();
    if (pick < 0.4) {
      lengths.push(Math.floor(next() * 5000));
      inline.push(undefined);
    } else if (pick < 0.5) {
      lengths.push(NOT_KEPT);
      inline.push(undefined);
    } else {
      lengths.push(-1);
      inline.push(INLINE[Math.floor(next() * INLINE.length)]);
    }
  }
  const pick = next();
  return {
    head: next() < 0.1 ? null : { offset: Math.floor(next() * 2 ** 40), length: Math.floor(next() * 100_000) },
    bulk: next() < 0.5 ? null : { offset: i * 1e6 + 0.0, length: i },
    final: pick < 0.3 ? null : pick < 0.4 ? 0 : next() * 100,
    scored: pick < 0.5 ? undefined : pick < 0.75,
    names,
    lengths,
    inline,
  };
}

describe('ResultColumns', () => {
  it('gives back every row as added (places, final index, scored, names, each part and where its piece starts)', () => {
    const next = random(7);
    const columns = new ResultColumns();
    const rows: NewRow[] = [];
    for (let i = 0; i < 3000; i++) {
      const row = newRow(next, i);
      rows.push(row);
      expect(columns.add(row)).toBe(i);
    }
    expect(columns.length).toBe(3000);
    rows.forEach((row, at) => {
      const back = columns.row(at);
      expect(back.head).toEqual(row.head);
      expect(back.bulk).toEqual(row.bulk);
      expect(back.final).toBe(row.final);
      expect(columns.finalOf(at)).toBe(row.final);
      expect(back.scored).toBe(row.scored);
      expect(columns.scoredOf(at)).toBe(row.scored);
      expect(back.names).toEqual(row.names);
      let offset = 0;
      row.names.forEach((_, part) => {
        const length = row.lengths[part];
        if (length === -1) {
          const value = columns.inline(at, part);
          if (Array.isArray(row.inline[part])) expect(value).toBe(EMPTY_LIST);
          else expect(value).toBe(row.inline[part]);
          expect(columns.code(at, part)).toBeLessThan(NOT_KEPT);
        } else {
          expect(columns.code(at, part)).toBe(length);
          if (length !== NOT_KEPT) expect(columns.pieceOffset(at, part)).toBe(offset);
        }
        if (length > 0) offset += length;
      });
    });
  });

  it('refuses a row it does not have, and a part that is not inline', () => {
    const columns = new ResultColumns();
    columns.add({ head: { offset: 0, length: 10 }, bulk: null, final: null, scored: undefined, names: ['a', 'b'], lengths: [10, -1], inline: [undefined, null] });
    expect(() => columns.row(1)).toThrow(/no compacted result 1/);
    expect(() => columns.row(-1)).toThrow(/no compacted result/);
    expect(() => columns.inline(0, 0)).toThrow(/not kept inline/);
    expect(columns.inline(0, 1)).toBeNull();
  });

  it('hands out one frozen empty list: a push on it throws instead of adding to every result', () => {
    expect(EMPTY_LIST).toEqual([]);
    expect(() => (EMPTY_LIST as unknown as number[]).push(1)).toThrow(TypeError);
  });
});
