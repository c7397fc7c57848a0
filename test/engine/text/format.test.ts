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

describe('huge and tiny numbers', () => {
  it('roundTo returns numbers from 1e15 up unchanged instead of overflowing to Infinity', () => {
    expect(roundTo(Number.MAX_VALUE, 6)).toBe(Number.MAX_VALUE);
    expect(roundTo(-Number.MAX_VALUE, 2)).toBe(-Number.MAX_VALUE);
    expect(roundTo(1e300, 2)).toBe(1e300);
    expect(roundTo(1e15 + 0.5, 2)).toBe(1e15 + 0.5);
    expect(roundTo(123456789012.345, 2)).toBe(123456789012.35);
  });
  it('prints huge numbers in plain digits, never "Infinity", "NaN" or "1e+21"', () => {
    expect(formatNumber(1e21, 'en')).toBe('1000000000000000000000.00');
    expect(formatNumber(-2.5e22, 'vi', 0)).toBe('-25000000000000000000000');
    expect(formatScore(1e21, 'vi', 6)).toBe('1000000000000000000000');
    expect(formatScore(1e20, 'en')).toBe('100000000000000000000');
    const max = formatScore(Number.MAX_VALUE, 'en', 6);
    expect(max).toMatch(/^17976931348623157\d{292}$/);
    expect(formatNumber(Number.MAX_VALUE, 'vi')).toMatch(/^17976931348623157\d{292},00$/);
  });
  it('prints tiny numbers without exponent form', () => {
    expect(formatScore(1e-7, 'en', 10)).toBe('0.0000001');
    expect(formatScore(1e-7, 'vi', 6)).toBe('0');
    expect(formatNumber(-1e-9, 'en', 3)).toBe('0.000');
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
