/**
 * Exemption checks (src/engine/findings/exemption-checks.ts) on hand-built sheets and hand-built
 * grants (what exemptions/table.ts would give for the unit), with the expected findings and
 * messages worked out by hand.
 *
 * Set "mien-thu":  1 (6): 1.1 (2, N/A allowed) · 1.2 (2, N/A allowed) · 1.3 (2)
 *                  2 (4, N/A allowed itself): 2.1 (2, N/A allowed) · 2.2 (2)
 *                  3 (2): 3.1 (2, survey, N/A allowed)
 * Sheet rows (buildParsed, first row 11): 1 → 11, 1.1 → 12, 1.2 → 13, 1.3 → 14, 2 → 15,
 * 2.1 → 16, 2.2 → 17, 3 → 18, 3.1 → 19; F self, I appraised.
 */
import { alignRows } from '../../../src/engine/align';
import type { ExemptionGrant } from '../../../src/engine/exemptions/table';
import { buildContext } from '../../../src/engine/findings/context';
import { findExemptionIssues } from '../../../src/engine/findings/exemption-checks';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type BuildOptions, type CellInput, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

const NA = { notApplicable: 'allowed' as const };
const SET = buildSet(
  [
    item('1', 6, [item('1.1', 2, [], NA), item('1.2', 2, [], NA), item('1.3', 2)]),
    item('2', 4, [item('2.1', 2, [], NA), item('2.2', 2)], NA),
    item('3', 2, [item('3.1', 2, [], { kind: 'survey', ...NA })]),
  ],
  { id: 'mien-thu' },
);

const MAX: Record<string, number> = { '1': 6, '1.1': 2, '1.2': 2, '1.3': 2, '2': 4, '2.1': 2, '2.2': 2, '3': 2, '3.1': 2 };

/** Self scores by code (2 where not given); `drop` leaves rows off the sheet. */
function rows(self: Record<string, CellInput> = {}, drop: string[] = []): RowSpec[] {
  // (Object.keys would put '1', '2', '3' first: integer-like keys come first in JS.)
  return ['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1']
    .filter((c) => !drop.includes(c))
    .map((c) => [c, { max: MAX[c], self: c in self ? self[c] : c.includes('.') ? 2 : null }] as RowSpec);
}

function run(specs: RowSpec[], grant?: ExemptionGrant, opts: BuildOptions = {}, without: ColumnRole[] = []) {
  const parsed = buildParsed(specs, opts);
  for (const r of without) delete parsed.columns[r];
  return findExemptionIssues(buildContext(parsed, SET, alignRows(parsed, SET), { exemptions: grant }));
}

const grant = (codes: [string, string][], row: number | null = 3): ExemptionGrant => ({
  source: 'mien.csv',
  row,
  unit: row === null ? null : 'Sở Tư pháp',
  codes: new Map(codes),
});

const sev = (f: ReturnType<typeof run>) => f.map((x) => `${x.code}@${x.cell ?? '-'}:${x.severity}:${x.item ?? '-'}`);

describe('without a table: every N/A claim is listed for confirmation', () => {
  test('an abbreviation is spelled out; the whole message', () => {
    const f = run(rows({ '1.1': 'KAD' }));
    expect(sev(f)).toEqual(['exemption.unconfirmed@F12:info:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Tiêu chí 1.1 ghi "KAD" (không áp dụng), nên điểm tối đa 2 không tính vào tổng điểm. Việc miễn đánh giá phải được Sở Nội vụ chấp thuận: đề nghị đơn vị nêu văn bản chấp thuận để xác nhận.',
      en: 'Criterion 1.1 says "KAD" (not applicable), so its max of 2 is left out of the total. An exemption needs the Department of Home Affairs\' approval: the unit should name the approving document so it can be confirmed.',
    });
  });

  test('"Không áp dụng" in full is not explained again in Vietnamese (folded: any case)', () => {
    const f = run(rows({ '2.1': 'KHÔNG ÁP DỤNG' }));
    expect(sev(f)).toEqual(['exemption.unconfirmed@F16:info:2.1']);
    expect(f[0].message.vi).toBe(
      'Tiêu chí 2.1 ghi "KHÔNG ÁP DỤNG", nên điểm tối đa 2 không tính vào tổng điểm. Việc miễn đánh giá phải được Sở Nội vụ chấp thuận: đề nghị đơn vị nêu văn bản chấp thuận để xác nhận.',
    );
    expect(f[0].message.en).toMatch(/^Criterion 2\.1 says "KHÔNG ÁP DỤNG" \(not applicable\), so its max of 2/);
  });

  test('only leaves the set lets be N/A, not surveys or parents, not numbers', () => {
    // 1.3 does not allow N/A (score-checks says so); 2 is a parent; 3.1 a survey; 1.2 has a number.
    expect(run(rows({ '1.3': 'KAD', '2': 'KAD', '3.1': 'KAD', '1.2': 0 }))).toEqual([]);
  });

  test('each claim, in set order', () => {
    expect(sev(run(rows({ '2.1': 'N/A', '1.2': 'KAD' })))).toEqual(['exemption.unconfirmed@F13:info:1.2', 'exemption.unconfirmed@F16:info:2.1']);
  });

  test('an item missing from the sheet claims nothing', () => {
    expect(sev(run(rows({ '1.2': 'KAD' }, ['1.1'])))).toEqual(['exemption.unconfirmed@F12:info:1.2']);
  });

  test('a sheet with neither a self nor an appraised column claims nothing', () => {
    expect(run(rows({ '1.1': 'KAD' }), undefined, {}, ['self'])).toEqual([]);
  });

  test('on a sheet without self scores, the appraised cell is the claim', () => {
    const specs: RowSpec[] = [['1', { max: 6 }], ['1.1', { max: 2, self: 'KAD', appraised: 2 }], ['1.2', { max: 2, self: 2, appraised: 'KAD' }]];
    expect(sev(run(specs, undefined, {}, ['self']))).toEqual(['exemption.unconfirmed@I13:info:1.2']);
    // With the self column, the self cell is the claim.
    expect(sev(run(specs))).toEqual(['exemption.unconfirmed@F12:info:1.1']);
  });
});

describe('with a table: claims not granted', () => {
  test('the unit\'s row does not list the item: a warning, the whole message', () => {
    const f = run(rows({ '1.1': 'KAD', '1.2': 'KAD' }), grant([['1.1', 'C3']]));
    expect(sev(f)).toEqual(['exemption.notGranted@F13:warning:1.2']);
    expect(f[0].message).toEqual({
      vi: 'Tiêu chí 1.2 ghi "KAD" nhưng việc miễn đánh giá tiêu chí này chưa được Sở Nội vụ chấp thuận (dòng 3 của bảng miễn đánh giá "mien.csv" không có tiêu chí này). Đề nghị đơn vị chấm điểm tiêu chí này (từ 0 đến 2) hoặc gửi văn bản chấp thuận của Sở Nội vụ; nếu không được chấp thuận, tiêu chí được tính 0 trên 2 điểm.',
      en: 'Criterion 1.2 says "KAD" but the Department of Home Affairs has not approved exempting the unit from it (row 3 of the exemptions table "mien.csv" does not list it). The unit should score it (0 to 2) or send the department\'s approval; if not approved, it scores 0 of 2.',
    });
  });

  test('an ancestor granted covers its leaves', () => {
    expect(run(rows({ '1.1': 'KAD', '1.2': 'KAD' }), grant([['1', 'C3']]))).toEqual([]);
  });

  test('the table has no row for the unit: named, or said to be unnamed', () => {
    const f = run(rows({ '1.1': 'KAD' }), grant([], null), { unit: 'Sở Tư pháp' });
    expect(sev(f)).toEqual(['exemption.notGranted@F12:warning:1.1']);
    expect(f[0].message.vi).toContain('chưa được Sở Nội vụ chấp thuận (bảng miễn đánh giá "mien.csv" không có dòng nào của đơn vị "Sở Tư pháp"). Đề nghị');
    expect(f[0].message.en).toContain('from it (the exemptions table "mien.csv" has no row for the unit "Sở Tư pháp"). The unit');
    const g = run(rows({ '1.1': 'KAD' }), grant([], null));
    expect(g[0].message.vi).toContain('(bảng miễn đánh giá "mien.csv" không có dòng nào của đơn vị (biểu không ghi tên đơn vị)). Đề nghị');
    expect(g[0].message.en).toContain('(the exemptions table "mien.csv" has no row for the unit (the sheet does not name its unit)). The unit');
  });

  test('no row for the unit: granted codes are not compared with the sheet', () => {
    // (A table without the unit's row grants nothing; a hand-made grant with codes but no row
    // still reports no "granted but not claimed".)
    expect(run(rows(), grant([['1.1', 'C3']], null))).toEqual([]);
  });
});

describe('with a table: grants the sheet does not use', () => {
  test('a granted leaf still scored: info on its claim cell, the whole message', () => {
    const f = run(rows(), grant([['1.1', 'C3']]));
    expect(sev(f)).toEqual(['exemption.notClaimed@F12:info:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Đơn vị được Sở Nội vụ chấp thuận miễn đánh giá tiêu chí 1.1 (bảng "mien.csv", ô C3) nhưng biểu vẫn chấm điểm tiêu chí 1.1. Đề nghị đơn vị ghi "Không áp dụng" nếu đúng là được miễn (khi đó điểm tối đa không tính vào tổng điểm).',
      en: 'The Department of Home Affairs has exempted the unit from criterion 1.1 (table "mien.csv", cell C3) but the sheet still scores 1.1. The unit should write "Không áp dụng" (not applicable) if it is indeed exempt (its max then leaves the total).',
    });
  });

  test('a granted area: its exemptible leaves still scored, on the first one\'s cell', () => {
    // Area 1: exemptible 1.1 and 1.2 (1.3 is not); both scored.
    const f = run(rows(), grant([['1', 'B3']]));
    expect(sev(f)).toEqual(['exemption.notClaimed@F12:info:1']);
    expect(f[0].message.vi).toContain('miễn đánh giá lĩnh vực 1 (bảng "mien.csv", ô B3) nhưng biểu vẫn chấm điểm các tiêu chí 1.1, 1.2. Đề nghị');
    expect(f[0].message.en).toContain('from area 1 (table "mien.csv", cell B3) but the sheet still scores 1.1, 1.2. The unit');
    // 1.1 claimed: only 1.2 left, on its own cell.
    const g = run(rows({ '1.1': 'KAD' }), grant([['1', 'B3']]));
    expect(sev(g)).toEqual(['exemption.notClaimed@F13:info:1']);
    expect(g[0].message.vi).toContain('vẫn chấm điểm tiêu chí 1.2. Đề nghị');
  });

  test('a parent that may be N/A itself is no leaf: only its leaves are named', () => {
    // Area 2 allows N/A itself, but only leaf 2.1 is listed.
    expect(run(rows(), grant([['2', 'B3']]))[0].message.vi).toContain('vẫn chấm điểm tiêu chí 2.1. Đề nghị');
  });

  test('a leaf under two granted codes is named once, under the first', () => {
    const f = run(rows(), grant([['1.1', 'C3'], ['1', 'B3']]));
    expect(sev(f)).toEqual(['exemption.notClaimed@F12:info:1.1', 'exemption.notClaimed@F13:info:1']);
    expect(f[1].message.vi).toContain('vẫn chấm điểm tiêu chí 1.2. Đề nghị');
    // The other way round: area 1 names both, 1.1 has nothing left to say.
    expect(sev(run(rows(), grant([['1', 'B3'], ['1.1', 'C3']])))).toEqual(['exemption.notClaimed@F12:info:1']);
  });

  test('all claimed, or the rows not on the sheet: nothing', () => {
    expect(run(rows({ '1.1': 'KAD', '1.2': 'KAD' }), grant([['1', 'B3']]))).toEqual([]);
    expect(run(rows({}, ['1.1', '1.2']), grant([['1', 'B3']]))).toEqual([]);
    // Only 1.2 on the sheet: it is the one named, on its own cell (row 12 once 1.1 is gone).
    expect(sev(run(rows({}, ['1.1']), grant([['1', 'B3']])))).toEqual(['exemption.notClaimed@F12:info:1']);
  });

  test('on a sheet without self scores, the appraised cell', () => {
    const specs: RowSpec[] = [['1', { max: 6 }], ['1.1', { max: 2, self: 2, appraised: 2 }]];
    expect(sev(run(specs, grant([['1.1', 'C3']]), {}, ['self']))).toEqual(['exemption.notClaimed@I12:info:1.1']);
  });
});

describe('with a table: grants the set cannot honour', () => {
  test('a code the set does not have', () => {
    const f = run(rows(), grant([['9', 'C4']]));
    expect(sev(f)).toEqual(['exemption.tableMismatch@-:warning:-']);
    expect(f[0].message).toEqual({
      vi: 'Bảng miễn đánh giá "mien.csv" (ô C4) miễn mã "9" cho đơn vị, nhưng bộ tiêu chí mien-thu không có mã này. Đề nghị kiểm tra lại mã trong bảng.',
      en: 'The exemptions table "mien.csv" (cell C4) exempts the unit from "9", but criteria set mien-thu has no such code. Check the code in the table.',
    });
  });

  test('an item none of whose leaves may be N/A', () => {
    const f = run(rows(), grant([['1.3', 'C3']]));
    expect(sev(f)).toEqual(['exemption.tableMismatch@-:warning:1.3']);
    expect(f[0].message).toEqual({
      vi: 'Bảng miễn đánh giá "mien.csv" (ô C3) miễn tiêu chí 1.3 cho đơn vị, nhưng bộ tiêu chí mien-thu không cho phép miễn đánh giá tiêu chí nào trong đó. Đề nghị kiểm tra lại bảng miễn đánh giá hoặc bộ tiêu chí.',
      en: 'The exemptions table "mien.csv" (cell C3) exempts the unit from criterion 1.3, but criteria set mien-thu lets none of its items be not applicable. Check the table or the set.',
    });
  });

  test('an area whose only N/A leaf is a survey item is not exemptible either', () => {
    expect(sev(run(rows(), grant([['3', 'B5']])))).toEqual(['exemption.tableMismatch@-:warning:3']);
  });

  test('after a mismatch the next grants are still looked at', () => {
    expect(sev(run(rows(), grant([['9', 'C4'], ['1.1', 'C3']])))).toEqual(['exemption.tableMismatch@-:warning:-', 'exemption.notClaimed@F12:info:1.1']);
  });
});
