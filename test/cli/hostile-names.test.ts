/** A file name holding U+FFFE/U+FFFF: the results, requests and flagged workbooks still open (issue 14). */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLES, cli } from './run-cli';

jest.setTimeout(180_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-hostile-names-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Every text cell of the workbook. */
function texts(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text)))));
  return out;
}

it('U+FFFE and U+FFFF in a file name: every workbook written opens, the characters are dropped', async () => {
  const inputs = path.join(dir, 'ho-so');
  fs.mkdirSync(inputs);
  fs.copyFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'), path.join(inputs, 'so-y-te\uFFFE\uFFFF.xlsx'));
  fs.copyFileSync(path.join(SAMPLES, 'so-tu-phap-2024.xlsx'), path.join(inputs, 'so-tu-phap.xlsx'));
  const summary = path.join(dir, 'ket-qua.xlsx');
  const flagged = path.join(dir, 'danh-dau');
  const requests = path.join(dir, 'de-nghi');
  const r = await cli(['check', inputs, '--summary', summary, '--annotate', flagged, '--requests', requests]);
  expect(r.stderr).not.toContain('Không ghi được');
  const ranking = await load(summary);
  const all = texts(ranking).join('\n');
  expect(all).toContain('so-y-te.xlsx');
  expect(all).not.toMatch(/[\uFFFE\uFFFF]/);
  for (const f of fs.readdirSync(flagged).filter((n) => n.endsWith('.xlsx'))) {
    const wb = await load(path.join(flagged, f));
    expect(wb.worksheets.length).toBeGreaterThan(0);
  }
  for (const f of fs.readdirSync(requests).filter((n) => n.endsWith('.xlsx'))) {
    const wb = await load(path.join(requests, f));
    expect(wb.title ?? '').not.toMatch(/[\uFFFE\uFFFF]/);
  }
});
