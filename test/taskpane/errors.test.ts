import { describeReadError, describeWriteError, errorDetail, looksProtected } from '../../src/taskpane/state/errors';

describe('error messages for the user', () => {
  it('keeps the message and drops stack frames', () => {
    const err = new Error('Cannot write cell\n    at foo (x.js:1:1)\n    at bar (y.js:2:2)');
    expect(errorDetail(err)).toEqual({ vi: 'Cannot write cell', en: 'Cannot write cell' });
    expect(errorDetail('plain text')).toEqual({ vi: 'plain text', en: 'plain text' });
    expect(errorDetail(42)).toBeNull();
  });

  it("uses an adapter's own bilingual message", () => {
    const err = Object.assign(new Error('x'), { bilingual: { vi: 'Tệp bị khóa', en: 'File is locked' } });
    const m = describeWriteError(err, 'summary', 'Tổng hợp', false);
    expect(m.vi).toBe('Không tạo bảng tổng hợp được: Tệp bị khóa');
    expect(m.en).toBe('Could not create the summary sheet: File is locked');
  });

  it('recognises a protected sheet and says how to unprotect it', () => {
    expect(looksProtected(Object.assign(new Error('Access denied'), { code: 'AccessDenied' }))).toBe(true);
    expect(looksProtected(new Error('The sheet is protected'))).toBe(true);
    expect(looksProtected(new Error('Network down'))).toBe(false);
    const m = describeWriteError(new Error('The sheet is protected.'), 'flag', 'Biểu', false);
    expect(m.vi).toContain('Trang tính "Biểu" đang được bảo vệ');
    expect(m.vi).toContain('Bỏ bảo vệ trang tính');
    expect(m.en).toContain('Unprotect Sheet');
    expect(m.en).toContain('(The sheet is protected.)');
  });

  it("shows an adapter's complete protection message as it is", () => {
    const own = { vi: 'Trang tính "A" đang được khóa (bảo vệ). Cách khắc phục: …', en: 'The sheet "A" is protected. To fix: …' };
    const err = Object.assign(new Error(`${own.vi}\n${own.en}`), { bilingual: own, kind: 'protected' });
    expect(describeWriteError(err, 'flag', 'A', true)).toEqual(own);
  });

  it('treats a sheet known to be protected as protected whatever the error says', () => {
    const m = describeWriteError(new Error('InvalidOperation'), 'unflag', 'Biểu', true);
    expect(m.en).toMatch(/^The sheet "Biểu" is protected/);
  });

  it('says something useful for an unknown failure, never "undefined"', () => {
    const m = describeWriteError({}, 'template', 'x', false);
    expect(m.vi).toMatch(/^Không chèn bảng điểm mẫu được: lỗi không rõ nguyên nhân/);
    expect(m.en).not.toContain('undefined');
    const r = describeReadError(new Error('GeneralException.'));
    expect(r.en).toBe('Could not read the workbook: GeneralException. Close any open dialog in Excel and click "Check" again.');
  });
});
