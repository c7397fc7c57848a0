/** The pane's "new workbook" for an explanation request: Excel.createWorkbook with the file's base64, only where ExcelApi 1.8 is there. */
import { base64Of, ExcelWorkbook } from '../../src/excel/excel-workbook';
import { ALL_SUPPORTED, FakeExcel, ONLY_17 } from './fake-excel';

describe('ExcelWorkbook.openNewWorkbook', () => {
  const created: (string | undefined)[] = [];
  beforeEach(() => {
    created.length = 0;
    (globalThis as unknown as { Excel: unknown }).Excel = { createWorkbook: async (b?: string) => void created.push(b) };
  });
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  it('opens the bytes as a new workbook (base64) on ExcelApi 1.8', async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook({ run: fake.run, supports: { ...ALL_SUPPORTED }, settings: fake.settings });
    // "PK\x03\x04" is the zip signature; its base64 is "UEsDBA==".
    await expect(wb.openNewWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).resolves.toBe(true);
    expect(created).toEqual(['UEsDBA==']);
  });

  it('says it cannot on an ExcelApi 1.7 host, without calling Excel', async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook({ run: fake.run, supports: { ...ONLY_17 }, settings: fake.settings });
    await expect(wb.openNewWorkbook(new Uint8Array([1, 2, 3]))).resolves.toBe(false);
    expect(created).toEqual([]);
  });

  it('encodes a large file in chunks, the same as Node does', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(base64Of(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
