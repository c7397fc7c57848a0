/**
 * The score a declared figure calls for (src/engine/findings/declared.ts): the edges of each rule,
 * figures by hand.
 */
import type { Scoring } from '../../../src/engine/criteria/schema';
import { declaredPercents, expectedScore } from '../../../src/engine/findings/declared';

const proportional: Scoring = { type: 'proportional', input: 'percent' };

describe('expectedScore, proportional', () => {
  test('the percent is kept within 0..100: −5 % calls for 0, 150 % for the max', () => {
    expect(expectedScore(proportional, 2, -5)).toBe(0);
    expect(expectedScore(proportional, 2, 150)).toBe(2);
    expect(expectedScore(proportional, 2, 100)).toBe(2);
    expect(expectedScore(proportional, 2, 0)).toBe(0);
  });

  test('rounded half up to 2 decimals even where the float product lands a hair below the half', () => {
    // 1 × 14.5 % = 0.145; in floats 0.145 × 100 = 14.499999999999998 → with the 1e-9 nudge 15 → 0.15
    expect(expectedScore(proportional, 1, 14.5)).toBe(0.15);
    // 2 × 40 % = 0.8 exactly
    expect(expectedScore(proportional, 2, 40)).toBe(0.8);
  });
});

describe('expectedScore, bands', () => {
  test('a band with only "above" is strict at its bound; one with only "atLeast" inclusive', () => {
    const above: Scoring = { type: 'bands', input: 'percent', bands: [{ above: 50, points: 1 }] };
    expect(expectedScore(above, 1, 50)).toBeNull();
    expect(expectedScore(above, 1, 50.01)).toBe(1);
    const atLeast: Scoring = { type: 'bands', input: 'percent', bands: [{ atLeast: 50, points: 1 }, { points: 0.5 }] };
    expect(expectedScore(atLeast, 1, 50)).toBe(1);
    expect(expectedScore(atLeast, 1, 49.99)).toBe(0.5);
  });

  test('the first band that matches wins, even when a later one would too', () => {
    const bands: Scoring = { type: 'bands', input: 'percent', bands: [{ atLeast: 80, points: 2 }, { atLeast: 50, points: 1 }, { points: 0 }] };
    expect(expectedScore(bands, 2, 85)).toBe(2);
    expect(expectedScore(bands, 2, 60)).toBe(1);
    expect(expectedScore(bands, 2, 10)).toBe(0);
  });
});

describe('declaredPercents', () => {
  test('(0, 1] may be a lost percent format: both readings; 0, negatives and above 1 as they are', () => {
    expect(declaredPercents({ kind: 'number', value: 1, fromText: false })).toEqual([1, 100]);
    expect(declaredPercents({ kind: 'number', value: 0.05, fromText: false })).toEqual([0.05, 5]);
    expect(declaredPercents({ kind: 'number', value: 0, fromText: false })).toEqual([0]);
    expect(declaredPercents({ kind: 'number', value: -0.5, fromText: false })).toEqual([-0.5]);
    expect(declaredPercents({ kind: 'number', value: 1.01, fromText: false })).toEqual([1.01]);
  });

  test('nothing to read: no percent', () => {
    expect(declaredPercents(null)).toHaveLength(0);
    expect(declaredPercents(undefined)).toHaveLength(0);
    expect(declaredPercents({ kind: 'blank' })).toHaveLength(0);
    expect(declaredPercents({ kind: 'text', raw: '80 phần trăm' })).toHaveLength(0);
  });
});
