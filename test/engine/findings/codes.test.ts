import { FINDING_CODES, catalogueMarkdown, codeInfo, severityOf } from '../../../src/engine/findings/codes';

describe('finding catalogue', () => {
  test('codes are unique, dotted, and every entry has both languages', () => {
    const codes = FINDING_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of FINDING_CODES) {
      expect(c.code).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(c.description.vi.length).toBeGreaterThan(5);
      expect(c.description.en.length).toBeGreaterThan(5);
    }
  });

  test('every planned code is catalogued', () => {
    const planned =
      'layout.noScoresheet layout.noHeader layout.columnMissing layout.missingItem layout.extraRow layout.duplicateCode layout.outOfOrder layout.titleChanged layout.maxChanged layout.betterSetMatch layout.noSetMatched score.notNumber score.excelError score.negative score.aboveMax score.notAllowed score.notStep score.tooManyDecimals score.selfOnSurvey score.naNotAllowed score.parentMismatch score.declaredMismatch score.missing evidence.missing evidence.noReference evidence.outsideYear appraisal.noNote appraisal.surveyMissing'.split(
        ' ',
      );
    for (const code of planned) expect(codeInfo(code)).toBeDefined();
  });

  test('severities follow the policy', () => {
    expect(severityOf('score.aboveMax')).toBe('error');
    expect(severityOf('evidence.missing')).toBe('error');
    expect(severityOf('appraisal.noNote')).toBe('error');
    expect(severityOf('layout.maxChanged')).toBe('error');
    expect(severityOf('layout.extraRow')).toBe('warning');
    expect(severityOf('score.parentMismatch')).toBe('warning');
    expect(severityOf('evidence.noReference')).toBe('warning');
    expect(severityOf('appraisal.surveyMissing')).toBe('info');
  });
});

describe('catalogueMarkdown', () => {
  test('one table row per code, with its severity', () => {
    const md = catalogueMarkdown();
    const rows = md.split('\n').slice(2);
    expect(rows).toHaveLength(FINDING_CODES.length);
    expect(rows.find((r) => r.includes('`score.aboveMax`'))).toContain('error');
    expect(rows.find((r) => r.includes('`appraisal.surveyMissing`'))).toContain('info');
  });
});
