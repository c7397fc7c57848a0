import { findColumnIssues, findRowIssues } from '../../../src/engine/findings/layout-checks';
import { findOrderIssues, longestIncreasing } from '../../../src/engine/findings/order-checks';
import { findTitleIssues, titleChanged, titleSimilarity } from '../../../src/engine/findings/title-checks';
import { buildParsed, type RowSpec } from '../helpers/build-parsed';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

const without = (code: string) => cleanRows().filter((r) => !Array.isArray(r) || r[0] !== code);

describe('column checks', () => {
  test('a complete sheet has no column finding', () => {
    expect(findColumnIssues(buildParsed(cleanRows()))).toEqual([]);
  });

  test('layout.columnMissing for max and for no score column at all', () => {
    const p = buildParsed(cleanRows());
    delete p.columns.max;
    delete p.columns.self;
    const f = findColumnIssues(p);
    expect(f.map((x) => x.code)).toEqual(['layout.columnMissing', 'layout.columnMissing']);
    expect(f[0].message.vi).toContain('Điểm tối đa');
    expect(f.every((x) => x.severity === 'error' && x.cell === null)).toBe(true);
  });

  test('an appraised column alone is enough; codes in titles are enough', () => {
    const p = buildParsed(cleanRows(), { appraised: true });
    delete p.columns.self;
    delete p.columns.code;
    expect(findColumnIssues(p)).toEqual([]);
  });
});

describe('row checks', () => {
  test('a clean sheet has no row finding', () => {
    expect(runCheck(findRowIssues, cleanRows())).toEqual([]);
  });

  test('layout.missingItem: no cell, the item, and where to insert it', () => {
    const f = runCheck(findRowIssues, without('1.1.3'));
    expect(keys(f)).toEqual(['layout.missingItem@-']);
    expect(f[0].item).toBe('1.1.3');
    expect(f[0].severity).toBe('error');
    expect(f[0].message.vi).toContain('sau dòng 14 (mã 1.1.2)');
  });

  test('only the topmost missing item is reported', () => {
    const rows = cleanRows().filter((r) => !Array.isArray(r) || !(r[0] ?? '').startsWith('1.1'));
    const f = runCheck(findRowIssues, rows);
    expect(f.map((x) => x.item)).toEqual(['1.1']);
    expect(f[0].message.vi).toContain('3 tiêu chí con');
  });

  test('layout.extraRow on the code cell', () => {
    const rows: RowSpec[] = [...cleanRows(), ['1.5', { title: 'Công tác tuyên truyền', max: 1 }]];
    const f = runCheck(findRowIssues, rows);
    expect(keys(f)).toEqual(['layout.extraRow@A19']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message.vi).toContain('1.5');
  });

  test('layout.duplicateCode on the repeated row', () => {
    const rows: RowSpec[] = [...cleanRows(), ['1.4', { max: 2, self: 1 }]];
    const f = runCheck(findRowIssues, rows);
    expect(keys(f)).toEqual(['layout.duplicateCode@A19']);
    expect(f[0].message.vi).toContain('dòng 18');
  });

  test('layout.maxChanged on the max cell; the same max written as text is fine', () => {
    const f = runCheck(findRowIssues, cleanRows({ '1.2': { max: 2.5 } }));
    expect(keys(f)).toEqual(['layout.maxChanged@C16']);
    expect(f[0].message.vi).toContain('2,5');
    expect(runCheck(findRowIssues, cleanRows({ '1.2': { max: '2,0' } }))).toEqual([]);
  });
});

describe('order checks', () => {
  test('longest increasing subsequence keeps the most rows in place', () => {
    expect([...longestIncreasing([0, 1, 5, 2, 3, 4])].sort()).toEqual([0, 1, 3, 4, 5]);
    expect(longestIncreasing([]).size).toBe(0);
  });

  test('layout.outOfOrder flags only the moved row', () => {
    const rows = cleanRows();
    const moved = [rows[0], rows[1], rows[2], rows[3], rows[4], rows[6], rows[5], rows[7]]; // 1.3 before 1.2
    const f = runCheck(findOrderIssues, moved);
    expect(f).toHaveLength(1);
    expect(f[0].code).toBe('layout.outOfOrder');
    expect(['1.2', '1.3']).toContain(f[0].item);
    expect(runCheck(findOrderIssues, rows)).toEqual([]);
  });
});

describe('title checks', () => {
  test('same title written differently is similar', () => {
    expect(titleSimilarity('1.1. KẾ HOẠCH CCHC NĂM', 'Kế hoạch cải cách hành chính năm')).toBe(1);
    expect(titleSimilarity('Ban hành kế hoạch  CCHC năm.', 'Ban hành kế hoạch CCHC năm')).toBe(1);
    expect(titleSimilarity('Hài lòng về kết quả giải quyết TTHC (qua điều tra XHH)', 'Hài lòng về kết quả giải quyết TTHC')).toBe(1);
    expect(titleSimilarity('Công tác tuyên truyền cải cách hành chính', 'Ban hành kế hoạch kiểm tra')).toBeLessThan(0.6);
  });

  test('layout.titleChanged on the title cell for a clearly different title only', () => {
    const f = runCheck(findTitleIssues, cleanRows({ '1.4': { title: 'Công tác tuyên truyền, phổ biến pháp luật' } }));
    expect(keys(f)).toEqual(['layout.titleChanged@B18']);
    expect(f[0].severity).toBe('warning');
    expect(runCheck(findTitleIssues, cleanRows({ '1.4': { title: 'TIÊU CHÍ 1.4.' } }))).toEqual([]);
  });

  test('titles compared by meaning: a missing word is a change even when the start matches', () => {
    expect(titleChanged('Đánh giá của công chức', 'Đánh giá của công chức, viên chức')).toBe(true);
    expect(titleChanged('Thực hiện tuyển dụng công chức đúng quy định', 'Thực hiện tuyển dụng công chức, viên chức đúng quy định')).toBe(true);
    expect(titleChanged('Ban hành kế hoạch kiểm tra công tác pháp chế', 'Ban hành kế hoạch theo dõi tình hình thi hành pháp luật')).toBe(true);
    // Not changes: line breaks, spacing, case, diacritics, numbering, punctuation, abbreviations,
    // notes in parentheses, a year added, a function word, a typing slip, a cut marked "…".
    expect(titleChanged('1.1.  BAN HÀNH\nkế hoạch CCHC năm.', 'Ban hành kế hoạch cải cách hành chính năm')).toBe(false);
    expect(titleChanged('Ban hanh ke hoach CCHC nam 2024', 'Ban hành kế hoạch CCHC năm')).toBe(false);
    expect(titleChanged('Hài lòng về kết quả giải quyết TTHC', 'Hài lòng về kết quả giải quyết TTHC (qua điều tra XHH)')).toBe(false);
    expect(titleChanged('Kiểm tra đối với phòng, đơn vị', 'Kiểm tra đối với các phòng, đơn vị')).toBe(false);
    expect(titleChanged('Ban hành kế hoạcch CCHC năm', 'Ban hành kế hoạch CCHC năm')).toBe(false);
    expect(titleChanged('Ban hành kế hoạch…', 'Ban hành kế hoạch CCHC năm')).toBe(false);
  });

  test('a set title that starts with "Tiêu chí <code>" matches the title the reader keeps from the sheet', () => {
    // Found by the template round-trip property: the reader takes "Tiêu chí 1.2" off the title
    // cell (the code is in the code column too), leaving only the rest of the set's own title.
    expect(titleSimilarity('Kế hoạch kiểm tra', 'Tiêu chí 1.2 Kế hoạch kiểm tra')).toBe(1);
    expect(titleSimilarity('penalty', 'Tiêu chí 1.2 penalty')).toBe(1);
    expect(titleSimilarity('Lĩnh vực 1: Công tác chỉ đạo', 'Công tác chỉ đạo')).toBe(1);
    expect(titleSimilarity('Tiêu chí 1.2 Kế hoạch kiểm tra', 'Tiêu chí 1.2 Công tác tuyên truyền')).toBeLessThan(0.6);
  });
});
