/**
 * Harder real sheets (issue 10, engine side): one generated workbook per shape, built with
 * ExcelJS (province-sheet.ts), saved and read back; for each the items found, totals worked out
 * by hand and exactly the planted findings as errors and warnings (problems()), nothing else.
 * The fast reader (src/file/fast-read) must read each workbook cell by cell as ExcelJS does.
 *
 * Hand arithmetic base (mau-so-nganh-2024): every scored leaf filled with its max gives self
 * 70/70 (30 of the 100 points are survey items the unit does not score), appraised 100/100.
 */
import { checkWorkbookGrids } from '../../../src/engine/check';
import type { CheckResult } from '../../../src/engine/check-result';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { flattenItems } from '../../../src/engine/criteria/tree';
import { readWorkbookSheetsFast } from '../../../src/file/fast-read';
import { openWorkbook } from '../../../src/file/open-workbook';
import type { Grid } from '../../../src/engine/grid';
import { buildWorkbook, bundled, problems, type Built, type LayoutSpec } from './province-sheet';

const SO = bundled('mau-so-nganh-2024');
const ITEMS = flattenItems(SO).length;

const COLS: LayoutSpec['cols'] = [
  { role: 'code', header: 'STT' },
  { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'self', header: 'Tự đánh giá', group: 'Điểm' },
  { role: 'appraised', header: 'Thẩm định', group: 'Điểm' },
  { role: 'evidence', header: 'Tài liệu kiểm chứng' },
  { role: 'appraiserNote', header: 'Ý kiến thẩm định' },
];
// Columns: A code, B title, C max, D self, E appraised, F evidence, G appraiser's note.

function spec(extra: Partial<LayoutSpec>): LayoutSpec {
  return {
    sheetName: 'Biểu chấm điểm',
    titleLines: ['UBND TỈNH A', 'BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024', 'Tên cơ quan, đơn vị: Sở Nội vụ'],
    headerRow: 5,
    cols: COLS,
    ...extra,
  };
}

/** Save, read back with the ExcelJS adapter (the annotate path) and the fast reader (the batch path); check. */
async function check(built: Built, set = SO): Promise<CheckResult> {
  const bytes = Buffer.from(await built.wb.xlsx.writeBuffer());
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.problem.en);
  const grids: Grid[] = [];
  for (const s of await opened.workbook.listSheets()) grids.push(await opened.workbook.readGrid(s.name));
  const fast = readWorkbookSheetsFast(bytes).map((s) => s.grid);
  expect(fast).toStrictEqual(grids);
  return checkWorkbookGrids(grids, { sets: set === SO ? bundledSets() : [set] });
}

const rowOf = (b: Built, code: string) => b.rowOf.get(code)!;
const items = (r: CheckResult) => r.parsed!.rows.filter((x) => x.kind === 'item');

test('three-row header ("Điểm" over "Tự đánh giá | Thẩm định" over "(1) (2) …") repeated with its number row on every page', async () => {
  const built = buildWorkbook(
    SO,
    spec({
      numberRow: true,
      repeatHeaderEvery: 25,
      overrides: {
        '1.1.1': { self: 0.5, appraised: 0.5 }, // an allowed option: 1 − 0.5
        '2.2.1': { evidence: null }, // planted: scored without evidence
      },
    }),
  );
  const r = await check(built);
  expect(r.parsed!.headerRows).toEqual({ first: 4, last: 5 });
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, evidence: 5, appraiserNote: 6 });
  // Every item once: no repeated header row read as an option line, no "(1)" as an item.
  expect(items(r)).toHaveLength(ITEMS);
  expect(r.alignment!.duplicates).toEqual([]);
  // self 70 − 0.5; final 100 − 0.5.
  expect(r.scores!.self.total).toBeCloseTo(69.5, 9);
  expect(r.scores!.final!.total).toBeCloseTo(99.5, 9);
  expect(problems(r)).toEqual([`evidence.missing@F${rowOf(built, '2.2.1')}`]);
  // Nothing was lifted from a repeated header into a survey item's empty self cell.
  expect(r.findings.filter((f) => f.code === 'layout.readingNote')).toEqual([]);
});

test('three text header rows ("Kết quả chấm điểm" over "Đơn vị tự đánh giá | Thẩm định" over "Điểm | Tài liệu kiểm chứng | Điểm | Ý kiến"), repeated', async () => {
  const top = 'Kết quả chấm điểm';
  const built = buildWorkbook(
    SO,
    spec({
      cols: [
        { role: 'code', header: 'STT' },
        { role: 'title', header: 'Nội dung' },
        { role: 'max', header: 'Điểm tối đa' },
        { role: 'self', header: 'Điểm', group: 'Đơn vị tự đánh giá', top },
        { role: 'evidence', header: 'Tài liệu kiểm chứng', group: 'Đơn vị tự đánh giá', top },
        { role: 'appraised', header: 'Điểm', group: 'Thẩm định', top },
        { role: 'appraiserNote', header: 'Ý kiến', group: 'Thẩm định', top },
      ],
      numberRow: true,
      repeatHeaderEvery: 30,
      overrides: { '3.2.1': { evidence: 'Công khai trên cổng' } }, // planted: no number, no date
    }),
  );
  const r = await check(built);
  expect(r.parsed!.headerRows).toEqual({ first: 4, last: 6 });
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
  expect(items(r)).toHaveLength(ITEMS);
  expect(r.scores!.self.total).toBeCloseTo(70, 9);
  expect(r.scores!.final!.total).toBeCloseTo(100, 9);
  // Column E (evidence) here, not F.
  expect(problems(r)).toEqual([`evidence.noReference@E${rowOf(built, '3.2.1')}`]);
});

test('a column-number row written as plain numbers "1 2 3 …" and repeated is never an item "1"', async () => {
  const built = buildWorkbook(SO, spec({ numberRow: true, plainNumberRow: true, repeatHeaderEvery: 20 }));
  const r = await check(built);
  expect(items(r)).toHaveLength(ITEMS);
  expect(r.alignment!.duplicates).toEqual([]);
  expect(r.scores!.self.total).toBeCloseTo(70, 9);
  expect(problems(r)).toEqual([]);
});

test.each([
  [2, false, false],
  [2, true, false],
  [0, false, false],
  [0, true, false],
  [0, true, true],
])('codes only inside the title from level %d down (no dot: %s, Roman areas: %s), code cell empty', async (from, titleCodeNoDot, romanAreas) => {
  {
    const built = buildWorkbook(SO, spec({ titleCodesFrom: from, titleCodeNoDot, romanAreas, overrides: { '7.2.1': { self: 0, appraised: 0 } } }));
    const r = await check(built);
    expect(items(r)).toHaveLength(ITEMS);
    expect(r.alignment!.missing).toEqual([]);
    const row = r.parsed!.rows.find((x) => x.code === '7.2.1')!;
    expect(row.codeAddress).toBe(`B${rowOf(built, '7.2.1')}`);
    expect(row.title!.text).toBe(SO.items[6].children![1].children![0].title);
    // 7.2.1 typed 0 of its max: self 70 − max(7.2.1).
    expect(r.scores!.self.total).toBeCloseTo(70 - SO.items[6].children![1].children![0].maxPoints, 9);
    expect(problems(r)).toEqual([]);
  }
});

test('codes, maxima and scores merged over two rows, titles wrapped over two rows; a renamed item is still flagged', async () => {
  const renamed = 'Thực hiện tuyển dụng công chức đúng quy định'; // the set says "… công chức, viên chức đúng quy định"
  const built = buildWorkbook(SO, spec({ numberRow: true, twoRowLeaves: true, titles: { '5.2.1': renamed } }));
  const r = await check(built);
  expect(items(r)).toHaveLength(ITEMS);
  const row = r.parsed!.rows.find((x) => x.code === '1.1.4')!;
  expect(row.title!.text).toBe('Mức độ thực hiện kế hoạch CCHC'); // both halves joined
  expect(r.scores!.self.total).toBeCloseTo(70, 9);
  expect(problems(r)).toEqual([`layout.titleChanged@B${rowOf(built, '5.2.1')}`]);
});

test('numbers with units or stray characters are read with a warning; a word is not a number', async () => {
  const built = buildWorkbook(
    SO,
    spec({
      overrides: {
        '1.3.3': { self: '0,75đ', appraised: 0.75 }, // read 0.75 with a warning
        '2.1.2': { self: '1,5 điểm' }, // read 1.5 with a warning
        '1.1.1': { self: '1\u00a0' }, // a non-breaking space: read 1 with a warning
        '1.2.1': { self: 'đạt', appraised: 0, appraiserNote: 'Không có báo cáo quý' }, // not a number: 0, an error
      },
    }),
  );
  const r = await check(built);
  // self: 70 − 0.25 (1.3.3) − 1 (1.2.1 "đạt" scores 0) = 68.75; final: 100 − 0.25 − 1 = 98.75.
  expect(r.scores!.self.total).toBeCloseTo(68.75, 9);
  expect(r.scores!.final!.total).toBeCloseTo(98.75, 9);
  expect(problems(r)).toEqual(
    [
      `score.readAsNumber@D${rowOf(built, '1.3.3')}`,
      `score.readAsNumber@D${rowOf(built, '2.1.2')}`,
      `score.readAsNumber@D${rowOf(built, '1.1.1')}`,
      `score.notNumber@D${rowOf(built, '1.2.1')}`,
    ].sort(),
  );
  const warn = r.findings.find((f) => f.cell === `D${rowOf(built, '1.3.3')}`)!;
  expect(warn.severity).toBe('warning');
  expect(warn.message.vi).toContain('"0,75đ"');
  expect(warn.message.vi).toContain('đã đọc là 0,75');
});

test('formulas: =IF/=ROUND scores and SUM parents read by their cached values; no cached value said plainly; a SUM missing a row flagged once, at the parent', async () => {
  const built = buildWorkbook(
    SO,
    spec({
      parentSums: true,
      totalRow: 'Tổng cộng',
      overrides: {
        '1.1.1': { self: { formula: 'IF(C7>0,1,0)', result: 1 } },
        '1.3.3': { self: { formula: 'ROUND(0.749,2)', result: 0.75 }, appraised: 0.75 },
        '2.1.1': { self: { formula: 'IF(E20="",1.5,0)' } }, // planted: saved without a result
        // planted: 1.1's SUM leaves out 1.1.4 (2 points): 1 + 1 + 1 = 3 instead of 5.
        '1.1': { self: { formula: 'SUM(D7:D9)', result: 3 } },
      },
      // Written as Excel computes it over the area rows: 70 − 0.25 − 1.5 − 2 (the missed row).
      totalValues: { self: { formula: 'SUM(D6,D20,D40)', result: 66.25 } },
    }),
  );
  const r = await check(built);
  // self: 70 − 0.25 (1.3.3) − 1.5 (2.1.1 unknown, counts 0) = 68.25; final: 100 − 0.25 = 99.75.
  expect(r.scores!.self.total).toBeCloseTo(68.25, 9);
  expect(r.scores!.final!.total).toBeCloseTo(99.75, 9);
  // Area 1's SUM and the total repeat 1.1's wrong value: not flagged again.
  expect(problems(r)).toEqual(
    [`score.parentMismatch@D${rowOf(built, '1.1')}`, `score.formulaNoValue@D${rowOf(built, '2.1.1')}`].sort(),
  );
  const f = r.findings.find((x) => x.code === 'score.formulaNoValue')!;
  expect(f.severity).toBe('error');
  expect(f.message.vi).toContain('ô công thức chưa có kết quả');
  expect(f.message.vi).toContain('mở tệp bằng Excel và lưu lại');
});

test('the assessment year comes from the title, never from a template caption; last year\'s plan is only a note', async () => {
  const built = buildWorkbook(
    SO,
    spec({
      titleLines: ['Mẫu số 02 (Ban hành kèm theo Quyết định số 1234/QĐ-UBND năm 2024)', 'BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025'],
      overrides: {
        // Every other leaf cites the default evidence of 15/01/2024: a year before 2025, a note each.
        '1.1.1': { evidence: 'Kế hoạch số 215/KH-SNV ngày 25/12/2024 về CCHC năm 2025' },
        '1.3.2': { evidence: 'Kế hoạch kiểm tra số 05/KH-SNV ngày 10/01/2024' }, // planted: "kiểm tra trong năm", a year early
        '2.2.2': { evidence: 'Báo cáo số 30/BC-SNV ngày 05/06/2026' }, // planted: after the year
        // Titles saying "… trong năm": evidence of the year itself, else they are warnings too.
        '5.4.2': { evidence: 'Báo cáo số 31/BC-SNV ngày 05/12/2025' },
        '8.1.1': { evidence: 'Báo cáo số 32/BC-SNV ngày 05/12/2025' },
      },
    }),
  );
  const r = await check(built);
  expect(r.parsed!.titleBlock.year).toBe(2025);
  expect(problems(r)).toEqual([`evidence.outsideYear@F${rowOf(built, '1.3.2')}`, `evidence.outsideYear@F${rowOf(built, '2.2.2')}`].sort());
  const notes = r.findings.filter((f) => f.code === 'evidence.outsideYear' && f.severity === 'info');
  expect(notes.map((f) => f.cell)).toContain(`F${rowOf(built, '1.1.1')}`);
  expect(notes.every((f) => f.message.vi.includes('thì không cần sửa'))).toBe(true);
});
