/**
 * The sheets of the results workbook with a row per file, given in blocks of rows
 * (src/engine/results/sheet-rows.ts): the rule every block keeps (whole rows, after the rows of
 * the blocks before it, merges inside its rows) checked on a run large enough for many blocks,
 * and that the blocks are built only as they are taken.
 */
import { rankingWorkbookParts, rankingWorkbookSheets, type BatchFileResult } from '../../../src/engine/ranking/ranking-workbook';
import { BLOCK_CELLS } from '../../../src/engine/results/official-layout';
import { isRowsSheet, wholeSheet, type RowBlock, type RowsSheet } from '../../../src/engine/results/sheet-rows';
import { trackingSheetRows } from '../../../src/engine/results/tracking-sheets';
import { seasonResults } from '../../../src/engine/results/season';
import { manyUnits } from '../helpers/many-units';

function rowsOf(block: RowBlock): { first: number; last: number } {
  const rows = [...block.cells.map((c) => c.row), ...block.merges.flatMap((m) => [m.top, m.bottom])];
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

describe('sheets given in blocks of rows', () => {
  const files = manyUnits();
  const parts = [...rankingWorkbookParts({ files, lang: 'vi', official: { issuer: 'SỞ NỘI VỤ TỈNH A' } })];
  const inBlocks = parts.filter(isRowsSheet);

  it('the results tables, components, not ranked, tracking, findings and requests sheets come in blocks', () => {
    expect(inBlocks.map((s) => s.name)).toEqual(['KQ sở ngành', 'LV sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Phát hiện', 'Đề nghị giải trình']);
  });

  it('each block holds whole rows after the rows of the blocks before it, its merges inside them', () => {
    const again = [...rankingWorkbookParts({ files, lang: 'vi', official: { issuer: 'SỞ NỘI VỤ TỈNH A' } })].filter(isRowsSheet);
    for (const sheet of again) {
      let last = -1;
      let count = 0;
      for (const block of sheet.blocks) {
        if (block.cells.length === 0 && block.merges.length === 0) continue;
        count++;
        const { first, last: end } = rowsOf(block);
        expect(first).toBeGreaterThan(last);
        for (const m of block.merges) {
          expect(m.top).toBeGreaterThanOrEqual(first);
          expect(m.bottom).toBeLessThanOrEqual(end);
        }
        // No block far beyond the size asked for (one row of at most 15 columns more).
        expect(block.cells.length).toBeLessThan(BLOCK_CELLS + 15);
        last = end;
      }
      // 700 rows of 13 cells: the tracking sheet in several blocks.
      if (sheet.name === 'Theo dõi') expect(count).toBeGreaterThanOrEqual(3);
    }
  });

  it('gathered whole, the blocks are the SheetSpec the whole builders give (every cell and merge, in order)', () => {
    const whole = [...rankingWorkbookSheets({ files, lang: 'vi', official: { issuer: 'SỞ NỘI VỤ TỈNH A' } })];
    const tracking = whole.find((s) => s.name === 'Theo dõi')!;
    // 700 files: a numbered row for each, STT 1…700 in order, and one link per readable file.
    const numbers = tracking.cells.filter((c) => c.col === 0 && c.value && 'number' in c.value).map((c) => (c.value as { number: number }).number);
    expect(numbers).toEqual(Array.from({ length: 700 }, (_, i) => i + 1));
    expect(tracking.cells.filter((c) => c.value && 'link' in c.value)).toHaveLength(700 - 8);
    // Heading (rows 1–3), a blank row, title, tally, a blank row: the header on row 9, frozen.
    expect(tracking.freezeRows).toBe(9);
  });

  it('a block is built only when it is taken', () => {
    const season = seasonResults(files);
    let read = 0;
    // Count the entries whose findings the builder reads (the tracking sheet counts them per row).
    const counted = { ...season, entries: season.entries.map((e) => (e.result ? { ...e, result: new Proxy(e.result, { get: (t, k) => (k === 'findings' && read++, Reflect.get(t, k)) }) } : e)) };
    const sheet: RowsSheet = trackingSheetRows(counted, 'Theo dõi', new Map(), {});
    expect(read).toBe(0);
    const it = sheet.blocks[Symbol.iterator]();
    it.next(); // the heading and the header row
    it.next(); // the first files
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(3 * 400);
    expect(wholeSheet({ ...sheet, blocks: { [Symbol.iterator]: () => it } }).cells.length).toBeGreaterThan(0);
  });
});
