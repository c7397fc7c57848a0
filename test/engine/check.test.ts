import { checkGrid, checkWorkbookGrids } from '../../src/engine/check';
import { gridFromValues, type CellScalar, type Grid } from '../../src/engine/grid';
import { codeInfo } from '../../src/engine/findings/codes';
import { compareFindings } from '../../src/engine/findings/finding';
import * as fc from 'fast-check';
import { EVIDENCE, ruleSet } from './helpers/parsed-fixtures';
import { PLAIN_HEADER } from './layout/sheet-builder';

const HEADER: CellScalar[] = PLAIN_HEADER;

/** A scoresheet for ruleSet(); `self` overrides the self-score by code. Items start on row 5. */
function sheet(self: Record<string, CellScalar> = {}, name = 'Tự đánh giá'): Grid {
  const rows: [string, string, number, CellScalar, CellScalar, CellScalar][] = [
    ['1', 'Tiêu chí 1', 10, null, null, null],
    ['1.1', 'Tiêu chí 1.1', 4, null, null, null],
    ['1.1.1', 'Tiêu chí 1.1.1', 1, null, 1, EVIDENCE],
    ['1.1.2', 'Tiêu chí 1.1.2', 2, 80, 1, EVIDENCE],
    ['1.1.3', 'Tiêu chí 1.1.3', 1, 85, 0.85, EVIDENCE],
    ['1.2', 'Tiêu chí 1.2', 2, null, 1.75, EVIDENCE],
    ['1.3', 'Tiêu chí 1.3', 2, null, null, null],
    ['1.4', 'Tiêu chí 1.4', 2, null, 2, null],
  ];
  return gridFromValues(name, [
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    ['Đơn vị: Sở Thử nghiệm'],
    [],
    HEADER,
    ...rows.map(([code, title, max, declared, s, ev]) => [
      code,
      title,
      max,
      null,
      declared,
      code in self ? self[code] : s,
      ev,
      null,
    ]),
    [null, 'Tổng cộng', 10],
  ]);
}

const codes = (r: { findings: { code: string; cell: string | null }[] }) => r.findings.map((f) => `${f.code}@${f.cell ?? '-'}`);

describe('checkGrid', () => {
  test('rows the reader could not read are reported, not silently dropped', () => {
    const g = sheet();
    const totalRow = g.rows.length - 1;
    g.rows.push([{ value: '1.5' }, { value: 'Điểm thưởng ghi sau dòng tổng' }, { value: 1 }]);
    g.rowCount = g.rows.length;
    const r = checkGrid(g, { sets: [ruleSet()] });
    const note = r.findings.find((f) => f.code === 'layout.rowsAfterTotal');
    expect(note?.severity).toBe('warning');
    expect(note?.cell).toBe(`A${totalRow + 1}`);
    expect(note?.message.vi).toMatch(/1 dòng có mã nằm sau dòng tổng/);
    expect(checkGrid(sheet(), { sets: [ruleSet()] }).findings.some((f) => f.code === 'layout.rowsAfterTotal')).toBe(false);
  });

  test('a clean sheet: set matched, scores computed, unit read, no error or warning', () => {
    const r = checkGrid(sheet(), { sets: [ruleSet()] });
    expect(r.sheetName).toBe('Tự đánh giá');
    expect(r.unit).toBe('Sở Thử nghiệm');
    expect(r.set?.id).toBe('rule-set');
    expect(r.setChoice?.how).toBe('matched');
    expect(r.alignment?.missing).toEqual([]);
    // 1 + 1 + 0.85 + 1.75 + 2 = 6.6 of 10 − 2 (survey) = 8
    expect(r.scores?.self.total).toBeCloseTo(6.6);
    expect(r.scores?.self.max).toBeCloseTo(8);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('findings of every family come out, sorted errors first then by cell', () => {
    const r = checkGrid(sheet({ '1.2': 2.5, '1.4': 1.255, '1.3': 1 }), { sets: [ruleSet()] });
    expect(codes(r)).toEqual(['score.aboveMax@F10', 'score.selfOnSurvey@F11', 'score.tooManyDecimals@F12']);
  });

  test('no header → layout.noHeader and nothing else', () => {
    const r = checkGrid(gridFromValues('Ghi chú', [['Danh sách cán bộ'], ['Nguyễn Văn A', 'Phòng TCHC']]), { sets: [ruleSet()] });
    expect(codes(r)).toEqual(['layout.noHeader@-']);
    expect(r.parsed).toBeNull();
    expect(r.findings[0].message.vi).toContain('Ghi chú');
  });

  test('no set fits → layout.noSetMatched, no scores', () => {
    const r = checkGrid(sheet(), { sets: [] });
    expect(codes(r)).toEqual(['layout.noSetMatched@-']);
    expect(r.set).toBeNull();
    expect(r.scores).toBeNull();
  });

  test('a forced set is used', () => {
    const forced = ruleSet({ id: 'forced-set' });
    const r = checkGrid(sheet(), { sets: [ruleSet()], criteria: forced });
    expect(r.set).toBe(forced);
    expect(r.setChoice?.how).toBe('forced');
    const kept = checkGrid(sheet(), { sets: [ruleSet()], criteria: forced, criteriaSource: 'settings' });
    expect(kept.set).toBe(forced);
    expect(kept.setChoice?.how).toBe('settings');
  });

  test('odd input never throws: an internal error becomes a finding', () => {
    const broken = { sheetName: 'X', rows: null } as unknown as Grid;
    const r = checkGrid(broken, { sets: [ruleSet()] });
    expect(r.findings.map((f) => f.code)).toEqual(['internal.error']);
    expect(r.findings[0].severity).toBe('error');
  });
});

describe('checkWorkbookGrids', () => {
  const other = gridFromValues('Hướng dẫn', [['Hướng dẫn điền biểu'], ['Ghi điểm vào cột F']]);

  test('picks the scoresheet among other sheets', () => {
    const r = checkWorkbookGrids([other, sheet()], { sets: [ruleSet()] });
    expect(r.sheetName).toBe('Tự đánh giá');
    expect(r.set?.id).toBe('rule-set');
  });

  test('a named sheet, found by its folded name too', () => {
    expect(checkWorkbookGrids([other, sheet()], { sets: [ruleSet()], sheetName: 'tu danh gia' }).sheetName).toBe('Tự đánh giá');
  });

  test('a named sheet that does not exist → layout.sheetNotFound listing the sheets', () => {
    const r = checkWorkbookGrids([other, sheet()], { sets: [ruleSet()], sheetName: 'Biểu 1' });
    expect(codes(r)).toEqual(['layout.sheetNotFound@-']);
    expect(r.findings[0].message.vi).toContain('"Hướng dẫn"');
  });

  test('no scoresheet → layout.noScoresheet', () => {
    const r = checkWorkbookGrids([other], { sets: [ruleSet()] });
    expect(codes(r)).toEqual(['layout.noScoresheet@-']);
    expect(r.sheetName).toBe('');
  });
});

describe('checkGrid on arbitrary grids', () => {
  const cell = fc.oneof(
    fc.constantFrom<CellScalar>('STT', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định', 'Tài liệu kiểm chứng', '1', '1.1', '1.1.1', '1.2', 'KAD', '-', '#REF!', '0,5', 'Tổng cộng'),
    fc.double({ min: -5, max: 15, noNaN: true }),
    fc.string({ maxLength: 8 }),
    fc.constant(null),
  );
  test('every result is well formed: catalogued codes, both languages, sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }), (values) => {
        const r = checkGrid(gridFromValues('S', values), { sets: [ruleSet()] });
        for (const f of r.findings) {
          expect(codeInfo(f.code)).toBeDefined();
          expect(f.message.vi.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
        expect(r.findings.filter((f) => f.code === 'internal.error')).toEqual([]);
        expect(r.findings).toEqual([...r.findings].sort(compareFindings));
      }),
      { numRuns: 150 },
    );
  });
});
