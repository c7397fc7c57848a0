/**
 * Findings → flags (src/engine/findings/flags.ts): severity words in both languages, the worst
 * severity of a cell, one line per distinct finding, sheet order.
 */
import { flagsFromFindings, SEVERITY_SIGN } from '../../../src/engine/findings/flags';
import type { Finding } from '../../../src/engine/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string | null, vi: string, en = `${vi} (en)`): Finding => ({
  code,
  severity,
  cell,
  item: null,
  message: { vi, en },
});

describe('flagsFromFindings', () => {
  test('the severity words and signs, in Vietnamese and in English', () => {
    const list = [f('a.x', 'error', 'B2', 'lỗi'), f('b.x', 'warning', 'B2', 'cảnh báo'), f('c.x', 'info', 'B2', 'lưu ý')];
    expect(flagsFromFindings(list, 'vi')).toEqual([{ cell: 'B2', severity: 'error', text: '✖ Lỗi: lỗi\n⚠ Cảnh báo: cảnh báo\nℹ Lưu ý: lưu ý' }]);
    expect(flagsFromFindings(list, 'en')[0].text).toBe('✖ Error: lỗi (en)\n⚠ Warning: cảnh báo (en)\nℹ Note: lưu ý (en)');
    expect(SEVERITY_SIGN).toEqual({ error: '✖', warning: '⚠', info: 'ℹ' });
  });

  test('the worst severity of a cell: warning over info; info alone stays info', () => {
    expect(flagsFromFindings([f('c.x', 'info', 'C3', 'i'), f('b.x', 'warning', 'C3', 'w')], 'vi')[0].severity).toBe('warning');
    expect(flagsFromFindings([f('c.x', 'info', 'C3', 'i')], 'vi')[0].severity).toBe('info');
    expect(flagsFromFindings([f('b.x', 'warning', 'C3', 'w'), f('a.x', 'error', 'C3', 'e')], 'vi')[0].severity).toBe('error');
  });

  test('the same line twice on a cell is written once', () => {
    const twice = [f('score.missing', 'warning', 'F12', 'trống'), f('score.missing', 'warning', 'F12', 'trống')];
    expect(flagsFromFindings(twice, 'vi')).toEqual([{ cell: 'F12', severity: 'warning', text: '⚠ Cảnh báo: trống' }]);
  });

  test('flags in sheet order (row, then column) whatever the findings\u2019 order; an empty cell address is no flag', () => {
    const list = [f('a.x', 'info', 'B10', '1'), f('a.x', 'error', 'C2', '2'), f('a.x', 'warning', 'A10', '3'), f('a.x', 'error', '', '4')];
    expect(flagsFromFindings(list, 'vi').map((x) => x.cell)).toEqual(['C2', 'A10', 'B10']);
  });
});
