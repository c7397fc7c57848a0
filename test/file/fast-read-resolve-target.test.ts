/**
 * Relationship targets resolved against the part that holds them (package-parts.ts resolveTarget),
 * whose last answers are remembered: each (part, target) pair keeps its own answer, whatever was
 * asked before it and however many other pairs came between. Expected part names by hand.
 */
import { resolveTarget } from '../../src/file/fast-read/package-parts';

const cases: [string, string, string][] = [
  ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
  ['xl/workbook.xml', '/xl/styles.xml', 'xl/styles.xml'],
  ['xl/worksheets/sheet1.xml', '../comments1.xml', 'xl/comments1.xml'],
  ['xl/worksheets/sheet2.xml', '../comments1.xml', 'xl/comments1.xml'],
  ['xl/x/workbook.xml', 'worksheets/sheet1.xml', 'xl/x/worksheets/sheet1.xml'], // same target, another part
  ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ['', ' xl\\workbook.xml ', 'xl/workbook.xml'],
  ['xl/workbook.xml', './sharedStrings.xml', 'xl/sharedStrings.xml'],
  ['a/b/c.xml', '../../d.xml', 'd.xml'],
  ['a/b/c.xml', '../../../d.xml', 'd.xml'],
  ['xl/workbook.xml', 'worksheets//sheet3.xml', 'xl/worksheets/sheet3.xml'],
  ['xl/workbook.xml', 'worksheets/sheet1.xml ', 'xl/worksheets/sheet1.xml'],
];

test('every pair its own answer, asked in turn, again and in reverse (more pairs than are remembered)', () => {
  for (const order of [cases, cases, [...cases].reverse(), cases.filter((_, i) => i % 3 === 0)]) {
    for (const [from, target, expected] of order) expect([from, target, resolveTarget(from, target)]).toEqual([from, target, expected]);
  }
});

test('the same pair asked twice in a row: the same answer', () => {
  expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet9.xml')).toBe('xl/worksheets/sheet9.xml');
  expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet9.xml')).toBe('xl/worksheets/sheet9.xml');
  expect(resolveTarget('xl/other.xml', 'worksheets/sheet9.xml')).toBe('xl/worksheets/sheet9.xml');
  expect(resolveTarget('other/workbook.xml', 'worksheets/sheet9.xml')).toBe('other/worksheets/sheet9.xml');
});
