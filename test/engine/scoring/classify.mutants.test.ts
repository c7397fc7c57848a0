/**
 * Classification at its exact edges (src/engine/scoring/classify.ts): an index or a component a
 * float hair (up to 1e-9) below a minimum reaches it; 1e-9 is the tolerance, so a value exactly
 * 1e-9 below still counts (90 − 1e-9 + 1e-9 = 90 in floats, not below 90) and 2e-9 below does not.
 */
import { classify } from '../../../src/engine/scoring/classify';

const bands = [
  { label: 'Tốt', minIndex: 90, minComponentIndex: 80 },
  { label: 'Khá', minIndex: 70 },
];

describe('classify at the tolerance', () => {
  test('the index: exactly 1e-9 below the minimum reaches it, 2e-9 below does not', () => {
    expect(classify(bands, 90 - 1e-9, [100])).toBe('Tốt');
    expect(classify(bands, 90 - 2e-9, [100])).toBe('Khá');
    // half the tolerance below: reached (a tolerance subtracted instead of added would miss it)
    expect(classify(bands, 90 - 0.5e-9, [100])).toBe('Tốt');
    expect(classify(bands, 70 - 1e-9, [])).toBe('Khá');
  });

  test('a component: exactly 1e-9 below its minimum reaches it, 2e-9 below does not, half the tolerance does', () => {
    expect(classify(bands, 95, [80 - 1e-9, 100])).toBe('Tốt');
    expect(classify(bands, 95, [100, 80 - 2e-9])).toBe('Khá');
    expect(classify(bands, 95, [80 - 0.5e-9])).toBe('Tốt');
  });

  test('one component below the minimum is enough to miss the band (not all of them need be)', () => {
    expect(classify(bands, 95, [100, 100, 79])).toBe('Khá');
    expect(classify(bands, 95, [79, 100])).toBe('Khá');
  });

  test('a band without a component minimum ignores the components', () => {
    expect(classify([{ label: 'Khá', minIndex: 70 }], 75, [0, 10])).toBe('Khá');
  });

  test('no components (every area wholly N/A) cannot miss a component minimum', () => {
    expect(classify(bands, 95, [])).toBe('Tốt');
  });
});
