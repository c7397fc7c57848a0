import { formatNumber, formatPercent, formatScore, roundTo } from '../../../src/engine/text/format';

describe('formatNumber', () => {
  it('writes a decimal comma in Vietnamese and a point in English, 2 decimals by default', () => {
    expect(formatNumber(88.66, 'vi')).toBe('88,66');
    expect(formatNumber(88.66, 'en')).toBe('88.66');
    expect(formatNumber(75, 'vi')).toBe('75,00');
    expect(formatNumber(89.0410958904, 'vi')).toBe('89,04');
  });
  it('rounds half away from zero on the decimal value, never shows -0', () => {
    expect(formatNumber(1.005, 'en')).toBe('1.01');
    expect(formatNumber(2.675, 'en')).toBe('2.68');
    expect(formatNumber(-0.001, 'vi')).toBe('0,00');
    expect(formatNumber(-1.005, 'en')).toBe('-1.01');
    expect(roundTo(82.758620689, 2)).toBe(82.76);
    expect(roundTo(1e-7, 2)).toBe(0);
  });
  it('does not group thousands and honours other decimal counts', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1234,50');
    expect(formatNumber(3.14159, 'en', 3)).toBe('3.142');
    expect(formatNumber(3.6, 'vi', 0)).toBe('4');
    expect(formatNumber(NaN, 'vi')).toBe('—');
  });
});

describe('formatPercent and formatScore', () => {
  it('adds a percent sign', () => {
    expect(formatPercent(91.7333, 'vi')).toBe('91,73%');
    expect(formatPercent(91.7333, 'en')).toBe('91.73%');
  });
  it('writes scores without trailing zeros', () => {
    expect(formatScore(0.5, 'vi')).toBe('0,5');
    expect(formatScore(1, 'en')).toBe('1');
    expect(formatScore(1.255, 'en')).toBe('1.26');
  });
});
