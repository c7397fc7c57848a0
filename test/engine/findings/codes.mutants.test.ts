/**
 * The finding catalogue (src/engine/findings/codes.ts) as a contract: the severity of every code,
 * as the policy at the top of codes.ts gives it (errors: the index is wrong or cannot be trusted;
 * warnings: sloppy but computed by the rules; info: worth a look), and the README table's exact
 * form. Listed here by hand from the policy, not read from the catalogue.
 */
import { FINDING_CODES, catalogueMarkdown, codeInfo, severityOf, type FindingCode } from '../../../src/engine/findings/codes';

const ERRORS = [
  'layout.noScoresheet', 'layout.sheetNotFound', 'layout.noHeader', 'layout.columnMissing', 'layout.missingItem',
  'layout.duplicateCode', 'layout.maxChanged', 'layout.noSetMatched',
  'score.notNumber', 'score.excelError', 'score.negative', 'score.aboveMax', 'score.notAllowed', 'score.selfOnSurvey',
  'score.naNotAllowed', 'score.formulaNoValue',
  'evidence.missing', 'appraisal.noNote', 'appraisal.roundTwoNoNote', 'internal.error',
];
const WARNINGS = [
  'layout.extraRow', 'layout.outOfOrder', 'layout.titleChanged', 'layout.betterSetMatch', 'layout.rowsAfterTotal',
  'layout.columnNotRead', 'layout.unknownDeclaredSet',
  'score.notStep', 'score.tooManyDecimals', 'score.parentMismatch', 'score.declaredMismatch', 'score.readAsNumber', 'score.missing',
  'evidence.noReference', 'evidence.outsideYear', 'appraisal.roundTwoAboveSelf', 'exemption.notGranted', 'exemption.tableMismatch',
];
const INFOS = ['layout.readingNote', 'layout.sheetsNotRead', 'appraisal.surveyMissing', 'exemption.unconfirmed', 'exemption.notClaimed'];

describe('finding catalogue: severities', () => {
  test('every code has the severity the policy gives it, and the catalogue has no other code', () => {
    const expected = new Map<string, string>([
      ...ERRORS.map((c) => [c, 'error'] as [string, string]),
      ...WARNINGS.map((c) => [c, 'warning'] as [string, string]),
      ...INFOS.map((c) => [c, 'info'] as [string, string]),
    ]);
    // 20 errors + 18 warnings + 5 notes = 43 codes
    expect(FINDING_CODES).toHaveLength(43);
    expect(new Map(FINDING_CODES.map((c) => [c.code, c.severity]))).toEqual(expected);
    for (const [code, severity] of expected) expect(severityOf(code as FindingCode)).toBe(severity);
  });

  test('an unknown code counts as an error (nothing slips through) and has no catalogue entry', () => {
    expect(severityOf('no.suchCode' as FindingCode)).toBe('error');
    expect(codeInfo('no.suchCode')).toBeUndefined();
  });

  test('codeInfo gives the entry itself', () => {
    expect(codeInfo('score.aboveMax')).toEqual({
      code: 'score.aboveMax',
      severity: 'error',
      description: { vi: 'Điểm vượt điểm tối đa', en: 'Score above the max points' },
    });
  });
});

describe('catalogueMarkdown: the README table', () => {
  test('a header, a rule line, then one row per code with its severity in both languages', () => {
    const lines = catalogueMarkdown().split('\n');
    expect(lines[0]).toBe('| Mã / code | Mức / severity | Mô tả | Description |');
    expect(lines[1]).toBe('|---|---|---|---|');
    expect(lines).toHaveLength(2 + 43);
    expect(lines).toContain('| `score.aboveMax` | lỗi / error | Điểm vượt điểm tối đa | Score above the max points |');
    expect(lines).toContain('| `score.notStep` | cảnh báo / warning | Điểm không chia hết cho bước điểm | Score is not a multiple of the scoring step |');
    expect(lines).toContain('| `appraisal.surveyMissing` | lưu ý / info | Chưa nhập điểm điều tra xã hội học | Survey points not entered yet |');
  });
});
