import { normaliseSealCode, sealCode } from '../../../src/engine/seal/seal-code';

describe('sealCode', () => {
  it('writes the first 60 bits in Crockford base 32, grouped by four', () => {
    // 0x01234 = 00000 00100 10001 10100 → 0 4 H M; 0x56789 = 01010 11001 11100 01001 → A S W 9;
    // 0xabcde = 10101 01111 00110 11110 → N F 6 Y (Crockford: … H=17, M=20, S=25, W=28, Y=30).
    expect(sealCode('0123456789abcdef' + '0'.repeat(48))).toBe('04HM-ASW9-NF6Y');
    expect(sealCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(sealCode('0'.repeat(64))).toBe('0000-0000-0000');
  });
});

describe('normaliseSealCode', () => {
  it('accepts what a person types: any case, spaces, O for 0, I and L for 1', () => {
    expect(normaliseSealCode('o4hm asw9 nf6y')).toBe('04HM-ASW9-NF6Y');
    expect(normaliseSealCode('04HMASW9NF6Y')).toBe('04HM-ASW9-NF6Y');
    expect(normaliseSealCode('IL00-0000-0000')).toBe('1100-0000-0000');
  });
  it('refuses what cannot be a code', () => {
    expect(normaliseSealCode('04HM-ASW9')).toBeNull();
    expect(normaliseSealCode('04HM-ASW9-NF6U')).toBeNull();
  });
});
