/**
 * Zips that lie (issue 14): the directory declares 1 KB but the entry inflates past the limit; 200
 * sheet entries share one stream; a bomb among good files. Every command gets the sentence and
 * exit 2 after inflating no more than MAX_INFLATED_BYTES (the readers stop there), nothing is
 * written, and the good files of a batch are still scored. Files made at test time, ~100 KB each.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Report } from '../../src/cli/check/json-report';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { InflateBudget, InputLimitError, MAX_INFLATED_BYTES } from '../../src/file/input-limits';
import { inflateAll } from '../../src/file/zip-budget';
import { cli, removeTempDirs, SAMPLES, STACK_LINE, tempDir } from '../cli/run-cli';
import { deflated, lyingSizes, overlappingEntries, writeZip } from './hostile-files';

const MB = 1 << 20;
const BOMB_VI = /Tệp giải nén ra hơn 100 MB dữ liệu \(giới hạn 100 MB; .*bom nén.*chép riêng sheet chấm điểm sang sổ làm việc mới/;
const BOMB_EN = /The file unzips to more than 100 MB \(limit 100 MB; .*zip bomb.*copy the scoresheet alone into a new workbook/;

let dir: string;
let bomb: string;
beforeAll(() => {
  dir = tempDir('hostile-zip');
  bomb = path.join(dir, 'bom.xlsx');
  // 101 MB of spaces declared as 1,000 bytes: just over the limit (MAX_INFLATED_BYTES = 100 MB).
  fs.writeFileSync(bomb, lyingSizes(MAX_INFLATED_BYTES + MB));
});
afterAll(() => removeTempDirs());

it('the bomb is small on disk and the limit is what the sentence says', () => {
  expect(fs.statSync(bomb).size).toBeLessThan(200 * 1024);
  expect(MAX_INFLATED_BYTES).toBe(100 * MB);
});

it('check: the sentence in the run language, exit 2, in the JSON report too', async () => {
  const vi = await cli(['check', bomb]);
  expect(vi.code).toBe(2);
  expect(vi.stdout).toMatch(BOMB_VI);
  expect(vi.stdout + vi.stderr).not.toMatch(STACK_LINE);
  const en = await cli(['check', '--json', '--lang', 'en', bomb]);
  expect(en.code).toBe(2);
  const report = JSON.parse(en.stdout) as Report;
  expect(report.files[0].error).toMatch(BOMB_EN);
});

// check --annotate, clear and import-set (the ExcelJS path): ./zip-bombs-commands.test.ts, with a
// small budget (their JSZip inflating of 100 MB three times was most of this file's time).

it('200 sheet entries sharing one 1 MB stream (declared 1 KB each) count 200 MB: refused', async () => {
  const file = path.join(dir, 'chung-dong.xlsx');
  fs.writeFileSync(file, overlappingEntries(200, MB));
  const r = await cli(['check', file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(BOMB_VI);
});

it('a bomb among good files: the good ones are scored, the bomb has its sentence', async () => {
  const good1 = path.join(SAMPLES, 'so-tu-phap-2024.xlsx');
  const good2 = path.join(SAMPLES, 'so-y-te-2024.xlsx');
  const r = await cli(['check', '--json', good1, bomb, good2]);
  expect(r.code).toBe(2);
  const files = (JSON.parse(r.stdout) as Report).files;
  expect(files.map((f) => [path.basename(f.file), f.scores !== null, f.error !== null])).toEqual([
    ['so-tu-phap-2024.xlsx', true, false],
    ['bom.xlsx', false, true],
    ['so-y-te-2024.xlsx', true, false],
  ]);
});

describe('the budget itself (small limits, so the numbers are exact)', () => {
  const overlapping = overlappingEntries(10, 64 * 1024, 'true');

  it('fast reader: 10 entries × 64 KB pass a 1 MB budget, stop a 512 KB one', () => {
    // The sheets are spaces only: 10 empty grids read, 10 × 64 KB = 640 KB inflated (< 1 MB).
    expect(readWorkbookSheetsFast(overlapping)).toHaveLength(10);
    expect(() => readWorkbookSheetsFast(overlapping, {}, new InflateBudget(512 * 1024))).toThrow(InputLimitError);
  });

  it('JSZip path: entries are named by their local header, so the shared stream is one file, inflated once', async () => {
    const zip = await JSZip.loadAsync(overlapping);
    const sheets = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'));
    expect(sheets).toEqual(['xl/worksheets/sheet1.xml']);
    const kept = await inflateAll(zip, (n) => n === 'xl/worksheets/sheet1.xml', new InflateBudget(MB));
    // The part is 64 KB of spaces inside the worksheet wrapper.
    expect(kept.get('xl/worksheets/sheet1.xml')?.length).toBe(64 * 1024 + Buffer.byteLength(sheetWrapper()));
    await expect(inflateAll(zip, () => false, new InflateBudget(32 * 1024))).rejects.toThrow(InputLimitError);
  });

  it('an honest small package inflates in full', async () => {
    const zip = await JSZip.loadAsync(writeZip([deflated('a.xml', '<a/>'), deflated('b.xml', 'x'.repeat(1000))]));
    const all = await inflateAll(zip, () => true, new InflateBudget(1004));
    expect([...all].map(([n, b]) => [n, b.length])).toEqual([['a.xml', 4], ['b.xml', 1000]]);
    await expect(inflateAll(zip, () => true, new InflateBudget(1003))).rejects.toThrow(InputLimitError);
  });
});

/** The text around the spaces in every generated sheet part (hostile-files.ts's SHEET_HEAD + tail). */
function sheetWrapper(): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData></sheetData></worksheet>';
}
