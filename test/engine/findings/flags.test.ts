import { flagsFromFindings } from '../../../src/engine/findings/flags';
import type { Finding } from '../../../src/engine/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string | null, vi: string): Finding => ({
  code,
  severity,
  cell,
  item: null,
  message: { vi, en: vi.toUpperCase() },
});

describe('flagsFromFindings', () => {
  const findings = [
    f('score.notStep', 'warning', 'F12', 'bước'),
    f('evidence.missing', 'error', 'G30', 'thiếu TLKC'),
    f('score.aboveMax', 'error', 'F12', 'vượt tối đa'),
    f('layout.missingItem', 'error', null, 'thiếu tiêu chí'),
    f('appraisal.surveyMissing', 'info', 'G9', 'chưa có XHH'),
  ];

  test('one flag per cell, worst severity, sheet order, no flag for sheet-wide findings', () => {
    const flags = flagsFromFindings(findings, 'vi');
    expect(flags.map((x) => [x.cell, x.severity])).toEqual([
      ['G9', 'info'],
      ['F12', 'error'],
      ['G30', 'error'],
    ]);
  });

  test('text: one line per finding, worst first, severity in words, no tag of its own (the adapter adds the one tag)', () => {
    const f12 = flagsFromFindings(findings, 'vi').find((x) => x.cell === 'F12')!;
    // An error gets its own sign, never the warning sign.
    expect(f12.text.split('\n')).toEqual(['✖ Lỗi: vượt tối đa', '⚠ Cảnh báo: bước']);
    const en = flagsFromFindings(findings, 'en').find((x) => x.cell === 'G9')!;
    expect(en.text.split('\n')).toEqual(['ℹ Note: CHƯA CÓ XHH']);
  });

  test('no findings, no flags', () => {
    expect(flagsFromFindings([], 'vi')).toEqual([]);
  });
});
