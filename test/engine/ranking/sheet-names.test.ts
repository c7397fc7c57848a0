import { sanitizeSheetName, uniqueSheetNames, MAX_SHEET_NAME } from '../../../src/engine/ranking/sheet-names';

describe('sanitizeSheetName', () => {
  it('removes the characters Excel refuses and edge apostrophes', () => {
    expect(sanitizeSheetName('Sở [Tư] pháp: 2024/*?\\')).toBe('Sở Tư pháp 2024');
    expect(sanitizeSheetName("'Sở Y tế'")).toBe('Sở Y tế');
    expect(sanitizeSheetName('=HYPERLINK("http://x")')).toBe('=HYPERLINK("http x")');
  });

  it('cuts to 31 characters and falls back when nothing is left', () => {
    const long = 'Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh';
    const name = sanitizeSheetName(long);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(long.startsWith(name)).toBe(true);
    expect(sanitizeSheetName('[]:*?')).toBe('Đơn vị');
    expect(sanitizeSheetName('History')).toBe('Đơn vị');
  });

  it('composes decomposed Vietnamese letters so the length counts letters', () => {
    const decomposed = 'Sở Y tế'.normalize('NFD');
    expect(sanitizeSheetName(decomposed)).toBe('Sở Y tế'.normalize('NFC'));
  });
});

describe('uniqueSheetNames', () => {
  it('numbers homonymous units and avoids the reserved names, ignoring case', () => {
    expect(uniqueSheetNames(['Sở Y tế', 'Sở Y tế', 'SỞ Y TẾ', 'xếp hạng'], ['Xếp hạng'])).toEqual([
      'Sở Y tế',
      'Sở Y tế (2)',
      'SỞ Y TẾ (3)',
      'xếp hạng (2)',
    ]);
  });

  it('keeps a numbered long name within 31 characters', () => {
    const long = 'Ủy ban nhân dân huyện Minh Sơn tỉnh Minh Sơn';
    const names = uniqueSheetNames([long, long]);
    expect(names[0]).not.toBe(names[1]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(names[1].endsWith(' (2)')).toBe(true);
  });
});
