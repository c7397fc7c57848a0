import { uniqueSheetName, MAX_SHEET_NAME } from '../../src/engine/text/sheet-names';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, comparing without case', () => {
    expect(uniqueSheetName('Biểu mẫu', ['Sheet1'])).toBe('Biểu mẫu');
    expect(uniqueSheetName('Biểu mẫu', ['biểu mẫu'])).toBe('Biểu mẫu (2)');
    expect(uniqueSheetName('Biểu mẫu', ['Biểu mẫu', 'Biểu mẫu (2)'])).toBe('Biểu mẫu (3)');
  });

  it("stays within Excel's 31 characters", () => {
    const long = 'x'.repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, ['x'.repeat(31)]);
    expect(second).toHaveLength(MAX_SHEET_NAME);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});
