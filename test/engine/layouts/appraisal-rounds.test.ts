/**
 * Two appraisal rounds on real .xlsx files (written by ExcelJS, saved, read back through the
 * ExcelJS file adapter and checked), one per header shape, with the unit's answers present and
 * missing. Finals worked out by hand from province-sheet.ts's fill: every scored leaf at its max,
 * survey leaves at their max in the appraised column, so an untouched sheet is final 100/100.
 */
import { sheetStatus } from '../../../src/engine/results/status';
import { roundProgress } from '../../../src/engine/scoring/round-progress';
import type { CheckResult } from '../../../src/engine/check-result';
import { buildWorkbook, bundled, checkBuilt, problems, type ColSpec } from './province-sheet';

const SO = bundled('mau-so-nganh-2024');
const BASE: ColSpec[] = [
  { role: 'code', header: 'STT' },
  { role: 'title', header: 'Tiêu chí' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'self', header: 'Điểm tự đánh giá' },
  { role: 'evidence', header: 'Tài liệu kiểm chứng' },
];
const build = (cols: ColSpec[], overrides: Parameters<typeof buildWorkbook>[1]['overrides']) =>
  buildWorkbook(SO, { sheetName: 'Thẩm định', titleLines: ['KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2024', 'Tên cơ quan, đơn vị: Sở Xây dựng'], headerRow: 4, cols, overrides });

const progress = (r: CheckResult) => roundProgress(r.parsed!, r.set!, r.alignment!);

test('"Điểm thẩm định | Điểm sau giải trình" with one "Ghi chú" column, no answer columns', async () => {
  const built = build(
    [...BASE, { role: 'appraised', header: 'Điểm thẩm định' }, { role: 'appraised2', header: 'Điểm sau giải trình' }, { role: 'note', header: 'Ghi chú' }],
    {
      // 1.1.4 (max 2): 1 in round 1, restored to 2 after the explanation
      '1.1.4': { appraised: 1, appraised2: 2, note: 'Lần 1: chỉ đạt 75%; lần 2: đã bổ sung báo cáo' },
      // 3.3.2 (max 2, N/A allowed): full in round 1, exempted in round 2
      '3.3.2': { appraised: 2, appraised2: 'Không áp dụng', note: 'Miễn theo Công văn số 5/SNV' },
    },
  );
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toMatchObject({ appraised: 5, appraised2: 6, note: 7 });
  // round 1: 100 − 1 (1.1.4) = 99 of 100
  expect(r.scores!.rounds!.round1!.total).toEqual({ total: 99, max: 100, index: 99 });
  // final: 1.1.4 = 2; 3.3.2 N/A → max 100 − 2 = 98, total 98 → 100 %
  expect(r.scores!.final).toEqual({ total: 98, max: 98, index: 100 });
  expect(r.scores!.rounds!.round2Items).toEqual([
    { code: '1.1.4', round1: 1, round2: 2, notApplicable: false },
    { code: '3.3.2', round1: 2, round2: 0, notApplicable: true },
  ]);
  // area 3 (14,5): round 1 full 14,5; final 12,5 of 12,5
  expect(r.scores!.areas.find((a) => a.code === '3')).toMatchObject({ appraised: 12.5, max: 12.5, finalFrom: 'mixed' });
  expect(r.scores!.rounds!.round1!.areas.find((a) => a.code === '3')!.appraised).toBe(14.5);
  // no answer columns: round 2 needed for the item lowered in round 1 (1.1.4), which has it
  expect(progress(r).round2).toMatchObject({ state: 'complete', needed: 1, neededFilled: 1 });
  expect(sheetStatus({ result: r }).status).toBe('complete');
  expect(problems(r)).toEqual([]);
});

test('"Điểm thẩm định (vòng 1)" … "(vòng 2)" with the unit\'s answers, one answered item still waiting', async () => {
  const built = build(
    [
      ...BASE,
      { role: 'appraised', header: 'Điểm thẩm định (vòng 1)' },
      { role: 'appraiserNote', header: 'Ý kiến thẩm định (vòng 1)' },
      { role: 'unitAnswer', header: 'Giải trình của đơn vị' },
      { role: 'addedEvidence', header: 'Tài liệu bổ sung' },
      { role: 'appraised2', header: 'Điểm thẩm định (vòng 2)' },
      { role: 'appraiserNote2', header: 'Ý kiến thẩm định (vòng 2)' },
    ],
    {
      // answered and re-appraised: 0 → 1
      '1.2.1': { appraised: 0, appraiserNote: 'Gửi báo cáo quý III chậm', unitAnswer: 'Báo cáo gửi đúng hạn qua hệ thống', appraised2: 1, appraiserNote2: 'Chấp nhận giải trình' },
      // answered (added evidence), not yet re-appraised: round 1 stands (0), round 2 pending
      '1.3.1': { appraised: 0, appraiserNote: 'Không có kế hoạch kiểm tra', addedEvidence: 'Kế hoạch số 3/KH-SXD ngày 10/01/2024' },
      // lowered, not answered: round 1 stands (0,75), nothing pending
      '2.3.2': { appraised: 0.75, appraiserNote: 'Rà soát chưa đầy đủ' },
    },
  );
  const r = await checkBuilt(built);
  expect(r.parsed!.columns).toMatchObject({ appraised: 5, appraiserNote: 6, unitAnswer: 7, addedEvidence: 8, appraised2: 9, appraiserNote2: 10 });
  expect(r.parsed!.columns.explanation).toBeUndefined();
  // round 1: 100 − 1 (1.2.1) − 0,5 (1.3.1) − 0,75 (2.3.2) = 97,75
  expect(r.scores!.rounds!.round1!.total.total).toBeCloseTo(97.75, 9);
  // final: 1.2.1 back to 1 → 97,75 + 1 = 98,75
  expect(r.scores!.final!.total).toBeCloseTo(98.75, 9);
  const p = progress(r);
  expect(p.round2).toMatchObject({ filled: 1, needed: 2, neededFilled: 1, answered: 2, state: 'inProgress', pending: ['1.3.1'] });
  const status = sheetStatus({ result: r });
  expect(status.status).toBe('appraising');
  expect(status.round).toBe(2);
  expect(problems(r)).toEqual([]);
});

test('two-row "Thẩm định lần 1" / "Thẩm định lần 2" each over "Điểm | Ý kiến": round-2 notes checked', async () => {
  const built = build(
    [
      ...BASE,
      { role: 'appraised', header: 'Điểm', group: 'Thẩm định lần 1' },
      { role: 'appraiserNote', header: 'Ý kiến', group: 'Thẩm định lần 1' },
      { role: 'unitAnswer', header: 'Giải trình của đơn vị' },
      { role: 'appraised2', header: 'Điểm', group: 'Thẩm định lần 2' },
      { role: 'appraiserNote2', header: 'Ý kiến', group: 'Thẩm định lần 2' },
    ],
    {
      // planted: changed in round 2 (0 → 1,5) with no round-2 note
      '4.2.1': { appraised: 0, appraiserNote: 'Chưa đủ số lượng phòng', unitAnswer: 'Đã kiện toàn theo QĐ 12', appraised2: 1.5 },
      // planted: round 1 already above the self score (noted), confirmed in round 2 without a reason
      '5.1.1': { self: 0, evidence: null, appraised: 1, appraiserNote: 'Đơn vị chấm thiếu', appraised2: 1 },
    },
  );
  const r = await checkBuilt(built);
  expect(r.parsed!.headerRows).toEqual({ first: 3, last: 4 });
  expect(r.parsed!.columns).toMatchObject({ appraised: 5, appraiserNote: 6, unitAnswer: 7, appraised2: 8, appraiserNote2: 9 });
  const row = built.rowOf;
  expect(problems(r)).toEqual([`appraisal.roundTwoAboveSelf@I${row.get('5.1.1')}`, `appraisal.roundTwoNoNote@I${row.get('4.2.1')}`]);
  // final: every item at its max (4.2.1 restored to 1,5; 5.1.1 = 1) → 100; round 1: 100 − 1,5 = 98,5
  expect(r.scores!.final!.total).toBe(100);
  expect(r.scores!.rounds!.round1!.total.total).toBe(98.5);
  // self: 70 − 1 (5.1.1 self 0) = 69
  expect(r.scores!.self.total).toBe(69);
});
