import { settleNumberFields } from '../../src/engine/number-fields';

describe('settleNumberFields', () => {
  it('makes the object first with null, then with a fraction, in every number field', () => {
    const seen: unknown[] = [];
    settleNumberFields((n) => {
      seen.push(n);
      return { n };
    });
    // Null first (a field of objects), then a fraction (not a whole number: a whole one would
    // leave the field a small-integer one and change nothing).
    expect(seen).toEqual([null, 0.3]);
    expect(Number.isInteger(seen[1])).toBe(false);
  });
});
