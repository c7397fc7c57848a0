import { buildReport, checkedSheet } from '../../src/cli/check/json-report';
import type { FileCheck } from '../../src/cli/check/file-check';
import { exitStatus } from '../../src/cli/check/check-files';
import type { CheckResult } from '../../src/engine/check-result';
import type { ScoreResult } from '../../src/engine/scoring/scores';

const scores: ScoreResult = {
  self: { total: 61.499999, max: 68, index: 90.44117647 },
  final: null,
  bonus: { self: 0, appraised: null },
  penalty: { self: 0, appraised: null },
  areas: [{ code: '1', title: 'Chỉ đạo', max: 10, selfMax: 9, self: 8.555, appraised: null, index: 95.0555, selfIndex: 95.0555, appraisedIndex: null }],
  items: [],
  classification: 'Tốt',
  classifiedOn: 'self',
};

function result(over: Partial<CheckResult>): CheckResult {
  return { sheetName: 'Biểu', unit: 'Sở A', set: null, setChoice: null, parsed: null, alignment: null, scores: null, findings: [], ...over };
}

const ok: FileCheck = {
  file: 'a.xlsx', path: '/a.xlsx', error: null, problem: null,
  result: result({
    scores,
    findings: [
      { code: 'score.aboveMax', severity: 'error', cell: 'F12', item: '1.1', message: { vi: 'Điểm vượt', en: 'Above max' } },
      { code: 'layout.titleChanged', severity: 'warning', cell: 'B9', item: '1.1', message: { vi: 'Tên khác', en: 'Title differs' } },
    ],
  }),
};
const bad: FileCheck = { file: 'b.xlsx', path: '/b.xlsx', result: null, error: 'Tệp hỏng', problem: { vi: 'Tệp hỏng', en: 'Damaged' } };

describe('JSON report', () => {
  it('rounds scores to 2 decimals, picks the message language and counts findings', () => {
    const report = buildReport([ok, bad], 'en');
    expect(report.format).toBe('par-check-report/1');
    expect(report.files[0].scores).toEqual({
      self: { total: 61.5, max: 68, index: 90.44 },
      final: null,
      classification: 'Tốt',
      areas: [{ code: '1', title: 'Chỉ đạo', max: 10, self: 8.56, appraised: null, index: 95.06, selfMax: 9, selfIndex: 95.06 }],
    });
    expect(report.files[0].findings[0]).toEqual({ code: 'score.aboveMax', severity: 'error', cell: 'F12', item: '1.1', message: 'Above max' });
    expect(report.files[1]).toEqual({
      file: 'b.xlsx', sheet: null, unit: null, criteriaSet: null, scores: null, findings: [], error: 'Tệp hỏng',
      explanationRequests: [], annotatedCopy: null, requestsWorkbook: null, requestsReply: null, answersFrom: null, appraisalRounds: null,
      // Added for the season (issue 8): an unreadable file's status and why.
      fileName: 'b.xlsx', status: 'unreadable', rank: null, statusDetail: 'The file could not be read: Tệp hỏng', appraisal: null,
      surveyMissing: [], duplicates: [], countedOnce: true, points: null, survey: null,
    });
    expect(report.summary).toEqual({ files: 2, unreadable: 1, errors: 1, warnings: 1 });
  });

  it('gives no sheet when none was found', () => {
    const none = result({ sheetName: '', findings: [{ code: 'layout.noScoresheet', severity: 'error', cell: null, item: null, message: { vi: '', en: '' } }] });
    expect(checkedSheet(none)).toBeNull();
    expect(checkedSheet(result({}))).toBe('Biểu');
  });

  it('exit status: 2 unreadable, 1 error finding, 0 otherwise', () => {
    expect(exitStatus([ok, bad])).toBe(2);
    expect(exitStatus([ok])).toBe(1);
    expect(exitStatus([{ ...ok, result: result({ scores }) }])).toBe(0);
  });
});

describe('writeReportJson (the report written entry by entry)', () => {
  // The independent method: the whole report built as one object and stringified in one call.
  const whole = (checks: FileCheck[], lang: 'vi' | 'en', ranking: string | null) => JSON.stringify(buildReport(checks, lang, ranking), null, 2) + '\n';

  test('writes the bytes of JSON.stringify(buildReport(…), null, 2), checked sheets and an unreadable file', async () => {
    const { checkFiles } = await import('../../src/cli/check/check-files');
    const { collectFiles } = await import('../../src/cli/check/collect-files');
    const { writeReportJson } = await import('../../src/cli/check/json-report');
    const { createRegistry } = await import('../../src/engine/criteria/registry');
    const { SAMPLES } = await import('./run-cli');
    const inputs = [...(await collectFiles([SAMPLES], process.cwd())), { file: 'thieu.xlsx', path: '/khong/co/thieu.xlsx' }];
    const checks = await checkFiles(inputs, { sets: createRegistry().list(), lang: 'vi' }, { workers: false });
    expect(checks.filter((c) => c.result?.scores).length).toBeGreaterThanOrEqual(3);
    expect(checks.some((c) => c.problem !== null)).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      let out = '';
      let pieces = 0;
      writeReportJson(checks, lang, (t) => ((out += t), pieces++), 'kq.xlsx');
      expect(out).toBe(whole(checks, lang, 'kq.xlsx'));
      // Written in pieces (the head, the entries, the tail), not as one string.
      expect(pieces).toBeGreaterThanOrEqual(2);
    }
  });

  test('no file: the same bytes too', async () => {
    const { writeReportJson } = await import('../../src/cli/check/json-report');
    let out = '';
    writeReportJson([], 'vi', (t) => (out += t));
    expect(out).toBe(whole([], 'vi', null));
  });

  test('one entry with multi-line and non-ASCII texts', async () => {
    const { writeReportJson } = await import('../../src/cli/check/json-report');
    const multi: FileCheck = {
      ...ok,
      result: result({ scores, findings: [{ code: 'score.aboveMax', severity: 'error', cell: 'F12', item: '1.1', message: { vi: 'Dòng 1\nDòng 2 "trích"', en: 'Line 1\r\nLine 2' } }] }),
    };
    let out = '';
    writeReportJson([multi], 'vi', (t) => (out += t));
    expect(out).toBe(whole([multi], 'vi', null));
    expect(out).toContain('"Dòng 1\\nDòng 2 \\"trích\\""');
  });
});
