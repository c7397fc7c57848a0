/**
 * placeCells (src/file/xlsx-writer/placed-cells.ts) places in one pass the specs that give their
 * cells in order with merges sharing no cell, and any other spec through a Map: on random specs
 * (in order or not, places repeated, formats or none, merges apart or overlapping) it gives what
 * the Map alone gives, format ids taken in the same order; and by hand, the rules themselves.
 */
import type { CellStyle, SpecCell } from '../../src/engine/sheet-spec';
import type { MergeRange } from '../../src/engine/grid';
import { COLUMNS, placeCells, placeCellsByMap, type FormatIds, type Placed } from '../../src/file/xlsx-writer/placed-cells';

/** Format ids by first use, as the workbook's style table gives them (the order of calls shows). */
function formatIds(): FormatIds & { order: CellStyle[] } {
  const ids = new Map<CellStyle, number>();
  const order: CellStyle[] = [];
  return {
    order,
    id(style) {
      let id = ids.get(style);
      if (id === undefined) {
        ids.set(style, (id = ids.size + 1));
        order.push(style);
      }
      return id;
    },
  };
}

/** What a placement gives, as plain rows (the arrays are reused between calls). */
function plain(p: Placed): [number, number, number, unknown, number][] {
  const out: [number, number, number, unknown, number][] = [];
  for (let i = 0; i < p.n; i++) out.push([Math.floor(p.keys[i] / COLUMNS), p.keys[i] % COLUMNS, p.s[i], p.values[i], p.merged[i]]);
  return out;
}

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const STYLES: CellStyle[] = [{ bold: true }, { wrap: true }, { border: true }, { italic: true }];

describe('placeCells', () => {
  test('by hand: a later cell replaces an earlier one and keeps its format when it has none; merges cover', () => {
    const cells: SpecCell[] = [
      { row: 0, col: 0, value: { text: 'a' }, style: STYLES[0] },
      { row: 0, col: 0, value: { text: 'b' } },
      { row: 1, col: 1, value: { number: 1 }, style: STYLES[1] },
      { row: 1, col: 2, value: { number: 2 } },
    ];
    const merges: MergeRange[] = [
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 1 },
    ];
    expect(plain(placeCells(cells, merges, formatIds()))).toEqual([
      [0, 0, 1, { text: 'b' }, 0],
      [1, 1, 2, { number: 1 }, 0],
      [1, 2, 2, null, 1],
      [1, 3, 2, null, 1],
      [3, 0, 0, null, 0],
      [3, 1, 0, null, 1],
    ]);
  });

  test('on 1,500 random specs it gives what the Map gives, format ids in the same order', () => {
    const rnd = random(99);
    let inOrder = 0;
    for (let t = 0; t < 1500; t++) {
      const rows = 1 + Math.floor(rnd() * 8);
      const cols = 1 + Math.floor(rnd() * 6);
      const sorted = rnd() < 0.6;
      const cells: SpecCell[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (rnd() < 0.4) continue;
          const value = rnd() < 0.2 ? null : rnd() < 0.5 ? { text: `t${r}${c}` } : { number: r * 10 + c };
          cells.push(rnd() < 0.6 ? { row: r, col: c, value, style: STYLES[Math.floor(rnd() * STYLES.length)] } : { row: r, col: c, value });
        }
      }
      if (!sorted) {
        for (let i = cells.length - 1; i > 0; i--) {
          const j = Math.floor(rnd() * (i + 1));
          [cells[i], cells[j]] = [cells[j], cells[i]];
        }
        // Places given twice.
        for (let d = 0; d < 3 && cells.length; d++) cells.push({ ...cells[Math.floor(rnd() * cells.length)], value: { text: 'again' } });
      } else inOrder++;
      const merges: MergeRange[] = [];
      const count = Math.floor(rnd() * 4);
      for (let m = 0; m < count; m++) {
        const top = Math.floor(rnd() * rows);
        const left = Math.floor(rnd() * cols);
        merges.push({ top, left, bottom: top + Math.floor(rnd() * 2), right: left + Math.floor(rnd() * 3) });
      }
      const a = formatIds();
      const b = formatIds();
      const got = plain(placeCells(cells, merges, a));
      expect(got).toEqual(plain(placeCellsByMap(cells, merges, b)));
      expect(a.order).toEqual(b.order);
    }
    expect(inOrder).toBeGreaterThan(750);
  });
});
