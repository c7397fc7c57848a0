import { MAX_SHEET_NAME, sameSheetName, sanitizeSheetName, uniqueSheetName, uniqueSheetNames } from '../../../src/engine/text/sheet-names';

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

describe('uniqueSheetName (the pane and the add-in use this one rule too)', () => {
  it("cleans what Excel refuses and never cuts a character in two, as the ranking's names are", () => {
    // The pane's old copy only cut to 31 units; the add-in's only replaced [ ] : * ? / \.
    expect(uniqueSheetName("'Biểu: A/B'", [])).toBe('Biểu A B'); // apostrophes at the ends, ":" and "/"
    expect(uniqueSheetName('History', [])).toBe('Đơn vị'); // a name Excel reserves
    const emoji = `${'x'.repeat(30)}😀`; // 30 + 2 UTF-16 units: cutting at 31 would split the emoji
    expect(uniqueSheetName(emoji, [])).toBe('x'.repeat(30));
    expect(uniqueSheetName('Tổng hợp', ['tổng hợp', 'Tổng hợp (2)'])).toBe('Tổng hợp (3)');
    expect(uniqueSheetName('Tổng hợp', ['TỔNG HỢP'.normalize('NFD')])).toBe('Tổng hợp (2)');
  });

  it('compares names without case and Unicode form', () => {
    expect(sameSheetName('Tổng hợp', 'TỔNG HỢP'.normalize('NFD'))).toBe(true);
    expect(sameSheetName('Tổng hợp', 'Tổng hợp 2')).toBe(false);
  });
});
