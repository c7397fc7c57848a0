import { findEvidenceIssues } from '../../../src/engine/findings/evidence-checks';
import { findDocumentRefs } from '../../../src/engine/findings/document-refs';
import { cleanRows, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Parameters<typeof cleanRows>[0], opts = {}) => runCheck(findEvidenceIssues, cleanRows(overrides), opts);

describe('document references', () => {
  test('numbers/symbols and dates in the usual shapes', () => {
    const r = findDocumentRefs('Kế hoạch số 12/KH-UBND ngày 15/01/2024; Công văn 643/SYT-VP ngày 9/5/2024; Quyết định số 05/2023/QĐ-UBND');
    expect(r.numbers).toEqual(['12/KH-UBND', '643/SYT-VP', '05/2023/QĐ-UBND']);
    expect(r.dates.map((d) => [d.day, d.month, d.year])).toEqual([
      [15, 1, 2024],
      [9, 5, 2024],
    ]);
    expect(findDocumentRefs('ngày 02 tháng 12 năm 2024').dates[0].year).toBe(2024);
    expect(findDocumentRefs('Tỷ lệ 15/01/2024 và 3/4').numbers).toEqual([]);
    expect(findDocumentRefs('xem https://dichvucong.gov.vn/abc').url).toBe(true);
  });
});

describe('evidence checks', () => {
  test('a clean sheet has no evidence finding', () => {
    expect(run({})).toEqual([]);
  });

  test('evidence.missing on the evidence cell: error where required', () => {
    const f = run({ '1.1.1': { evidence: undefined } });
    expect(keys(f)).toEqual(['evidence.missing@G13']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message.vi).toContain('tài liệu kiểm chứng');
  });

  test('evidence.missing is a warning where evidence is optional, nothing where it is none', () => {
    const f = run({ '1.1.3': { evidence: undefined } });
    expect(keys(f)).toEqual(['evidence.missing@G15']);
    expect(f[0].severity).toBe('warning');
    expect(run({ '1.4': { evidence: undefined } })).toEqual([]);
  });

  test('no evidence needed for a 0 or N/A score; an explanation or a link is enough', () => {
    expect(run({ '1.1.1': { self: 0, evidence: undefined } })).toEqual([]);
    expect(run({ '1.2': { self: 'KAD', evidence: undefined } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: undefined, explanation: 'Đã ban hành, văn bản gửi kèm' } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: 'Kế hoạch CCHC', evidenceLink: 'https://x.gov.vn/kh.pdf' } })).toEqual([]);
  });

  test('evidence.noReference when the text names no document number and date', () => {
    const f = run({ '1.1.1': { evidence: 'Kế hoạch CCHC năm của Sở' } });
    expect(keys(f)).toEqual(['evidence.noReference@G13']);
    expect(f[0].severity).toBe('warning');
    expect(keys(run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND' } }))).toEqual(['evidence.noReference@G13']);
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2024/QĐ-UBND của UBND tỉnh' } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: 'Đăng tại https://snv.gov.vn/kh-cchc' } })).toEqual([]);
  });

  test('a document dated before the assessment year is only a note ("Lưu ý"), never an error or warning', () => {
    // A plan issued late in 2023 for 2024 is normal.
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } });
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}`)).toEqual(['evidence.outsideYear@G13:info']);
    expect(f[0].message.vi).toMatch(/20\/12\/2023, trước năm đánh giá 2024\. Nếu đó là văn bản ban hành cuối năm trước cho năm 2024 hoặc văn bản còn hiệu lực thì không cần sửa/);
    // A regulation still in force, dated by its number only: nothing to say.
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2022/QĐ-UBND của UBND tỉnh' } })).toEqual([]);
  });

  test("before the year is a warning when the criterion's own title ties the work to the year", () => {
    const set = ruleSet();
    set.items[0].children![0].children![0].title = 'Tỷ lệ phòng, đơn vị được kiểm tra trong năm';
    const f = runCheck(findEvidenceIssues, cleanRows({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } }), {}, set);
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}`)).toEqual(['evidence.outsideYear@G13:warning']);
    expect(f[0].message.vi).toContain('tiêu chí yêu cầu thực hiện trong năm');
  });

  test('after the year is a warning, except early next year (year-end reports)', () => {
    const f = run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 20/06/2025' } });
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}`)).toEqual(['evidence.outsideYear@G13:warning']);
    expect(run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 10/01/2025' } })).toEqual([]);
  });

  test('the sheet title year wins over the set year', () => {
    // Sheet of 2025, evidence of 15/01/2024: before the year, so a note.
    const f = run({}, { year: 2025 });
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}`)).toContain('evidence.outsideYear@G13:info');
  });

  test('explanations are judged leniently: next year is fine, earlier years are a note', () => {
    expect(run({ '1.1.1': { evidence: undefined, explanation: 'Đã đưa vào Kế hoạch ngày 10/01/2025' } })).toEqual([]);
    const f = run({ '1.1.1': { evidence: undefined, explanation: 'Theo văn bản ngày 10/01/2022' } });
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}`)).toEqual(['evidence.outsideYear@H13:info']);
  });

  test('survey items are never asked for evidence', () => {
    expect(run({ '1.3': { self: 1 } })).toEqual([]);
  });
});
