/**
 * The pieces of a batch run, in-process: copy names, the giant-file guard, the slimmed results
 * kept for the whole run, and the progress bar (a terminal only, erased at the end).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { command as check } from '../../src/cli/commands/check';
import type { CliIO } from '../../src/cli/command';
import { CopyNames } from '../../src/cli/check/copy-names';
import { buildReport } from '../../src/cli/check/json-report';
import { renderProgress } from '../../src/cli/check/progress';
import { fileSizeProblem, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, unzippedSize, unzippedSizeProblem } from '../../src/cli/check/size-guard';
import { slimResult } from '../../src/cli/check/slim-result';
import { explanationRequests } from '../../src/engine/appraisal/explanation-requests';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { buildRankingWorkbook } from '../../src/engine/ranking/ranking-workbook';
import { loadWorkbook, readWorkbookGrids } from '../../src/file/read-grid';
import { generateFilledSheet, sheetToWorkbook } from '../helpers/generate-workbook';
import { claimUnzippedSize } from './batch-fixtures';
import { SAMPLES } from './run-cli';

const sampleBytes = (name: string) => fs.readFileSync(path.join(SAMPLES, name));

describe('CopyNames', () => {
  it('numbers clashing names like Windows, ignoring case and Unicode form, never using a reserved one', () => {
    const names = new CopyNames(['Bieu.xlsx']);
    expect(names.take('a.xlsx')).toBe('a.xlsx');
    expect(names.take('A.XLSX')).toBe('A (2).XLSX');
    expect(names.take('a.xlsx')).toBe('a (3).xlsx');
    expect(names.take('bieu.xlsx')).toBe('bieu (2).xlsx');
    // "Sở" typed as NFC and as NFD (macOS file names) is one name.
    expect(names.take('Sở.xlsx'.normalize('NFC'))).toBe('Sở.xlsx'.normalize('NFC'));
    expect(names.take('Sở.xlsx'.normalize('NFD'))).toBe('Sở (2).xlsx'.normalize('NFD'));
  });
});

describe('giant-file guard', () => {
  it('reads the unzipped size from the zip directory', async () => {
    const bytes = sampleBytes('so-y-te-2024.xlsx');
    const zip = await JSZip.loadAsync(bytes);
    let total = 0;
    for (const f of Object.values(zip.files)) if (!f.dir) total += (await f.async('uint8array')).length;
    expect(unzippedSize(bytes)).toBe(total);
    expect(unzippedSizeProblem(bytes)).toBeNull();
  });

  it('refuses a zip claiming more than the limit, and a file larger than the limit', () => {
    const bomb = claimUnzippedSize(sampleBytes('so-tu-phap-2024.xlsx'), MAX_UNZIPPED_BYTES + 1);
    expect(unzippedSizeProblem(bomb)?.vi).toMatch(/^Tệp quá lớn khi giải nén/);
    expect(unzippedSizeProblem(bomb)?.en).toMatch(/^The file is too large once unzipped/);
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)?.vi).toContain('chép riêng sheet chấm điểm');
    expect(unzippedSize(Buffer.from('không phải zip'))).toBeNull();
  });
});

describe('slimResult', () => {
  it('drops option lines and method text, keeps every output of the run identical', async () => {
    const all = bundledSets();
    const generated = await sheetToWorkbook(generateFilledSheet(all.find((x) => x.id === 'mau-so-nganh-2024')!, { unit: 'Sở Tư pháp', rows: 3000, seed: 3 }));
    for (const bytes of [sampleBytes('so-y-te-2024.xlsx'), generated.buffer]) {
      const full = checkWorkbookGrids(readWorkbookGrids(await loadWorkbook(bytes)), { sets: all });
      const slim = slimResult(full);
      const lines = (r: typeof full) => r.parsed!.rows.reduce((n, row) => n + row.optionLines.length + (row.method ? 1 : 0), 0);
      expect(lines(full)).toBeGreaterThan(0);
      expect(lines(slim)).toBe(0);
      // Rows reached through the alignment are the slimmed rows of the parsed sheet.
      const parsedRows = new Set(slim.parsed!.rows);
      for (const row of slim.alignment!.rowFor.values()) expect(parsedRows.has(row)).toBe(true);
      expect(explanationRequests(slim)).toEqual(explanationRequests(full));
      const check = (result: typeof full) => [{ file: 'a.xlsx', path: '/a.xlsx', result, error: null, problem: null }];
      expect(buildReport(check(slim), 'vi')).toEqual(buildReport(check(full), 'vi'));
      expect(buildRankingWorkbook({ files: check(slim), lang: 'vi' })).toEqual(buildRankingWorkbook({ files: check(full), lang: 'vi' }));
    }
  });
});

describe('progress bar', () => {
  const run = async (tty: boolean) => {
    const err: string[] = [];
    const out: string[] = [];
    const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stderrIsTTY: tty, cwd: SAMPLES };
    const code = await check.run(['so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-y-te-2024.xlsx'], io);
    return { code, err, out: out.join('') };
  };

  it('draws on a terminal, one redraw per file, and is erased at the end', async () => {
    const { code, err, out } = await run(true);
    expect(code).toBe(1);
    expect(err[err.length - 1]).toBe('\r\x1b[K');
    expect(err.filter((e) => e.includes('/3 '))).toEqual([
      `\r\x1b[K${renderProgress(0, 3, '')}`,
      `\r\x1b[K${renderProgress(1, 3, 'so-tu-phap-2024.xlsx')}`,
      `\r\x1b[K${renderProgress(2, 3, 'so-xay-dung-2024.xlsx')}`,
      `\r\x1b[K${renderProgress(3, 3, 'so-y-te-2024.xlsx')}`,
    ]);
    expect(renderProgress(2, 3, 'x.xlsx')).toBe('[#############.......] 2/3 x.xlsx');
    expect(out).not.toContain('\x1b');
  });

  it('stays silent when stderr is not a terminal', async () => {
    const { err } = await run(false);
    expect(err).toEqual([]);
  });
});
