import { alignRows } from '../../../src/engine/align';
import { checkGrid } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { CriteriaItem, CriteriaSet } from '../../../src/engine/criteria/schema';
import { effectiveKind, flattenItems, isLeaf } from '../../../src/engine/criteria/tree';
import { a1 } from '../../../src/engine/grid';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { computeScores } from '../../../src/engine/scoring/compute';
import type { SheetSpec } from '../../../src/engine/sheet-spec';
import { buildTemplateSheet, TEMPLATE_COLUMNS as C, TEMPLATE_HEADER_ROW } from '../../../src/engine/template/template-sheet';
import { buildSet, item } from '../helpers/build-set';
import { specToGrid } from './spec-to-grid';

const cellAt = (spec: SheetSpec, row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);
const mau = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
const xa = bundledSets().find((s) => s.id === 'mau-xa-2024')!;

describe('buildTemplateSheet: layout', () => {
  const set = buildSet(
    [
      item('1', 3, [
        item('1.1', 2, [item('1.1.1', 1, [], { scoring: { type: 'options', options: [{ label: 'Đạt', points: 1 }, { label: 'Một phần', points: 0.5 }, { label: 'Không', points: 0 }] } }), item('1.1.2', 1, [], { notApplicable: 'allowed' })]),
        item('1.10', 1, [], { kind: 'survey', method: 'Điều tra XHH' }),
        item('1.2', 0.5, [], { kind: 'bonus' }),
      ]),
      item('2', 1, [], { kind: 'penalty' }),
    ],
    { id: 'thu-nghiem', version: '2024.3', scale: 3 },
  );
  const spec = buildTemplateSheet(set, { unit: '=1+1' });
  const row = (code: string) => spec.cells.find((c) => c.col === C.code && c.value && 'text' in c.value && c.value.text === code)!.row;

  it('has the title block with year, unit and set id and version', () => {
    expect(cellAt(spec, 0, 0)?.value).toEqual({ text: 'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024' });
    expect(cellAt(spec, 2, 0)?.value).toEqual({ text: 'Tên cơ quan, đơn vị:' });
    expect(cellAt(spec, 2, 2)).toMatchObject({ value: { text: '=1+1' }, style: { locked: false } });
    expect(cellAt(spec, 3, 0)?.value).toEqual({ text: 'Bộ tiêu chí: thu-nghiem (2024.3)' });
  });

  it('writes codes as text so 1.10 stays 1.10, with max and locked title', () => {
    const r = row('1.10');
    expect(cellAt(spec, r, C.max)?.value).toEqual({ number: 1 });
    expect(cellAt(spec, r, C.title)?.style?.locked).not.toBe(false);
    expect(cellAt(spec, r, C.method)?.value).toEqual({ text: 'Điều tra XHH' });
  });

  it('puts SUM formulas on parents (bonus children apart) and the total row (bonus added, penalty deducted)', () => {
    const r1 = row('1');
    const kids = ['1.1', '1.10'].map((c) => a1(row(c), C.self)).join(',');
    expect(cellAt(spec, r1, C.self)?.value).toEqual({ formula: `IF(COUNT(${kids})=0,"",SUM(${kids}))` });
    const total = TEMPLATE_HEADER_ROW + 1 + flattenItems(set).length;
    expect(cellAt(spec, total, C.title)?.value).toEqual({ text: 'Tổng cộng' });
    const f = (cellAt(spec, total, C.appraised)?.value as { formula: string }).formula;
    expect(f).toContain(`SUM(${a1(r1, C.appraised)})+SUM(${a1(row('1.2'), C.appraised)})-ABS(SUM(${a1(row('2'), C.appraised)}))`);
  });

  it('unlocks input cells of leaves, locks the self cell of survey items', () => {
    const leaf = row('1.1.2');
    for (const col of [C.declared, C.self, C.evidence, C.explanation, C.appraised, C.appraiserNote]) {
      expect(cellAt(spec, leaf, col)?.style?.locked).toBe(false);
    }
    expect(cellAt(spec, row('1.10'), C.self)?.style?.locked).not.toBe(false);
    expect(cellAt(spec, row('1.10'), C.appraised)?.style?.locked).toBe(false);
    expect(cellAt(spec, row('1.1'), C.self)?.style?.locked).not.toBe(false);
  });

  it('validates scores: option lists, 0..max decimals, none where N/A text must pass', () => {
    const v = (code: string, col: number) => spec.validations!.find((x) => x.row === row(code) && x.col === col);
    expect(v('1.1.1', C.self)).toMatchObject({ type: 'list', list: ['1', '0.5', '0'] });
    expect(v('1.10', C.self)).toBeUndefined();
    expect(v('1.10', C.appraised)).toMatchObject({ type: 'decimal', min: 0, max: 1 });
    expect(v('1.1.2', C.self)).toBeUndefined();
    expect(v('2', C.self)?.prompt).toMatch(/bị trừ/);
  });

  it('is protected, frozen under the header, A4 landscape', () => {
    expect(spec.protect).toBe(true);
    expect(spec.freezeRows).toBe(TEMPLATE_HEADER_ROW + 1);
    expect(spec.print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
  });
});

/** What a careful unit types into the template: full marks, evidence on every scored leaf. */
function fillIn(set: CriteriaSet, appraised: boolean): Record<string, string | number> {
  const typed: Record<string, string | number> = { [a1(2, 2)]: 'Sở Thử nghiệm' };
  flattenItems(set).forEach((f, i) => {
    if (!isLeaf(f.item)) return;
    const r = TEMPLATE_HEADER_ROW + 1 + i;
    const kind = effectiveKind(f);
    const points = best(f.item);
    if (kind !== 'survey' && kind !== 'penalty') {
      typed[a1(r, C.self)] = points;
      if (f.item.scoring?.type === 'bands' || f.item.scoring?.type === 'proportional') typed[a1(r, C.declared)] = 100;
      typed[a1(r, C.evidence)] = `Kế hoạch số ${i + 1}/KH-UBND ngày 15/01/${set.year} của UBND tỉnh`;
    }
    if (appraised && kind !== 'penalty') typed[a1(r, C.appraised)] = points;
  });
  return typed;
}
function best(it: CriteriaItem): number {
  if (it.scoring?.type === 'options') return Math.max(...it.scoring.options.map((o) => o.points));
  if (it.scoring?.type === 'bands') return Math.max(...it.scoring.bands.map((b) => b.points));
  return it.maxPoints;
}

describe('buildTemplateSheet: reads back as a scoresheet', () => {
  it.each([
    ['mau-so-nganh-2024', mau],
    ['mau-xa-2024', xa],
  ] as const)('reads every item of %s back with full marks', (_id, set) => {
    const spec = buildTemplateSheet(set);
    const parsed = readSheet(specToGrid(spec, fillIn(set, true)))!;
    expect(parsed).not.toBeNull();
    expect(parsed.titleBlock).toMatchObject({ unit: 'Sở Thử nghiệm', declaredSetId: set.id, declaredVersion: set.version, year: set.year });
    const alignment = alignRows(parsed, set);
    expect(alignment.missing).toEqual([]);
    expect(alignment.extra).toEqual([]);
    const s = computeScores(parsed, set, alignment);
    expect(s.self.total).toBeCloseTo(s.self.max, 9);
    expect(s.final!.index).toBeCloseTo(100, 6);
  });

  it.each([
    ['self-assessed', false],
    ['appraised', true],
  ])('checks clean once filled in (%s)', (_label, appraised) => {
    const spec = buildTemplateSheet(mau);
    const result = checkGrid(specToGrid(spec, fillIn(mau, appraised as boolean)), { sets: bundledSets() });
    const serious = result.findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => `${f.code} ${f.cell} ${f.message.en}`)).toEqual([]);
    expect(result.set?.id).toBe('mau-so-nganh-2024');
  });

  it('the filled template caches its total row like Excel: the sum of the areas, equal to the computed total', () => {
    // Regression: spec-to-grid evaluated the total row (which refers to the areas above it)
    // before the area rows, leaving it blank.
    const grid = specToGrid(buildTemplateSheet(mau), fillIn(mau, false));
    const parsed = readSheet(grid)!;
    const s = computeScores(parsed, mau, alignRows(parsed, mau));
    const total = grid.rows[TEMPLATE_HEADER_ROW + 1 + flattenItems(mau).length][C.self]!;
    expect(total.formula).toMatch(/^IF\(COUNT/);
    expect(total.value).toBeCloseTo(s.self.total, 9);
  });

  it('reads an untouched template as not appraised (blank parent formulas)', () => {
    const spec = buildTemplateSheet(mau);
    const parsed = readSheet(specToGrid(spec))!;
    const s = computeScores(parsed, mau, alignRows(parsed, mau));
    expect(s.final).toBeNull();
    expect(s.self.total).toBe(0);
  });
});
