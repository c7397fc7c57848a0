import * as fs from 'fs';
import * as path from 'path';
import { openWorkbook } from '../../src/file/open-workbook';
import { sniffWorkbookBytes } from '../../src/file/sniff';
import {
  docxLikeBytes, encryptedXlsxBytes, oldXlsBytes, pdfBytes, textBytes, truncatedBytes,
} from '../helpers/bad-files';

const sample = fs.readFileSync(path.join(__dirname, '../fixtures/samples/so-tu-phap-2024.xlsx'));

describe('sniffWorkbookBytes', () => {
  it.each([
    ['xlsx', sample],
    ['empty', Buffer.alloc(0)],
    ['encrypted', encryptedXlsxBytes()],
    ['xls', oldXlsBytes()],
    ['pdf', pdfBytes()],
    ['other', textBytes()],
  ])('recognises %s', (kind, bytes) => {
    expect(sniffWorkbookBytes(bytes).kind).toBe(kind);
  });
});

describe('openWorkbook', () => {
  it('opens a real workbook', async () => {
    const r = await openWorkbook(sample);
    expect(r.ok).toBe(true);
    if (r.ok) expect((await r.workbook.listSheets())[0].name).toBe('Tự đánh giá');
  });

  it.each([
    ['an encrypted workbook', () => encryptedXlsxBytes(), /mật khẩu/, /password/],
    ['an old .xls', () => oldXlsBytes(), /\.xls/, /Save As/],
    ['a PDF', () => pdfBytes(), /PDF/, /PDF/],
    ['a renamed text file', () => textBytes(), /đổi đuôi/, /renamed/],
    ['a truncated file', () => truncatedBytes(sample), /hỏng hoặc không đầy đủ/, /damaged or incomplete/],
    ['an empty file', () => Buffer.alloc(0), /rỗng/, /empty/],
  ])('explains %s in both languages', async (_name, bytes, vi, en) => {
    const r = await openWorkbook(bytes());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.vi).toMatch(vi);
      expect(r.problem.en).toMatch(en);
    }
  });

  it('explains a zip that is not a workbook', async () => {
    const r = await openWorkbook(await docxLikeBytes());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.en).toMatch(/not an Excel workbook/);
  });
});
