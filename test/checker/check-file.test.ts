import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbookBytes, MAX_FILE_BYTES } from '../../src/checker/check-file';
import { bundledSets } from '../../src/engine/criteria/registry';
import { fileProblems } from '../../src/file/sniff';
import { encryptedXlsxBytes, pdfBytes, truncatedBytes } from '../helpers/bad-files';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));

describe('checking a workbook from its bytes (browser page)', () => {
  it('checks a sample: unit, set and scores', async () => {
    const out = await checkWorkbookBytes(sample('so-y-te-2024.xlsx'), bundledSets());
    if (!out.ok) throw new Error(out.problem.en);
    expect(out.results[0].unit).toBe('Sở Y tế');
    expect(out.results[0].set?.id).toBe('mau-so-nganh-2024');
    expect(out.results[0].scores?.final?.index).toBeCloseTo(84.66, 2);
    expect(out.results[0].findings.some((f: { code: string; cell: string | null }) => f.code === 'score.aboveMax' && f.cell === 'F35')).toBe(true);
  });

  it('gives the reason for a PDF, an encrypted workbook and a truncated download', async () => {
    const pdf = await checkWorkbookBytes(new Uint8Array(pdfBytes()), bundledSets());
    expect(pdf).toEqual({ ok: false, problem: fileProblems.pdf });
    const enc = await checkWorkbookBytes(new Uint8Array(encryptedXlsxBytes()), bundledSets());
    expect(enc).toEqual({ ok: false, problem: fileProblems.encrypted });
    const cut = await checkWorkbookBytes(new Uint8Array(truncatedBytes(Buffer.from(sample('so-tu-phap-2024.xlsx')))), bundledSets());
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.problem.vi).toMatch(/hỏng|không đầy đủ/);
  });

  it('refuses a giant file without opening it', async () => {
    // A zip signature followed by zeros: opening it would fail differently, so the message proves it was not opened.
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const out = await checkWorkbookBytes(big, bundledSets());
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.problem.vi).toContain('Tệp quá lớn (30,0 MB, giới hạn 30 MB)');
      expect(out.problem.en).toContain('too large (30.0 MB');
    }
  });
});
