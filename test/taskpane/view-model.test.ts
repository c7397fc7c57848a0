import type { Finding } from '../../src/engine/findings/finding';
import type { AreaScore, ItemScore, ScoreResult } from '../../src/engine/scoring/scores';
import { areaResolver, countBySeverity, groupFindings } from '../../src/taskpane/state/group-findings';
import { appraisalView } from '../../src/taskpane/state/appraisal';

const f = (code: string, severity: Finding['severity'], cell: string | null, item: string | null): Finding => ({
  code,
  severity,
  cell,
  item,
  message: { vi: code, en: code },
});

function item(code: string, depth: number, self: number, appraised: number | null, kind: ItemScore['kind'] = 'scored'): ItemScore {
  return { code, title: code, kind, depth, max: 0, setMax: 0, selfMax: 0, self, appraised, notApplicable: false, missing: false, row: null };
}

function area(code: string, self: number, appraised: number | null): AreaScore {
  return { code, title: `Area ${code}`, max: 10, selfMax: 8, self, appraised, index: 0, selfIndex: 0, appraisedIndex: null };
}

function scores(areas: AreaScore[], items: ItemScore[]): ScoreResult {
  const total = { total: 0, max: 0, index: 0 };
  return {
    self: total,
    final: null,
    bonus: { self: 0, appraised: null },
    penalty: { self: 0, appraised: null },
    areas,
    items,
    classification: null,
    classifiedOn: null,
  };
}

describe('groupFindings', () => {
  const sc = scores(
    [area('I', 0, null), area('II', 0, null)],
    [item('I', 0, 0, null), item('1.1', 1, 0, null), item('II', 0, 0, null), item('2.1', 1, 0, null), item('2.1.1', 2, 0, null)],
  );
  const findings = [
    f('score.aboveMax', 'error', 'F40', '2.1.1'),
    f('evidence.missing', 'error', 'H12', '1.1'),
    f('layout.noHeader', 'error', null, null),
    f('evidence.noReference', 'warning', 'H41', '2.1.1'),
    f('layout.missingItem', 'warning', null, '9.9'),
  ];

  it('counts by severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 2, info: 0 });
  });

  it('maps items to their area by tree order (Roman areas too), else by the first code part', () => {
    const areaOf = areaResolver({ scores: sc, set: null });
    expect(areaOf('1.1')).toBe('I');
    expect(areaOf('2.1.1')).toBe('II');
    expect(areaOf('9.9')).toBe('9');
    expect(areaOf(null)).toBeNull();
  });

  it('groups errors first, then warnings, each by area in set order with the whole-sheet group first', () => {
    const groups = groupFindings(findings, { scores: sc, set: null });
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 2],
    ]);
    expect(groups[0].areas.map((a) => [a.area, a.title, a.findings.map((x) => x.cell)])).toEqual([
      [null, null, [null]],
      ['I', 'Area I', ['H12']],
      ['II', 'Area II', ['F40']],
    ]);
    expect(groups[1].areas.map((a) => a.area)).toEqual(['II', '9']);
  });
});

describe('appraisalView', () => {
  it('is null without appraised scores', () => {
    expect(appraisalView(scores([area('1', 5, null)], [item('1', 0, 5, null)]))).toBeNull();
    expect(appraisalView(null)).toBeNull();
  });

  it('sets survey points apart and gives differences per area and in total', () => {
    const sc = scores(
      [area('1', 7.5, 8.35), area('2', 6.5, 6)],
      [
        item('1', 0, 7.5, 8.35),
        item('1.1', 1, 4, 4),
        item('1.1.1', 2, 4, 4),
        item('1.4', 1, 0, 0.85, 'survey'),
        item('2', 0, 6.5, 6),
        item('2.1', 1, 6.5, 6),
      ],
    );
    const view = appraisalView(sc)!;
    expect(view.rows.map((r) => [r.code, r.self, +r.appraised.toFixed(2), +r.survey.toFixed(2), +r.difference.toFixed(2)])).toEqual([
      ['1', 7.5, 7.5, 0.85, 0],
      ['2', 6.5, 6, 0, -0.5],
    ]);
    expect(+view.total.difference.toFixed(2)).toBe(-0.5);
    expect(+view.total.survey.toFixed(2)).toBe(0.85);
    expect(view.total.self).toBe(14);
  });
});
