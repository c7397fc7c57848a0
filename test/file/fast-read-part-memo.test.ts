/**
 * Small parts remembered by their text (fast-read/part-memo.ts): the reading runs once per
 * distinct text among the last few, a failing reading is not remembered, large texts are read
 * each time; and what the fast reader hands out from a remembered worksheet rest is its own copy.
 */
import { memoByPartText } from '../../src/file/fast-read/part-memo';
import { readSheetXml } from '../../src/file/fast-read/sheet-xml';

function counted(size?: number) {
  const calls: string[] = [];
  const read = memoByPartText((xml: string) => {
    calls.push(xml);
    if (xml === 'bad') throw new Error('unreadable');
    return { length: xml.length };
  }, size);
  return { calls, read };
}

describe('memoByPartText', () => {
  test('one reading per text among the last ones, the same answer handed out again', () => {
    const { calls, read } = counted(2);
    const a = read('<a/>');
    // Equal text made afresh (not the same string): still found.
    expect(read(['<a', '/>'].join(''))).toBe(a);
    expect(read('<bb/>')).toEqual({ length: 5 });
    expect(read('<a/>')).toBe(a);
    expect(calls).toEqual(['<a/>', '<bb/>']);
    // A third text pushes out the first one kept ('<a/>'), which is then read again.
    read('<ccc/>');
    read('<bb/>');
    read('<a/>');
    expect(calls).toEqual(['<a/>', '<bb/>', '<ccc/>', '<a/>']);
  });

  test('a reading that throws is not remembered', () => {
    const { calls, read } = counted();
    expect(() => read('bad')).toThrow('unreadable');
    expect(() => read('bad')).toThrow('unreadable');
    expect(calls).toEqual(['bad', 'bad']);
  });

  test('a text over 64 KB is read each time', () => {
    const { calls, read } = counted();
    const big = 'x'.repeat(64 * 1024 + 1);
    read(big);
    read(big);
    expect(calls.length).toBe(2);
    const edge = 'y'.repeat(64 * 1024);
    read(edge);
    read(edge);
    expect(calls.length).toBe(3);
  });
});

test("a worksheet's merges and links are the caller's own, however often the same part is read", () => {
  const xml =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>';
  const first = readSheetXml(xml);
  first.merges.push('C1:D1');
  first.hyperlinks.length = 0;
  const second = readSheetXml(xml);
  expect(second.merges).toEqual(['A1:B1']);
  expect(second.hyperlinks).toEqual([{ ref: 'A1', rId: 'rId1' }]);
});
