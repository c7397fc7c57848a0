/**
 * Codes written only inside the title at every level ("7.2.1. Văn bản điện tử …", code cell
 * empty), level 4 included, with and without the trailing dot; and formula cells whose cached
 * result is 0 read as 0 (the Grid contract: formula set, value = the cached result, null only when
 * there is none).
 */
import { checkGrid } from '../../../src/engine/check';
import { validateCriteriaSet } from '../../../src/engine/criteria/validate';
import { buildSet, item } from '../helpers/build-set';
import { SheetBuilder } from './sheet-builder';

// 1 (6): 1.1 (4): 1.1.1 (4): 1.1.1.1 (2), 1.1.1.2 (2) · 1.2 (2)
// 2 (4): 2.1 (4): 2.1.1 (4): 2.1.1.1 (1,5), 2.1.1.2 (2,5)
const SET = buildSet(
  [
    item('1', 6, [
      item('1.1', 4, [item('1.1.1', 4, [item('1.1.1.1', 2, [], { title: 'Gửi, nhận văn bản điện tử' }), item('1.1.1.2', 2, [], { title: 'Ký số văn bản điện tử' })], { title: 'Văn bản điện tử' })], { title: 'Ứng dụng công nghệ thông tin' }),
      item('1.2', 2, [], { title: 'Dịch vụ công trực tuyến' }),
    ], { title: 'Chính quyền số' }),
    item('2', 4, [
      item('2.1', 4, [item('2.1.1', 4, [item('2.1.1.1', 1.5, [], { title: 'Hồ sơ đúng hạn' }), item('2.1.1.2', 2.5, [], { title: 'Hồ sơ được số hóa' })], { title: 'Xử lý hồ sơ' })], { title: 'Một cửa' }),
    ], { title: 'Thủ tục hành chính' }),
  ],
  { id: 'sau-cap', version: '1', year: 2024, scale: 10 },
);

const EVIDENCE = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

function sheet(selfOf: Record<string, number | { value: number | null; formula: string; noResult?: true }>, { wrap = false } = {}) {
  const b = new SheetBuilder('Biểu');
  b.row('BIỂU TỰ CHẤM ĐIỂM NĂM 2024');
  b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng');
  // [code cell, title cell, max]: codes of levels 3 and 4 only in the title, dot or no dot.
  const rows: [string, string, number, string][] = [
    ['1', 'Chính quyền số', 6, ''],
    ['1.1', 'Ứng dụng công nghệ thông tin', 4, ''],
    ['', '1.1.1. Văn bản điện tử', 4, ''],
    ['', '1.1.1.1. Gửi, nhận văn bản điện tử', 2, '1.1.1.1'],
    ['', '1.1.1.2 Ký số văn bản điện tử', 2, '1.1.1.2'],
    ['1.2', 'Dịch vụ công trực tuyến', 2, '1.2'],
    ['2', 'Thủ tục hành chính', 4, ''],
    ['2.1', 'Một cửa', 4, ''],
    ['', '2.1.1 Xử lý hồ sơ', 4, ''],
    ['', '2.1.1.1 Hồ sơ đúng hạn', 1.5, '2.1.1.1'],
    ['', '2.1.1.2. Hồ sơ được số hóa', 2.5, '2.1.1.2'],
  ];
  for (const [code, title, max, leaf] of rows) {
    const s = leaf ? selfOf[leaf] : undefined;
    // `wrap`: a title broken over two rows by hand, nothing merged ("… văn bản" / "điện tử").
    const split = wrap && leaf === '1.1.1.1';
    b.row(code, split ? '1.1.1.1. Gửi, nhận văn bản' : title, max, s === undefined ? null : typeof s === 'number' ? s : { value: s.value, formula: s.formula, ...(s.noResult ? { noResult: s.noResult } : {}) }, leaf ? EVIDENCE : null);
    if (split) b.row(null, 'điện tử');
  }
  return b.build();
}

test('the hand-built four-level set is valid', () => {
  expect(validateCriteriaSet(SET).ok).toBe(true);
});

test('level 3 and 4 codes inside the title (with and without the dot) are items, aligned and scored', () => {
  const r = checkGrid(sheet({ '1.1.1.1': 2, '1.1.1.2': 1, '1.2': 2, '2.1.1.1': 1.5, '2.1.1.2': 2.5 }), { sets: [SET] });
  expect(r.parsed!.rows.map((x) => x.code)).toEqual(['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.2', '1.2', '2', '2.1', '2.1.1', '2.1.1.1', '2.1.1.2']);
  expect(r.parsed!.rows.find((x) => x.code === '1.1.1.2')!.title!.text).toBe('Ký số văn bản điện tử');
  expect(r.alignment!.missing).toEqual([]);
  // 2 + 1 + 2 + 1,5 + 2,5 = 9 of 10.
  expect(r.scores!.self.total).toBeCloseTo(9, 9);
  expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a formula whose cached result is 0 is read as 0, not as a blank; one without a result is said plainly', () => {
  const r = checkGrid(
    sheet({
      '1.1.1.1': { value: 0, formula: 'IF(F6="x",2,0)' },
      '1.1.1.2': 2,
      '1.2': 2,
      '2.1.1.1': { value: null, formula: 'IF(F12="x",1.5,0)', noResult: true },
      '2.1.1.2': { value: null, formula: 'IF(F13="x","",2.5)' }, // an empty text result: a blank
    }),
    { sets: [SET] },
  );
  // 0 + 2 + 2 + unknown (0) + blank (0) = 4.
  expect(r.scores!.self.total).toBeCloseTo(4, 9);
  expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([
    'score.formulaNoValue@D12',
    'score.missing@D13',
  ]);
});

test('a title broken over two rows without merged cells is not a changed title; a renamed one is', () => {
  const scores = { '1.1.1.1': 2, '1.1.1.2': 2, '1.2': 2, '2.1.1.1': 1.5, '2.1.1.2': 2.5 };
  const r = checkGrid(sheet(scores, { wrap: true }), { sets: [SET] });
  expect(r.scores!.self.total).toBeCloseTo(10, 9);
  expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const renamed = sheet(scores);
  renamed.rows[11]![1] = { value: '2.1.1.1 Hồ sơ' }; // the set says "Hồ sơ đúng hạn"
  expect(checkGrid(renamed, { sets: [SET] }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([
    'layout.titleChanged@B12',
  ]);
});
