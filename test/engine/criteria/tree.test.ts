import {
  countsInParent,
  effectiveKind,
  evidenceRuleOf,
  flattenItems,
  isLeaf,
  itemKind,
  numberToRoman,
  parentCode,
  romanToNumber,
} from '../../../src/engine/criteria/tree';
import { buildSet, item } from '../helpers/build-set';

const set = buildSet([
  item('1', 3, [item('1.1', 2, [item('1.1.1', 1), item('1.1.2', 1)]), item('1.2', 1, [], { kind: 'survey' })]),
  item('2', 2, [item('2.1', 2), item('2.2', 1, [], { kind: 'bonus' })]),
  item('3', 2, [item('3.1', 1), item('3.2', 1)], { kind: 'penalty' }),
]);

describe('flattenItems', () => {
  const flat = flattenItems(set);
  it('lists items in sheet order with depth, parent, area and JSON path', () => {
    expect(flat.map((f) => f.item.code)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1', '2.2', '3', '3.1', '3.2']);
    const f112 = flat[3];
    expect(f112.depth).toBe(2);
    expect(f112.parent?.item.code).toBe('1.1');
    expect(f112.area.code).toBe('1');
    expect(f112.path).toBe('items[0].children[0].children[1]');
  });

  it('inherits kinds from ancestors and keeps own kinds', () => {
    const byCode = new Map(flat.map((f) => [f.item.code, f]));
    expect(effectiveKind(byCode.get('3.1')!)).toBe('penalty');
    expect(itemKind(byCode.get('3.1')!.item)).toBe('scored');
    expect(effectiveKind(byCode.get('1.2')!)).toBe('survey');
    expect(effectiveKind(byCode.get('1.1.1')!)).toBe('scored');
  });

  it('leaves bonus children of ordinary parents out of the parent sum, but not parts of a penalty item', () => {
    const byCode = new Map(flat.map((f) => [f.item.code, f]));
    expect(countsInParent(byCode.get('2.2')!)).toBe(false);
    expect(countsInParent(byCode.get('2.1')!)).toBe(true);
    expect(countsInParent(byCode.get('3.1')!)).toBe(true);
    expect(countsInParent(byCode.get('3')!)).toBe(false);
  });

  it('defaults evidence: required for scored leaves, none for survey, penalty and parents', () => {
    const byCode = new Map(flat.map((f) => [f.item.code, f]));
    expect(evidenceRuleOf(byCode.get('1.1.1')!)).toBe('required');
    expect(evidenceRuleOf(byCode.get('1.2')!)).toBe('none');
    expect(evidenceRuleOf(byCode.get('3.1')!)).toBe('none');
    expect(evidenceRuleOf(byCode.get('1.1')!)).toBe('none');
    expect(isLeaf(byCode.get('1.1')!.item)).toBe(false);
  });
});

describe('codes', () => {
  it('converts Roman numerals both ways and rejects malformed ones', () => {
    expect(romanToNumber('XIV')).toBe(14);
    expect(romanToNumber('VIII')).toBe(8);
    expect(romanToNumber('IIII')).toBeNull();
    expect(romanToNumber('1')).toBeNull();
    expect(numberToRoman(9)).toBe('IX');
  });
  it('finds parent codes', () => {
    expect(parentCode('1.2.3')).toBe('1.2');
    expect(parentCode('1')).toBeNull();
  });
});
