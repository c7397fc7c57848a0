import { buildReport, checkedSheet } from '../../src/cli/check/json-report';
import type { FileCheck } from '../../src/cli/check/check-files';
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
