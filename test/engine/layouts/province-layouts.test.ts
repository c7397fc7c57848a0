/**
 * QA as a PAR officer from another province would use the checker: six sheets in the real
 * shapes of domain.md §4.1 / scoresheet-layout.md, built with ExcelJS, saved, re-read through
 * readGridFromWorksheet and checked with checkWorkbookGrids. For each: the columns found, the set
 * matched, totals and indices worked out by hand from the values written, and exactly the
 * findings planted (no other error or warning).
 *
 * Hand arithmetic base: every scored leaf is filled with its max, every survey leaf gets its max
 * as appraisal; both bundled sets have scale 100 of which 30 points are survey items, so an
 * untouched sheet is self 70/70 and final 100/100. Each test subtracts what it changed.
 */
import { flattenItems, isLeaf, effectiveKind } from '../../../src/engine/criteria/tree';
import type { CheckResult } from '../../../src/engine/check-result';
import { buildWorkbook, bundled, checkBuilt, problems, type LayoutSpec } from './province-sheet';

const SO = bundled('mau-so-nganh-2024');
const XA = bundled('mau-xa-2024');

const surveyLeaves = (set: typeof SO) =>
  flattenItems(set).filter((f) => isLeaf(f.item) && effectiveKind(f) === 'survey').map((f) => f.item);

test('both bundled sets are scale 100 with 30 survey points (the base of the hand arithmetic)', () => {
  for (const set of [SO, XA]) {
    expect(set.scale).toBe(100);
    expect(surveyLeaves(set).reduce((s, i) => s + i.maxPoints, 0)).toBeCloseTo(30, 9);
  }
});

function expectTotals(r: CheckResult, self: [number, number], final: [number, number] | null): void {
  expect(r.scores).not.toBeNull();
  expect(r.scores!.self.total).toBeCloseTo(self[0], 6);
  expect(r.scores!.self.max).toBeCloseTo(self[1], 6);
  expect(r.scores!.self.index).toBeCloseTo((self[0] / self[1]) * 100, 6);
  if (final === null) return expect(r.scores!.final).toBeNull();
  expect(r.scores!.final!.total).toBeCloseTo(final[0], 6);
  expect(r.scores!.final!.max).toBeCloseTo(final[1], 6);
  expect(r.scores!.final!.index).toBeCloseTo((final[0] / final[1]) * 100, 6);
}

const area = (r: CheckResult, code: string) => r.scores!.areas.find((a) => a.code === code)!;

test('(1) Cà Mau appendix: two-row merged header, survey column, option lines, no evidence column', async () => {
  // Survey points in "Điều tra XHH", the SNV column left blank on survey rows; 3.5.1 got 1 of 1.5.
  const overrides: LayoutSpec['overrides'] = {};
  for (const s of surveyLeaves(SO)) overrides[s.code] = { appraised: null, survey: s.code === '3.5.1' ? 1 : s.maxPoints };
  overrides['1.1.1'] = { self: 1, appraised: 0.5, note: 'Ban hành chậm so với quy định' };
  overrides['1.1.4'] = { self: 2, appraised: 1 }; // planted: changed with no note
  const built = buildWorkbook(SO, {
    sheetName: 'Phụ lục',
    titleLines: ['UBND TỈNH CÀ MAU', 'KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024', 'Tên cơ quan, đơn vị: Sở Tư pháp'],
    headerRow: 5,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'survey', header: 'Điều tra XHH', group: 'Điểm đánh giá' },
      { role: 'self', header: 'Tự đánh giá', group: 'Điểm đánh giá' },
      { role: 'appraised', header: 'SNV đánh giá', group: 'Điểm đánh giá' },
      { role: 'achieved', header: 'Điểm đạt được' },
      { role: 'index', header: 'Chỉ số' },
      { role: 'note', header: 'Ghi chú' },
    ],
    optionLines: true,
    parentSums: true,
    totalRow: 'Tổng cộng',
    overrides,
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, survey: 3, self: 4, appraised: 5, note: 8 });
  expect(r.parsed!.headerRows).toEqual({ first: 4, last: 5 });
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  expect(r.setChoice!.how).toBe('matched');
  expect(r.parsed!.rows.filter((x) => x.kind === 'item')).toHaveLength(flattenItems(SO).length); // option lines are not items
  // final: 100 − 0.5 (1.1.1) − 1 (1.1.4) − 0.5 (3.5.1 survey)
  expectTotals(r, [70, 70], [98, 100]);
  expect(area(r, '1').appraisedIndex).toBeCloseTo((8.5 / 10) * 100, 6);
  expect(area(r, '3').appraisedIndex).toBeCloseTo((14 / 14.5) * 100, 6);
  // One sheet-level evidence finding (no TLKC column), not one per leaf; the unexplained change.
  expect(problems(r)).toEqual(['appraisal.noNote@F' + built.rowOf.get('1.1.4'), 'evidence.missing@-']);
});

test('(2) Bắc Giang vendor export: codes only inside "Nội dung", Điểm chuẩn / Tự chấm / Điểm chấm thực tế', async () => {
  const built = buildWorkbook(SO, {
    sheetName: 'Sở Tư pháp',
    titleLines: ['PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'Đơn vị: Sở Tư pháp'],
    headerRow: 4,
    cols: [
      { role: 'title', header: 'Nội dung' },
      { role: 'max', header: 'Điểm chuẩn' },
      { role: 'self', header: 'Tự chấm' },
      { role: 'evidence', header: 'Tài liệu kiểm chứng/Giải trình' },
      { role: 'appraised', header: 'Điểm chấm thực tế' },
      { role: 'appraiserNote', header: 'Ý kiến thẩm định' },
    ],
    codeInTitle: true,
    optionLines: true,
    totalRow: 'TỔNG ĐIỂM',
    overrides: {
      '2.2.2': { self: 1.5, appraised: 1, appraiserNote: 'Chỉ hoàn thành 90% kế hoạch' },
      '4.1.1': { evidence: 'Báo cáo tổng kết năm' }, // planted: no number, no date
      '1.2.1': { evidence: 'Báo cáo số 05/BC-STP ngày 20/12/2023' }, // last year: only a note ("Lưu ý")
      '1.3.2': { evidence: 'Kế hoạch số 03/KH-STP ngày 05/01/2023' }, // planted: "kiểm tra trong năm", done a year early
    },
  });
  // The vendor glues leaf titles to the code's dot: "1.1.1.Ban hành…" (areas keep "1. Công tác…").
  built.wb.getWorksheet('Sở Tư pháp')!.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string' && /^\d+\.\d+\.\d+\. /.test(v)) row.getCell(1).value = v.replace('. ', '.');
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ title: 0, max: 1, self: 2, evidence: 3, appraised: 4, appraiserNote: 5 });
  expect(r.parsed!.rows.find((x) => x.code === '1.1.1')!.codeRaw).toBe('1.1.1.');
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  expect(r.alignment!.missing).toEqual([]);
  expectTotals(r, [70, 70], [99.5, 100]);
  expect(area(r, '2').appraisedIndex).toBeCloseTo((9.5 / 10) * 100, 6);
  expect(problems(r)).toEqual(
    ['evidence.noReference@D' + built.rowOf.get('4.1.1'), 'evidence.outsideYear@D' + built.rowOf.get('1.3.2')].sort(),
  );
  expect(r.findings.filter((f) => f.code === 'evidence.outsideYear' && f.severity === 'info').map((f) => f.cell)).toEqual([
    'D' + built.rowOf.get('1.2.1'),
  ]);
});

test('(3) tinhvan Word-export shape: Ghi chú của đơn vị / Ghi chú của thẩm định, SUM parents, one typed wrong', async () => {
  const built = buildWorkbook(SO, {
    sheetName: 'Sheet1',
    titleLines: ['BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ NĂM 2024'],
    headerRow: 3,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Tiêu chí' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'self', header: 'Điểm tự chấm' },
      { role: 'appraised', header: 'Điểm thẩm định' },
      { role: 'explanation', header: 'Ghi chú của đơn vị' },
      { role: 'appraiserNote', header: 'Ghi chú của thẩm định' },
    ],
    parentSums: true,
    totalRow: 'Tổng điểm',
    // The self total agrees with the rows (70 − 0.7); the appraised one is stale (planted).
    totalValues: { self: 69.3, appraised: 98 },
    overrides: {
      '1.3.3': { self: 0.3, appraised: 0.25, appraiserNote: 'Chấm theo bước 0,25' }, // planted: not a 0.25 step
      '2': { self: 9 }, // planted: typed parent, children sum to 8 (10 less the 2.4 survey)
    },
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, explanation: 5, appraiserNote: 6 });
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  // self: 70 − 0.7; final: 100 − 0.75. The typed parent is never used.
  expectTotals(r, [69.3, 70], [99.25, 100]);
  expect(area(r, '1').selfIndex).toBeCloseTo((8.3 / 9) * 100, 6);
  expect(area(r, '2').selfIndex).toBeCloseTo(100, 6);
  expect(problems(r)).toEqual(
    [
      'score.notStep@D' + built.rowOf.get('1.3.3'),
      'score.parentMismatch@D' + built.rowOf.get('2'),
      'score.parentMismatch@E' + built.totalRow,
    ].sort(),
  );
});

test('(4) Roman areas, "(1) (2)…" row, header on row 14, scoresheet third after Hướng dẫn and Tổng hợp', async () => {
  const summary: (string | number)[][] = [['TỔNG HỢP KẾT QUẢ'], [], ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm']];
  for (const a of SO.items) summary.push([a.code, a.title, a.maxPoints, a.maxPoints]);
  const built = buildWorkbook(SO, {
    sheetName: 'Biểu tự chấm',
    before: [
      { name: 'Hướng dẫn', rows: [['HƯỚNG DẪN ĐIỀN BIỂU'], ['Cột (5): Điểm tự đánh giá; cột (6): Tài liệu kiểm chứng']] },
      { name: 'Tổng hợp', rows: summary },
    ],
    titleLines: ['UBND TỈNH PHÚ THỌ', '', 'BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024', 'Tên đơn vị: Sở Xây dựng'],
    headerRow: 14,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'method', header: 'Cách tính điểm' },
      { role: 'self', header: 'Điểm tự đánh giá' },
      { role: 'evidence', header: 'Tài liệu kiểm chứng' },
      { role: 'explanation', header: 'Giải trình' },
    ],
    numberRow: true,
    romanAreas: true,
    totalRow: 'Tổng cộng',
    overrides: {
      '1.1.1': { self: '0.5' }, // text with a decimal point
      '3.4': { self: 'K/A' }, // N/A allowed: −2 from the max
      '2.1.1': { self: 'Không áp dụng' }, // N/A allowed: −1.5 from the max
      '3.5.1': { self: 1 }, // planted: the unit scored a survey item
    },
  });
  const r = await checkBuilt(built);
  expect(r.sheetName).toBe('Biểu tự chấm');
  expect(r.parsed!.headerRows).toEqual({ first: 13, last: 13 });
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, method: 3, self: 4, evidence: 5, explanation: 6 });
  expect(r.parsed!.rows[0].codeRaw).toBe('I');
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  // self max 70 − 2 − 1.5 = 66.5; self 66.5 − 0.5 (1.1.1); the survey self-score counts for nothing.
  expectTotals(r, [66, 66.5], null);
  expect(area(r, '3').selfMax).toBeCloseTo(14.5 - 4.5 - 2, 6);
  expect(problems(r)).toEqual(['score.selfOnSurvey@E' + built.rowOf.get('3.5.1')]);
});

describe('(5) commune set with bonus (mục 9) and penalty (mục 10), survey points in the appraised column', () => {
  const sheet = (penalty: number | string): LayoutSpec => ({
    sheetName: 'Xã An Bình',
    titleLines: ['BIỂU CHẤM ĐIỂM CHỈ SỐ CCHC CẤP XÃ NĂM 2024', 'Tên đơn vị: UBND xã An Bình'],
    headerRow: 4,
    cols: [
      { role: 'code', header: 'TT' },
      { role: 'title', header: 'Nội dung đánh giá' },
      { role: 'max', header: 'Thang điểm' },
      { role: 'self', header: 'Điểm đơn vị tự chấm' },
      { role: 'evidence', header: 'TLKC' },
      { role: 'appraised', header: 'Điểm Hội đồng thẩm định' },
      { role: 'appraiserNote', header: 'Ý kiến Hội đồng' },
    ],
    numberRow: true,
    overrides: {
      '3.2.1': { self: 3, appraised: 3 },
      '5.1': { self: 2, appraised: 2 },
      '5.3.1': { appraised: 1.5 },
      '9': { self: 1, appraised: 1, evidence: 'Quyết định số 45/QĐ-UBND ngày 10/06/2024 công nhận sáng kiến' },
      '10': { self: penalty, appraised: penalty, evidence: 'Thông báo số 20/TB-UBND ngày 05/11/2024 về chậm báo cáo' },
    },
  });
  it.each([
    ['negative', -0.5],
    ['positive', 0.5],
    ['negative text with a comma', '-0,5'],
  ])('penalty written %s deducts', async (_, penalty) => {
    const r = await checkBuilt(buildWorkbook(XA, sheet(penalty)));
    expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
    expect(r.set!.id).toBe('mau-xa-2024');
    expect(r.scores!.bonus).toEqual({ self: 1, appraised: 1 });
    expect(r.scores!.penalty).toEqual({ self: 0.5, appraised: 0.5 });
    // self 70 − 1 − 1 + 1 − 0.5; final 100 − 2 − 0.5 (survey 5.3.1) + 1 − 0.5
    expectTotals(r, [68.5, 70], [98, 100]);
    expect(area(r, '5').appraisedIndex).toBeCloseTo((10.5 / 12) * 100, 6);
    expect(problems(r)).toEqual([]);
  });
});

test('(6) odd headers (no diacritics, upper case, line breaks), "0,5" text, KAD, hidden spacer, #REF!', async () => {
  const built = buildWorkbook(SO, {
    sheetName: 'tu cham',
    titleLines: ['BANG DIEM TU DANH GIA CHI SO CCHC NAM 2024'],
    headerRow: 3,
    cols: [
      { role: 'code', header: 'So TT' },
      { role: 'title', header: 'NOI DUNG' },
      { role: 'max', header: 'DIEM\nTOI DA' },
      { role: 'self', header: 'Điểm\ntự đánh giá' },
      { role: 'evidence', header: 'tai lieu  kiem chung' },
      { role: 'appraised', header: 'DIEM THAM DINH' },
      { role: 'appraiserNote', header: 'y kien\nTHAM DINH' },
    ],
    hiddenSpacerAfter: '1.1.2',
    overrides: {
      '1.1.1': { self: '0,5', appraised: '0,5' },
      '3.1.1': { self: 'KAD', appraised: 'KAD' }, // N/A allowed: −0.5 from both maxima
      '1.3.3': { self: { error: '#REF!' } }, // planted; the appraiser kept 1
    },
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
  expect(r.parsed!.rows.some((x) => x.hidden)).toBe(false); // the spacer is no row of its own
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  // self: 69.5 max, 69.5 − 0.5 (1.1.1) − 1 (#REF! scores 0); final: 99.5 max, 99.5 − 0.5
  expectTotals(r, [68, 69.5], [99, 99.5]);
  expect(problems(r)).toEqual(['score.excelError@D' + built.rowOf.get('1.3.3')]);
});

test('(7) Phú Thọ prototype: Số liệu kê khai before Cách tính điểm, self score last, a declared figure contradicting the score', async () => {
  const built = buildWorkbook(SO, {
    sheetName: 'Tự đánh giá',
    titleLines: ['BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024'],
    headerRow: 3,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'note', header: 'Số liệu kê khai' }, // written through the builder's spare text role
      { role: 'method', header: 'Cách tính điểm' },
      { role: 'evidence', header: 'Các yêu cầu và tài liệu kiểm chứng' },
      { role: 'self', header: 'Điểm tự đánh giá' },
    ],
    overrides: {
      '1.1.1': { note: 'Có' },
      '1.1.4': { note: '75%' }, // planted: 75% of the plan earns 1, the unit wrote 2
      '3.3.1': { note: '80%', self: 0.8 }, // proportional: 80% × 1
      '3.4': { note: 'Không áp dụng', self: 'Không áp dụng' },
    },
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, declared: 3, method: 4, evidence: 5, self: 6 });
  expect(r.set!.id).toBe('mau-so-nganh-2024');
  // self max 70 − 2 (3.4 N/A); self 68 − 0.2 (3.3.1). The contradicted 2 is still what was written.
  expectTotals(r, [67.8, 68], null);
  expect(problems(r)).toEqual(['score.declaredMismatch@G' + built.rowOf.get('1.1.4')]);
});

test('(8) "Nội dung" merged over two columns: area titles in B, sub-item titles indented into C', async () => {
  const built = buildWorkbook(SO, {
    sheetName: 'Biểu',
    titleLines: ['BIỂU CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024'],
    headerRow: 3,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Nội dung' },
      { role: 'note', header: '' }, // the second column under the merged "Nội dung"
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'self', header: 'Điểm tự chấm' },
      { role: 'evidence', header: 'Tài liệu kiểm chứng' },
      { role: 'appraised', header: 'Điểm thẩm định' },
      { role: 'appraiserNote', header: 'Ý kiến thẩm định' },
    ],
  });
  const ws = built.wb.getWorksheet('Biểu')!;
  ws.mergeCells('B3:C3');
  for (const f of flattenItems(SO)) {
    if (f.depth === 0) continue;
    const r = built.rowOf.get(f.item.code)!;
    ws.getCell(r, 3).value = f.item.code === '2.2.1' ? 'Ban hành kế hoạch kiểm tra công tác pháp chế' : ws.getCell(r, 2).value;
    ws.getCell(r, 2).value = null;
  }
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 3, self: 4, evidence: 5, appraised: 6, appraiserNote: 7 });
  const row = (code: string) => r.parsed!.rows.find((x) => x.code === code)!;
  expect(row('1').title!.address).toBe('B' + built.rowOf.get('1'));
  expect(row('1.1.1').title).toEqual({ address: 'C' + built.rowOf.get('1.1.1'), text: 'Ban hành kế hoạch CCHC năm' });
  expectTotals(r, [70, 70], [100, 100]);
  expect(r.findings.filter((f) => f.code === 'layout.titleChanged').map((f) => `${f.item}@${f.cell}`)).toEqual([
    '2.2.1@C' + built.rowOf.get('2.2.1'),
  ]);
  expect(problems(r).filter((p) => !p.startsWith('layout.titleChanged'))).toEqual([]);
});

test('(9) two appraisal rounds: "Điểm thẩm định" merged over "Lần 1 | Lần 2"; final = round 2 where entered', async () => {
  // Round 1 is read now (it used to be skipped, the later round taken as the only appraisal):
  // it is the appraised column, round 2 its own column, filled only where re-appraised.
  const built = buildWorkbook(SO, {
    sheetName: 'Thẩm định',
    titleLines: ['KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2024'],
    headerRow: 3,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Tiêu chí' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'self', header: 'Điểm tự đánh giá' },
      { role: 'evidence', header: 'Tài liệu kiểm chứng' },
      { role: 'appraised', header: 'Lần 1', group: 'Điểm thẩm định' },
      { role: 'appraised2', header: 'Lần 2', group: 'Điểm thẩm định' },
      { role: 'appraiserNote', header: 'Ý kiến thẩm định' },
    ],
    overrides: {
      // cut in round 1, restored after the explanation; the one note column serves both rounds
      '1.1.1': { appraised: 0.5, appraised2: 1, appraiserNote: 'Ban hành chậm; đã giải trình, chấp nhận' },
      '1.2.2': { appraised: 0, appraised2: 0, appraiserNote: 'Báo cáo thiếu nội dung' },
    },
  });
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraised2: 6, appraiserNote: 7 });
  expect(r.parsed!.headerRows).toEqual({ first: 2, last: 3 });
  // final: 100 − 1 (1.2.2 kept at 0 in round 2); 1.1.1 counts its round-2 1 point
  expectTotals(r, [70, 70], [99, 100]);
  // round 1 alone: 100 − 0.5 (1.1.1) − 1 (1.2.2) = 98.5
  expect(r.scores!.rounds!.round1!.total.total).toBeCloseTo(98.5, 9);
  expect(r.scores!.rounds!.round2!.total.total).toBeCloseTo(99, 9);
  expect(r.scores!.rounds!.round2Items.map((i) => [i.code, i.round1, i.round2])).toEqual([['1.1.1', 0.5, 1], ['1.2.2', 0, 0]]);
  expect(problems(r)).toEqual([]);
});
