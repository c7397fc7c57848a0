/**
 * parseCode settles a plain dotted code ("1.2.3") without the memory and without the code
 * reader: on any text it must give what the reader itself (readCodeText) gives.
 */
import fc from 'fast-check';
import { mayStartCode, parseCode, readCodeText } from '../../../src/engine/layout/codes';

describe('parseCode on plain dotted codes', () => {
  test('the same as the code reader, on random code-like texts', () => {
    const piece = fc.constantFrom('1', '12', '123', '1234', '0', '.', '..', ' ', 'I', 'V', 'a', ')', ':', '-', '\u00a0', 'Tiêu chí ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(parseCode(text)).toEqual(readCodeText(text));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  test('examples by hand, both sides of the length bound', () => {
    expect(parseCode('1.2.3')).toEqual({ code: '1.2.3', raw: '1.2.3' });
    expect(parseCode('123.123.12')).toEqual({ code: '123.123.12', raw: '123.123.12' });
    // 13 characters and more: the reader (the same answer).
    expect(parseCode('123.123.123.1')).toEqual({ code: '123.123.123.1', raw: '123.123.123.1' });
    expect(parseCode('1.')).toEqual({ code: '1', raw: '1.' });
    expect(parseCode('1..2')).toBeNull();
    expect(parseCode('1234')).toBeNull();
    expect(parseCode('.1')).toBeNull();
  });
});

describe('mayStartCode', () => {
  const MAY_START_CODE = /^\s*[\dIVXlLtTcCnNmMpP]/;

  test('the same as its regex for every first character, after white space or not', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, ch + 'x', ' ' + ch, '\u00a0\t' + ch + ' 1', ch + ch]) if (mayStartCode(t) !== MAY_START_CODE.test(t)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(['', ' ', '\u3000'].map(mayStartCode)).toEqual([false, false, false]);
    expect(['1.1 A', '  II. B', 'Tiêu chí 1', '\ufeffM', 'Kế hoạch'].map(mayStartCode)).toEqual([true, true, true, true, false]);
  });
});
