/**
 * Test builder for small criteria sets:
 *   buildSet([item('1', 10, [item('1.1', 4), item('1.2', 6, [], { kind: 'survey' })])], { scale: 10 })
 * The result is typed as a CriteriaSet but NOT validated: tests of invalid sets use it too.
 */
import type { CriteriaItem, CriteriaSet } from '../../../src/engine/criteria/schema';

export function item(code: string, maxPoints: number, children: CriteriaItem[] = [], extra: Partial<CriteriaItem> = {}): CriteriaItem {
  return {
    code,
    title: extra.title ?? `Tiêu chí ${code}`,
    maxPoints,
    ...extra,
    ...(children.length > 0 ? { children } : {}),
  };
}

export function buildSet(items: CriteriaItem[], extra: Partial<CriteriaSet> = {}): CriteriaSet {
  const sum = items.filter((i) => i.kind !== 'bonus' && i.kind !== 'penalty').reduce((s, i) => s + i.maxPoints, 0);
  // Maxima have at most 2 decimals; round the float sum as a set file would write it.
  const scale = extra.scale ?? Math.round(sum * 100) / 100;
  return {
    format: 'par-criteria/1',
    id: 'test-set',
    version: '1',
    title: 'Bộ tiêu chí thử',
    year: 2024,
    unitLevel: 'department',
    ...extra,
    scale,
    items,
  };
}
