import { declaredPercents, expectedScore } from '../../../src/engine/findings/declared';
import type { Scoring } from '../../../src/engine/criteria/schema';

const bands: Scoring = { type: 'bands', input: 'percent', bands: [{ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 }] };

describe('expectedScore', () => {
  test('bands: first match wins, above is strict, atLeast inclusive, an unbounded band always matches', () => {
    expect(expectedScore(bands, 2, 95)).toBe(2);
    expect(expectedScore(bands, 2, 90)).toBe(1);
    expect(expectedScore(bands, 2, 70)).toBe(1);
    expect(expectedScore(bands, 2, 69.9)).toBe(0);
  });

  test('bands without a catch-all band expect nothing below the last bound', () => {
    const noFloor: Scoring = { type: 'bands', input: 'percent', bands: [{ atLeast: 50, points: 1 }] };
    expect(expectedScore(noFloor, 1, 40)).toBeNull();
  });

  test('proportional: max × percent / 100, rounded to 2 decimals, percent kept within 0..100', () => {
    expect(expectedScore({ type: 'proportional', input: 'percent' }, 1.5, 78)).toBe(1.17);
    expect(expectedScore({ type: 'proportional', input: 'percent' }, 2, 83.333)).toBe(1.67);
    expect(expectedScore({ type: 'proportional', input: 'percent' }, 2, 120)).toBe(2);
  });

  test('other rules do not depend on a declared figure', () => {
    expect(expectedScore({ type: 'step', step: 0.25 }, 1, 80)).toBeNull();
    expect(expectedScore(undefined, 1, 80)).toBeNull();
  });
});

describe('declaredPercents', () => {
  test('a fraction may be a percent-formatted cell', () => {
    expect(declaredPercents({ kind: 'number', value: 0.8, fromText: false })).toEqual([0.8, 80]);
    expect(declaredPercents({ kind: 'number', value: 80, fromText: true })).toEqual([80]);
    expect(declaredPercents({ kind: 'text', raw: 'Không được giao' })).toEqual([]);
  });
});
