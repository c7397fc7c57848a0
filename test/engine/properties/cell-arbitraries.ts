/**
 * fast-check generators for single grid cells: every kind of value a real scoresheet cell can
 * hold (numbers, numbers typed as text with commas, N/A words, Excel errors, formulas,
 * hyperlinks, notes, header and title texts, item codes) plus junk nobody should type.
 */
import fc from 'fast-check';
import type { GridCell } from '../../../src/engine/grid';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { flattenItems } from '../../../src/engine/criteria/tree';

export const NA_WORDS = ['KAD', 'K/A', 'N/A', 'Không áp dụng', 'Không đánh giá', 'không áp dụng (không có TTHC)', 'K.A.D', 'Không phát sinh'];
export const ERRORS = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
export const NUMERIC_TEXTS = [
  '0,5', '1,25', '0.75', '80%', '1.234,5', '1,234.5', ' 2 ', '1,5 điểm', '-0,5', '−1', '1e3', '0,333333', '10.000', '2,', ',5', '1.2.3', '٣', 'NaN', 'Infinity',
];
export const HEADER_TEXTS = [
  'STT', 'TT', 'Mã tiêu chí', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Nội dung', 'Tiêu chí', 'Điểm tối đa', 'Thang điểm',
  'Cách tính điểm', 'Số liệu kê khai', 'Điểm tự đánh giá', 'Tự đánh giá', 'Thẩm định', 'Điểm thẩm định', 'Tài liệu kiểm chứng',
  'TLKC', 'Giải trình', 'Ý kiến thẩm định', 'Ghi chú', 'Điều tra XHH', 'Điểm đánh giá', '(1)', '(2)', '(3)', '1', '2', '3',
];
export const TITLE_TEXTS = [
  'Tổng cộng', 'Tổng', 'Cộng:', 'Tổng điểm (I+II)', 'TÊN CƠ QUAN, ĐƠN VỊ: Sở Tư pháp', 'Tên cơ quan, đơn vị:', 'Sở Y tế',
  'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'Bộ tiêu chí: mau-so-nganh-2024 (2024.1)',
  'Bộ tiêu chí: khong-co (9.9)', 'PHẦN A. TỰ ĐÁNH GIÁ', 'a)', '- Đạt: 1 điểm', '+ Không đạt: 0 điểm', 'Kế hoạch số 10/KH-SYT ngày 23/1/2024',
  'Quyết định 12/QĐ-UBND ngày 31/12/2023', 'https://vanban.gov.vn/1', '1.1. Kế hoạch CCHC năm', 'I. CÔNG TÁC CHỈ ĐẠO', 'Người lập biểu',
];

const setCodes: string[] = [...new Set(bundledSets().flatMap((s) => flattenItems(s).map((f) => f.item.code)))];
export const SET_CODES: readonly string[] = setCodes;

/** Codes as users write them: the set's own, with stray dots, Roman numerals, typed as numbers. */
export const codeArb: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...setCodes) },
  { weight: 1, arbitrary: fc.constantFrom(...setCodes).map((c) => c + '.') },
  { weight: 1, arbitrary: fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'a', 'b)', '0', '-1', '99.99.99.99.99.99', '1..1', '1.1.1.1.1') },
  { weight: 1, arbitrary: fc.constantFrom(1, 2, 1.1, 1.2, 2.1, 10, 1.10000001, 0, -3, 1e21) },
);

const finiteNumber = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.integer({ min: 0, max: 400 }).map((n) => n / 100),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE, -0, 0.1 + 0.2, 1e21),
);

/** A number cell, now and then shown as a percentage or with two decimals. */
export const numberCellArb: fc.Arbitrary<GridCell> = fc
  .tuple(finiteNumber, fc.constantFrom(undefined, undefined, '0%', '0.00', '@'))
  .map(([value, numFmt]) => (numFmt ? { value, numFmt } : { value }));

const textCell = (texts: string[]): fc.Arbitrary<GridCell> => fc.constantFrom(...texts).map((value) => ({ value }));
export const errorCellArb: fc.Arbitrary<GridCell> = fc.constantFrom(...ERRORS).map((e) => ({ value: e, error: e }));

export const formulaCellArb: fc.Arbitrary<GridCell> = fc.oneof(
  finiteNumber.map((value): GridCell => ({ value, formula: 'SUM(F10:F14)' })),
  fc.constant<GridCell>({ value: null, formula: 'IF(A1="","",1)' }),
  fc.constantFrom(...ERRORS).map((e): GridCell => ({ value: e, error: e, formula: 'F9/0' })),
  fc.constant<GridCell>({ value: 'Văn bản số 5', formula: 'HYPERLINK("https://x.vn/5","Văn bản số 5")', hyperlink: 'https://x.vn/5' }),
  fc.constant<GridCell>({ value: 'Tổng cộng', formula: '"Tổng cộng"' }),
);

export const hyperlinkCellArb: fc.Arbitrary<GridCell> = fc.oneof(
  fc.constantFrom('Kế hoạch 10/KH-UBND ngày 1/2/2024', 'link', 'Quyết định') .map((value): GridCell => ({ value, hyperlink: 'https://vb.gov.vn/a?b=1' })),
  fc.constant<GridCell>({ value: null, hyperlink: 'mailto:x@y.vn' }),
  fc.constant<GridCell>({ value: null, hyperlink: '' }),
);

/** Junk: any unicode (lone surrogates included), booleans, dates as text, long text, a note only. */
export const junkCellArb: fc.Arbitrary<GridCell> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((value): GridCell => ({ value })),
  fc.boolean().map((value): GridCell => ({ value })),
  // Not what the adapters hand over, but a number type allows it: it must never leak into a score.
  fc.constantFrom(NaN, Infinity, -Infinity).map((value): GridCell => ({ value })),
  fc.constantFrom('2024-01-15', '31/12/2024', 'x'.repeat(5000), '\u00a0', '\u200b', '   ', '—', '-').map((value): GridCell => ({ value })),
  fc.constant<GridCell>({ value: null, note: 'ghi chú' }),
  fc.constant<GridCell>({ value: 'có ghi chú', note: 'Ý kiến: đồng ý' }),
);

/** A cell where a score is expected: mostly sensible values, some broken ones. */
export const scoreCellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: numberCellArb },
  { weight: 2, arbitrary: textCell(NUMERIC_TEXTS) },
  { weight: 1, arbitrary: textCell(NA_WORDS) },
  { weight: 1, arbitrary: errorCellArb },
  { weight: 1, arbitrary: formulaCellArb },
  { weight: 1, arbitrary: junkCellArb },
);

/** Any cell at all, header-like and title-like texts included. */
export const anyCellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: numberCellArb },
  { weight: 2, arbitrary: textCell(NUMERIC_TEXTS) },
  { weight: 1, arbitrary: textCell(NA_WORDS) },
  { weight: 1, arbitrary: errorCellArb },
  { weight: 1, arbitrary: formulaCellArb },
  { weight: 1, arbitrary: hyperlinkCellArb },
  { weight: 2, arbitrary: textCell(HEADER_TEXTS) },
  { weight: 2, arbitrary: textCell(TITLE_TEXTS) },
  { weight: 2, arbitrary: codeArb.map((value): GridCell => ({ value })) },
  { weight: 1, arbitrary: junkCellArb },
);
