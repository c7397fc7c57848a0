import { forgetRememberedTexts, memoByText } from '../../../src/engine/text/memo';
import { codeInTitle, parseCode } from '../../../src/engine/layout/codes';
import { fold, foldWords } from '../../../src/engine/text/normalize';

describe('memoByText', () => {
  it('computes each distinct text once, null results included', () => {
    const calls: string[] = [];
    const f = memoByText((t: string) => {
      calls.push(t);
      return t === 'x' ? null : t.length;
    });
    expect([f('ab'), f('x'), f('ab'), f('x'), f('abc')]).toEqual([2, null, 2, null, 3]);
    expect(calls).toEqual(['ab', 'x', 'abc']);
  });

  it('does not remember texts longer than maxLength', () => {
    const calls: string[] = [];
    const f = memoByText((t: string) => (calls.push(t), t.toUpperCase()), { maxLength: 3 });
    expect([f('abcd'), f('abcd'), f('abc'), f('abc')]).toEqual(['ABCD', 'ABCD', 'ABC', 'ABC']);
    expect(calls).toEqual(['abcd', 'abcd', 'abc']);
  });

  it('starts afresh once `limit` texts are remembered', () => {
    const calls: string[] = [];
    const f = memoByText((t: string) => (calls.push(t), t), { limit: 2 });
    f('a');
    f('b'); // two remembered
    f('c'); // full: forgets a and b, remembers c
    f('c');
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('remembered engine text functions', () => {
  it('give a fresh code object each call, so a caller changing one does not change the next', () => {
    const first = codeInTitle('1.2. Kế hoạch CCHC')!;
    expect(first).toEqual({ code: '1.2', raw: '1.2.', rest: 'Kế hoạch CCHC' });
    first.code = 'changed';
    expect(codeInTitle('1.2. Kế hoạch CCHC')).toEqual({ code: '1.2', raw: '1.2.', rest: 'Kế hoạch CCHC' });
    const own = parseCode('Tiêu chí 2.1')!;
    own.code = 'changed';
    expect(parseCode('Tiêu chí 2.1')).toEqual({ code: '2.1', raw: 'Tiêu chí 2.1' });
  });

  it('fold the same text the same way the second time', () => {
    // "Điểm  TỰ\nđánh giá": marks dropped, đ → d, lower case, whitespace collapsed.
    expect(fold('Điểm  TỰ\nđánh giá')).toBe('diem tu danh gia');
    expect(fold('Điểm  TỰ\nđánh giá')).toBe('diem tu danh gia');
    expect(foldWords('Lĩnh vực/Tiêu chí')).toBe('linh vuc tieu chi');
    expect(foldWords('Lĩnh vực/Tiêu chí')).toBe('linh vuc tieu chi');
  });
});

describe('forgetRememberedTexts', () => {
  it('makes every memo compute again', () => {
    const calls: string[] = [];
    const f = memoByText((t: string) => (calls.push(t), t));
    f('a');
    f('a');
    forgetRememberedTexts();
    f('a');
    expect(calls).toEqual(['a', 'a']);
  });
});
