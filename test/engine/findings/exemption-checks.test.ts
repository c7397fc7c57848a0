/**
 * Exemptions: N/A claims checked against the Department of Home Affairs' table (granted / not
 * granted / unit not listed / granted but not claimed / codes the set lacks), and listed for
 * confirmation when no table is given. Tables read from CSV text and from grids (the .xlsx path
 * of the CLI gives the same Grid; the CLI test reads real files).
 */
import { checkGrid } from '../../../src/engine/check';
import { exemptionGrant, readExemptionTable, type ExemptionTable } from '../../../src/engine/exemptions/table';
import { FINDING_CODES, severityOf } from '../../../src/engine/findings/codes';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { csvToGrid } from '../../../src/engine/results/csv';
import { readUnitTable } from '../../../src/engine/results/unit-table';
import { buildSet, item } from '../helpers/build-set';

/**
 * 1 (6): 1.1 (2, N/A allowed) · 1.2 (2, N/A allowed) · 1.3 (2)
 * 2 (4): 2.1 (2, N/A allowed) · 2.2 (2)
 */
const SET = buildSet(
  [
    item('1', 6, [item('1.1', 2, [], { notApplicable: 'allowed' }), item('1.2', 2, [], { notApplicable: 'allowed' }), item('1.3', 2)]),
    item('2', 4, [item('2.1', 2, [], { notApplicable: 'allowed' }), item('2.2', 2)]),
  ],
  { id: 'mien-thu' },
);
const EV = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

/** Self scores by code (evidence written where a number is); sheet rows: 1 → 4, 1.1 → 5 … 2.2 → 10. */
function sheet(self: Record<string, CellScalar>, unit: string | null = 'Sở Tư pháp') {
  const line = (code: string, max: number): CellScalar[] => [code, `Tiêu chí ${code}`, max, self[code] ?? null, typeof self[code] === 'number' ? EV : null];
  return gridFromValues('Tự đánh giá', [
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024'],
    [unit ? `Tên cơ quan, đơn vị: ${unit}` : 'Tên cơ quan, đơn vị: ……'],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng'],
    ['1', 'Lĩnh vực 1', 6],
    line('1.1', 2),
    line('1.2', 2),
    line('1.3', 2),
    ['2', 'Lĩnh vực 2', 4],
    line('2.1', 2),
    line('2.2', 2),
  ]);
}
const ROW = { '1.1': 5, '1.2': 6, '1.3': 7, '2.1': 9, '2.2': 10 } as const;

const FULL = { '1.1': 2, '1.2': 2, '1.3': 2, '2.1': 2, '2.2': 2 };

function check(self: Record<string, CellScalar>, table?: ExemptionTable, unit?: string | null) {
  const r = checkGrid(sheet(self, unit), {
    sets: [SET],
    criteria: SET,
    ...(table ? { exemptionsFor: (u: string | null) => exemptionGrant(table, u) } : {}),
  });
  return r;
}
const exemptionFindings = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.code.startsWith('exemption.') || f.code === 'score.naNotAllowed').map((f) => `${f.code}@${f.cell ?? '-'}`);

const csvTable = (text: string) => readExemptionTable(readUnitTable(csvToGrid(text, 'mien.csv'), 'mien.csv'));
const gridTable = (rows: CellScalar[][]) => readExemptionTable(readUnitTable(gridFromValues('Miễn', rows), 'mien.xlsx'));

describe('exemption codes', () => {
  test('catalogued with the severities of the rule', () => {
    expect(severityOf('exemption.notGranted')).toBe('warning');
    expect(severityOf('exemption.unconfirmed')).toBe('info');
    expect(severityOf('exemption.notClaimed')).toBe('info');
    expect(severityOf('exemption.tableMismatch')).toBe('warning');
    expect(FINDING_CODES.filter((c) => c.code.startsWith('exemption.'))).toHaveLength(4);
  });
});

describe('no exemptions table', () => {
  test('every N/A claim is listed for confirmation (info) at the claim cell', () => {
    const r = check({ ...FULL, '1.1': 'Không áp dụng', '2.1': 'KAD' });
    expect(exemptionFindings(r)).toEqual([`exemption.unconfirmed@D${ROW['1.1']}`, `exemption.unconfirmed@D${ROW['2.1']}`]);
    const [a, b] = r.findings.filter((f) => f.code === 'exemption.unconfirmed');
    expect(a.severity).toBe('info');
    expect(a.message.vi).toBe(
      'Tiêu chí 1.1 ghi "Không áp dụng", nên điểm tối đa 2 không tính vào tổng điểm. Việc miễn đánh giá phải được Sở Nội vụ chấp thuận: đề nghị đơn vị nêu văn bản chấp thuận để xác nhận.',
    );
    expect(b.message.vi).toContain('ghi "KAD" (không áp dụng)');
    // The claim still counts as the sheet says: max 10 − 2 − 2 = 6; self 2 + 2 + 2 = 6 → 100 %.
    expect(r.scores!.self).toEqual({ total: 6, max: 6, index: 100 });
  });

  test('N/A where the set does not allow it stays score.naNotAllowed alone', () => {
    expect(exemptionFindings(check({ ...FULL, '1.3': 'Không áp dụng' }))).toEqual([`score.naNotAllowed@D${ROW['1.3']}`]);
  });

  test('no N/A, nothing said', () => {
    expect(exemptionFindings(check(FULL))).toEqual([]);
  });
});

describe('with an exemptions table', () => {
  const listCsv = 'STT;Đơn vị;Tiêu chí được miễn;Căn cứ\n1;Sở Tư pháp;1.1;CV 12/SNV\n2;UBND huyện Nam Sách;LV2, TC 1.2;CV 13/SNV\n';

  test('granted (list column, CSV): no finding; not granted: a warning naming the table row', () => {
    const t = csvTable(listCsv);
    expect(t.problems).toEqual([]);
    const r = check({ ...FULL, '1.1': 'Không áp dụng', '2.1': 'Không áp dụng' }, t);
    expect(exemptionFindings(r)).toEqual([`exemption.notGranted@D${ROW['2.1']}`]);
    const f = r.findings.find((x) => x.code === 'exemption.notGranted')!;
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toBe(
      'Tiêu chí 2.1 ghi "Không áp dụng" nhưng việc miễn đánh giá tiêu chí này chưa được Sở Nội vụ chấp thuận (dòng 2 của bảng miễn đánh giá "mien.csv" không có tiêu chí này). Đề nghị đơn vị chấm điểm tiêu chí này (từ 0 đến 2) hoặc gửi văn bản chấp thuận của Sở Nội vụ; nếu không được chấp thuận, tiêu chí được tính 0 trên 2 điểm.',
    );
  });

  test('an area code grants every item below it; unit names match without "UBND huyện"', () => {
    const t = csvTable(listCsv);
    // "Nam Sách" is "UBND huyện Nam Sách" in the table: LV2 and 1.2 granted.
    const r = check({ ...FULL, '1.2': 'KAD', '2.1': 'Không áp dụng' }, t, 'Huyện Nam Sách');
    expect(exemptionFindings(r)).toEqual([]);
  });

  test('unit not in the table: every N/A claim is not granted, and the message says why', () => {
    const r = check({ ...FULL, '1.1': 'Không áp dụng' }, csvTable(listCsv), 'Sở Y tế');
    expect(exemptionFindings(r)).toEqual([`exemption.notGranted@D${ROW['1.1']}`]);
    expect(r.findings.find((x) => x.code === 'exemption.notGranted')!.message.vi).toContain('bảng miễn đánh giá "mien.csv" không có dòng nào của đơn vị "Sở Y tế"');
  });

  test('granted but still scored: said once per granted code (info), at the first scored item', () => {
    // Nam Sách: LV2 (2.1 exemptible) and 1.2 granted, both scored.
    const r = check(FULL, csvTable(listCsv), 'Nam Sách');
    expect(exemptionFindings(r)).toEqual([`exemption.notClaimed@D${ROW['1.2']}`, `exemption.notClaimed@D${ROW['2.1']}`]);
    const f = r.findings.find((x) => x.code === 'exemption.notClaimed' && x.item === '2')!;
    expect(f.severity).toBe('info');
    expect(f.message.vi).toBe(
      'Đơn vị được Sở Nội vụ chấp thuận miễn đánh giá lĩnh vực 2 (bảng "mien.csv", ô C3) nhưng biểu vẫn chấm điểm tiêu chí 2.1. Đề nghị đơn vị ghi "Không áp dụng" nếu đúng là được miễn (khi đó điểm tối đa không tính vào tổng điểm).',
    );
  });

  test('a matrix table (one column per code, "x" where exempt), as read from .xlsx', () => {
    const t = gridTable([
      ['DANH SÁCH ĐƠN VỊ ĐƯỢC MIỄN ĐÁNH GIÁ'],
      ['Đơn vị', 'LV2', '1.1', '1.2'],
      ['Sở Tư pháp', 'x', '', '✓'],
      ['Sở Y tế', '', 'X', ''],
    ]);
    expect(t.problems).toEqual([]);
    expect([...exemptionGrant(t, 'Sở Tư pháp').codes.keys()]).toEqual(['2', '1.2']);
    const r = check({ ...FULL, '1.1': 'Không áp dụng', '1.2': 'Không áp dụng', '2.1': 'KAD' }, t);
    expect(exemptionFindings(r)).toEqual([`exemption.notGranted@D${ROW['1.1']}`]);
  });

  test('codes the set lacks or cannot exempt are warned about, once, for the sheet', () => {
    const t = csvTable('Đơn vị;Tiêu chí được miễn\nSở Tư pháp;"9; 1.3"\n');
    const r = check(FULL, t);
    expect(exemptionFindings(r)).toEqual(['exemption.tableMismatch@-', 'exemption.tableMismatch@-']);
    const texts = r.findings.filter((f) => f.code === 'exemption.tableMismatch').map((f) => f.message.vi);
    expect(texts.some((m) => m.includes('mã "9"') && m.includes('không có mã này'))).toBe(true);
    expect(texts.some((m) => m.includes('tiêu chí 1.3') && m.includes('không cho phép miễn'))).toBe(true);
  });
});

describe('reading the exemptions table', () => {
  test('codes written every way: "LV3", "Lĩnh vực III", "TC 7.3", "3.3.1 3.3.2", "7.4."', () => {
    const t = csvTable('Đơn vị,Nội dung được miễn\nSở A,"Lĩnh vực III; TC 7.3, 3.3.1 3.3.2 và 7.4."\n');
    expect(t.problems).toEqual([]);
    expect([...exemptionGrant(t, 'Sở A').codes.keys()]).toEqual(['3', '7.3', '3.3.1', '3.3.2', '7.4']);
  });

  test('unreadable marks and codes are problems naming the cell; the rest is used', () => {
    const t = gridTable([
      ['Đơn vị', 'Tiêu chí được miễn', '3'],
      ['Sở A', '7.3; xem công văn', 'chưa rõ'],
    ]);
    expect(t.problems.map((p) => p.cell)).toEqual(['C2', 'B2']);
    expect(t.problems[0].message.vi).toContain('ghi "chưa rõ"');
    expect(t.problems[1].message.vi).toContain('có "xem công văn"');
    expect([...exemptionGrant(t, 'Sở A').codes.keys()]).toEqual(['7.3']);
  });

  test('a mark of punctuation alone ("?", "*") is asked about, never read as "not exempt"; dashes and blanks are "not exempt"', () => {
    const t = gridTable([
      ['Đơn vị', 'Tiêu chí được miễn', '3', '7.3'],
      ['Sở A', '?', '*', '–'],
      ['Sở B', '—', '', '-'],
    ]);
    // Row 2: B2 "?" (list) and C2 "*" (mark) unreadable; D2 "–" is a dash. Row 3: all blank or dashes.
    expect(t.problems.map((p) => p.cell)).toEqual(['C2', 'B2']);
    expect(exemptionGrant(t, 'Sở A').codes.size).toBe(0);
    expect(exemptionGrant(t, 'Sở B').codes.size).toBe(0);
  });

  test('a table with no code or list column says so', () => {
    const t = gridTable([['Đơn vị', 'Ghi chú'], ['Sở A', 'miễn LV3']]);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0].message.vi).toContain('không có cột "Tiêu chí được miễn"');
  });

  test('the file-name column matches a sheet whose title does not name its unit', () => {
    const t = gridTable([['Đơn vị', 'Tệp', 'Tiêu chí được miễn'], ['Sở Tư pháp', 'stp-2024.xlsx', '1.1']]);
    expect([...exemptionGrant(t, null, 'ho-so/stp-2024.xlsx').codes.keys()]).toEqual(['1.1']);
    expect(exemptionGrant(t, null, 'khac.xlsx').row).toBeNull();
  });
});
