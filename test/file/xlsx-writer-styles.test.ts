/**
 * The results workbook's style table (src/file/xlsx-writer/styles.ts): one cell format per
 * distinct style, found by a short key of the style's fields. Equal styles in different objects
 * share an id; styles that write different XML never do, even when their texts would run
 * together (a colour "AB" then a fill "C" against "A" then "BC").
 */
import { StyleTable } from '../../src/file/xlsx-writer/styles';

test('equal styles share an id, whatever object holds them; ids in order of first use', () => {
  const t = new StyleTable();
  expect(t.id(undefined)).toBe(0);
  expect(t.id({ bold: true })).toBe(1); // 0 is the default format
  expect(t.id({ bold: true })).toBe(1);
  expect(t.id({ fill: 'FFF2CC', border: true })).toBe(2);
  expect(t.id({ border: true, fill: 'FFF2CC' })).toBe(2);
  // A zero font size writes no size, as no size at all: the same format.
  expect(t.id({ bold: true, fontSize: 0 })).toBe(1);
});

test('styles that differ in one field get their own format', () => {
  const t = new StyleTable();
  const base = { bold: true, fill: 'FFF2CC', numberFormat: '0.00', hAlign: 'center' as const };
  const variants = [
    base,
    { ...base, bold: false },
    { ...base, italic: true },
    { ...base, fill: 'DDEBF7' },
    { ...base, fontColor: 'C00000' },
    { ...base, fontSize: 14 },
    { ...base, border: true },
    { ...base, wrap: true },
    { ...base, hAlign: 'left' as const },
    { ...base, vAlign: 'top' as const },
    { ...base, numberFormat: '0.0' },
    { ...base, locked: false },
  ];
  const ids = variants.map((v) => t.id(v));
  expect(new Set(ids).size).toBe(variants.length);
  // Texts that would run together in a plain concatenation stay apart.
  expect(t.id({ fontColor: 'AB', fill: 'C' })).not.toBe(t.id({ fontColor: 'A', fill: 'BC' }));
  expect(t.xml()).toContain('<fgColor rgb="FFC"/>');
  expect(t.xml()).toContain('<fgColor rgb="FFBC"/>');
});
