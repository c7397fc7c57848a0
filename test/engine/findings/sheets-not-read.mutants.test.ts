/**
 * The sheets not checked (src/engine/findings/sheets-not-read.ts): another scoresheet left out
 * gets the advice to check it on its own; sheets left out for other reasons do not.
 */
import { sheetsNotReadFinding } from '../../../src/engine/findings/sheets-not-read';

describe('layout.sheetsNotRead', () => {
  test('another scoresheet: named with why, and the advice to check it on its own', () => {
    const f = sheetsNotReadFinding(['Sở Y tế'], [{ sheetName: 'Sở Tư pháp', why: 'otherScoresheet' }])!;
    expect(f.message).toEqual({
      vi: 'Đã kiểm tra sheet "Sở Y tế". Các sheet không được kiểm tra: "Sở Tư pháp" (cũng là biểu chấm điểm nhưng chỉ một sheet được kiểm tra). Nếu một sheet trong số đó là biểu chấm điểm cần kiểm tra, đề nghị chọn sheet đó để kiểm tra riêng.',
      en: 'Checked sheet "Sở Y tế". Sheets not checked: "Sở Tư pháp" (also a scoresheet, but only one sheet was checked). If one of them is a scoresheet to check, choose that sheet to check it on its own.',
    });
  });

  test('only a hidden sheet left out: no advice', () => {
    const f = sheetsNotReadFinding(['A'], [{ sheetName: 'DM', why: 'hidden' }])!;
    expect(f.message.en).toBe('Checked sheet "A". Sheets not checked: "DM" (hidden).');
  });
});
