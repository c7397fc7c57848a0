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

describe('roundTo: the whole-number shortcut gives what the decimal-text rounding gives', () => {
  /** The rounding through the decimal text alone (roundTo before its shortcut), as the reference. */
  const byText = (n: number, decimals: number): number => {
    if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return n;
    const sign = n < 0 ? -1 : 1;
    const abs = String(Math.abs(n));
    const shifted = abs.includes('e') ? Math.round(Math.abs(n) * 10 ** decimals) : Math.round(Number(`${abs}e${decimals}`));
    const r = sign * (shifted / 10 ** decimals);
    return r === 0 ? 0 : r;
  };
  /** The double `steps` ulps away from x. */
  const ulpsAway = (x: number, steps: number): number => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    view.setBigInt64(0, view.getBigInt64(0) + BigInt(x < 0 ? -steps : steps));
    return view.getFloat64(0);
  };
  // A fixed-seed generator: the same cases every run.
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  test('on figures with few decimals, their neighbours a few ulps away, random doubles, tiny and huge ones', () => {
    const cases: number[] = [0, -0, 1e-7, -1e-7, 5e-324, 1.005, 2.675, 1.145, 0.07000000000000001, 2 ** 40 / 100, 2 ** 40 / 100 + 0.01, 9.99e11, 1e14 + 0.5];
    for (let i = 0; i < 5_000; i++) {
      const k = Math.floor(random() * 2_000_000) - 1_000_000;
      const d = Math.floor(random() * 5);
      const exact = k / 10 ** d;
      cases.push(exact, ulpsAway(exact, 1), ulpsAway(exact, -1), ulpsAway(exact, 3), (random() - 0.5) * 2000, (random() - 0.5) * 1e13);
    }
    let shortcut = 0;
    const differ: [number, number, number, number][] = [];
    for (const n of cases) {
      for (let d = 0; d <= 5; d++) {
        const got = roundTo(n, d);
        const want = byText(n, d);
        if (!Object.is(got, want)) differ.push([n, d, got, want]);
        if (Number.isInteger(n * 10 ** d)) shortcut++;
      }
    }
    expect(differ).toEqual([]);
    // The shortcut was taken for a good share of the cases (else this would test nothing new).
    expect(shortcut).toBeGreaterThan(cases.length);
  });
});
