import { alignRows } from '../../../src/engine/align';
import type { CheckResult } from '../../../src/engine/check-result';
import type { Finding } from '../../../src/engine/findings/finding';
import { computeScores } from '../../../src/engine/scoring/compute';
import type { SheetSpec, SpecCell, SpecValue } from '../../../src/engine/sheet-spec';
import { buildSummarySheet } from '../../../src/engine/summary/summary-sheet';
import { buildParsed } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

const set = buildSet(
  [
    item('1', 10, [item('1.1', 6), item('1.2', 4)], { title: 'Công tác chỉ đạo, điều hành' }),
    item('2', 5, [item('2.1', 5, [], { kind: 'survey' })], { title: 'Tác động' }),
    item('3', 2, [], { kind: 'penalty' }),
  ],
  { id: 'mau-thu', version: '2024.2', title: 'Bộ tiêu chí thử', classification: [{ label: 'Tốt', minIndex: 80 }, { label: 'Khá', minIndex: 0 }] },
);

const UNIT = '=HYPERLINK("http://x","bấm")';

function result(appraised: boolean, findings: Finding[] = []): CheckResult {
  const parsed = buildParsed(
    [
      ['1', {}],
      ['1.1', { self: 6, ...(appraised ? { appraised: 5 } : {}) }],
      ['1.2', { self: 3.5, ...(appraised ? { appraised: 3.5 } : {}) }],
      ['2', {}],
      ['2.1', appraised ? { appraised: 4.25 } : {}],
      ['3', appraised ? { appraised: 1 } : {}],
    ],
    { sheetName: "Tự đánh giá 'A'", appraised, unit: UNIT },
  );
  const alignment = alignRows(parsed, set);
  return {
    sheetName: parsed.sheetName,
    unit: UNIT,
    set,
    setChoice: { how: 'declared', candidates: [] },
    parsed,
    alignment,
    scores: computeScores(parsed, set, alignment),
    findings,
  };
}

const f = (code: string, severity: Finding['severity'], cell: string | null, item: string | null): Finding => ({
  code,
  severity,
  cell,
  item,
  message: { vi: `Thông báo ${code}`, en: `Message ${code}` },
});

const textOf = (v: SpecValue) => (v && 'text' in v ? v.text : v && 'link' in v ? v.link.text : null);
const at = (spec: SheetSpec, row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
const rowWith = (spec: SheetSpec, col: number, text: string): number => {
  const c = spec.cells.find((x: SpecCell) => x.col === col && textOf(x.value) === text);
  if (!c) throw new Error(`no cell "${text}" in column ${col}`);
  return c.row;
};
const numAt = (spec: SheetSpec, row: number, col: number) => {
  const v = at(spec, row, col);
  return v && 'number' in v ? v.number : null;
};

describe('buildSummarySheet', () => {
  const findings = [f('evidence.missing', 'error', 'G12', '1.1'), f('layout.missingItem', 'warning', null, '1.3'), f('score.aboveMax', 'error', 'F11', '1')];
  const spec = buildSummarySheet(result(true, findings), 'vi');

  it('is named "Tổng hợp" unless told otherwise', () => {
    expect(spec.name).toBe('Tổng hợp');
    expect(buildSummarySheet(result(true), 'vi', { sheetName: 'Tổng hợp (2)' }).name).toBe('Tổng hợp (2)');
  });

  it('writes text from the checked workbook as text, never as a formula', () => {
    const unitRow = rowWith(spec, 0, 'Đơn vị:');
    expect(at(spec, unitRow, 1)).toEqual({ text: UNIT });
    expect(spec.cells.some((c) => c.value !== null && 'formula' in c.value)).toBe(false);
    expect(at(spec, rowWith(spec, 0, 'Bộ tiêu chí:'), 1)).toEqual({ text: 'mau-thu (2024.2)' });
  });

  it('gives per area max, self max, self, appraised, difference and component index', () => {
    const r = rowWith(spec, 0, '1');
    expect(textOf(at(spec, r, 1))).toBe('Công tác chỉ đạo, điều hành');
    expect([2, 3, 4, 5, 6, 7].map((c) => numAt(spec, r, c))).toEqual([10, 10, 9.5, 8.5, -1, 85]);
    const r2 = rowWith(spec, 0, '2');
    expect([2, 3, 4, 5, 6, 7].map((c) => numAt(spec, r2, c))).toEqual([5, 0, 0, 4.25, 4.25, 85]);
  });

  it('gives penalty, totals, index and classification', () => {
    expect(numAt(spec, rowWith(spec, 0, 'Điểm trừ'), 5)).toBe(1);
    const total = rowWith(spec, 0, 'Tổng cộng');
    expect([2, 3, 4, 5].map((c) => numAt(spec, total, c))).toEqual([15, 10, 9.5, 11.75]);
    const index = rowWith(spec, 0, 'Chỉ số CCHC (%)');
    expect(numAt(spec, index, 4)).toBe(95);
    expect(numAt(spec, index, 5)).toBe(78.33);
    expect(textOf(at(spec, rowWith(spec, 0, 'Xếp loại'), 2))).toBe('Khá (theo điểm sau thẩm định)');
  });

  it('counts findings by severity', () => {
    expect(numAt(spec, rowWith(spec, 0, 'Lỗi'), 2)).toBe(2);
    expect(numAt(spec, rowWith(spec, 0, 'Cảnh báo'), 2)).toBe(1);
    expect(numAt(spec, rowWith(spec, 0, 'Lưu ý'), 2)).toBe(0);
  });

  it('lists findings, errors first in sheet order, each cell a link to the checked sheet', () => {
    const header = rowWith(spec, 1, 'Nội dung');
    expect(spec.print).toEqual({ orientation: 'portrait', fitToWidth: true, repeatRows: { first: header, last: header } });
    expect(at(spec, header + 1, 3)).toEqual({ link: { text: 'F11', sheet: "Tự đánh giá 'A'", cell: 'F11' } });
    expect(at(spec, header + 2, 3)).toEqual({ link: { text: 'G12', sheet: "Tự đánh giá 'A'", cell: 'G12' } });
    expect(textOf(at(spec, header + 2, 1))).toBe('Thông báo evidence.missing');
    expect(textOf(at(spec, header + 2, 2))).toBe('Lỗi');
    expect(textOf(at(spec, header + 3, 3))).toBe('(cả biểu)');
    expect(textOf(at(spec, header + 3, 4))).toBe('1.3');
  });

  it('speaks English when asked and says when nothing is appraised', () => {
    const en = buildSummarySheet(result(false, [f('score.notNumber', 'error', 'F12', '1.1')]), 'en');
    expect(textOf(at(en, 0, 0))).toBe('PAR INDEX SCORESHEET CHECK SUMMARY');
    const header = rowWith(en, 1, 'Message');
    expect(textOf(at(en, header + 1, 1))).toBe('Message score.notNumber');
    const index = rowWith(en, 0, 'PAR Index (%)');
    expect(textOf(at(en, index, 5))).toBe('Not appraised yet');
    expect(textOf(at(en, rowWith(en, 0, 'Classification'), 2))).toBe('Tốt (on the self-assessed score)');
  });

  it('still writes a sheet when nothing could be scored', () => {
    const r: CheckResult = { ...result(false), set: null, scores: null, unit: null, findings: [f('layout.noHeader', 'error', null, null)] };
    const s = buildSummarySheet(r, 'vi');
    expect(textOf(at(s, rowWith(s, 0, 'Đơn vị:'), 1))).toBe('(biểu không ghi tên đơn vị)');
    expect(s.cells.some((c) => textOf(c.value)?.startsWith('Chưa tính được điểm'))).toBe(true);
    expect(numAt(s, rowWith(s, 0, 'Lỗi'), 2)).toBe(1);
  });
});
