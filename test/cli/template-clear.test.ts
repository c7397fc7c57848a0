import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cli, removeTempDirs, SAMPLES, STACK_LINE, tempDir } from './run-cli';
import type { Report } from '../../src/cli/check/json-report';
import { bundledSets } from '../../src/engine/criteria/registry';
import type { CriteriaItem } from '../../src/engine/criteria/schema';
import { flattenItems } from '../../src/engine/criteria/tree';
import { a1, parseA1 } from '../../src/engine/grid';
import { readSheet } from '../../src/engine/layout/read-sheet';
import { FileWorkbook } from '../../src/file/file-workbook';
import { rng, validLeafScore } from '../helpers/generate-workbook';

jest.setTimeout(180_000);

// In process (cli()); cli-basics and check-samples run the built bin.
let dir: string;
beforeAll(() => {
  dir = tempDir('tpl');
});
afterAll(() => removeTempDirs());

/** Evaluate the template's SUM formulas (SUM / IF(COUNT(..)=0,"",SUM(..))) the way Excel would on save. */
function recalc(ws: ExcelJS.Worksheet, col: number, rows: number[]): void {
  const valueAt = (address: string): number => {
    const v = ws.getCell(address).value as unknown;
    if (typeof v === 'number') return v;
    if (v && typeof v === 'object' && typeof (v as { result?: unknown }).result === 'number') return (v as { result: number }).result;
    return 0;
  };
  const refsOf = (formula: string): string[] => {
    const sum = /SUM\(([^)]*)\)/.exec(formula)?.[1] ?? '';
    return sum.split(',').flatMap((part) => {
      const [from, to] = part.split(':').map((p) => parseA1(p.trim()));
      if (!from) return [];
      const end = to ?? from;
      const out: string[] = [];
      for (let r = from.row; r <= end.row; r++) out.push(a1(r, from.col));
      return out;
    });
  };
  // Parents sit above their children: evaluating bottom-up settles every sum in one pass,
  // the total row (at the bottom, referring to areas) is done once more at the end.
  const order = [...rows].sort((x, y) => y - x);
  for (const pass of [order, order.slice(0, 1)]) {
    for (const r of pass) {
      const cell = ws.getCell(r + 1, col + 1);
      const v = cell.value as { formula?: string } | null;
      if (!v || typeof v !== 'object' || !v.formula) continue;
      const refs = refsOf(v.formula);
      const anyNumber = refs.some((a) => {
        const x = ws.getCell(a).value as unknown;
        return typeof x === 'number' || (typeof x === 'object' && x !== null && typeof (x as { result?: unknown }).result === 'number');
      });
      const total = Math.round(refs.reduce((s, a) => s + valueAt(a), 0) * 100) / 100;
      cell.value = { formula: v.formula, result: anyNumber || !v.formula.startsWith('IF(') ? total : '' } as ExcelJS.CellFormulaValue;
    }
  }
}

describe('template', () => {
  it('writes a blank sheet that, filled with valid scores and evidence, checks with no error or warning', async () => {
    const out = path.join(dir, 'bieu-trong.xlsx');
    const r = await cli(['template', '--criteria', 'mau-so-nganh-2024', '--out', out, '--unit', 'Sở Tư pháp']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã ghi biểu trống theo bộ tiêu chí mau-so-nganh-2024 (2024.1)');

    const fw = await FileWorkbook.fromBuffer(fs.readFileSync(out));
    const [info] = await fw.listSheets();
    expect(info.protected).toBe(true);
    const parsed = readSheet(await fw.readGrid(info.name));
    expect(parsed).not.toBeNull();
    const cols = parsed!.columns;
    expect(parsed!.titleBlock.unit).toBe('Sở Tư pháp');
    expect(parsed!.titleBlock.declaredSetId).toBe('mau-so-nganh-2024');

    const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
    const byCode = new Map(parsed!.rows.filter((x) => x.code).map((x) => [x.code as string, x.row]));
    const ws = fw.sheet(info.name);
    const random = rng(42);
    let filled = 0;
    for (const flat of flattenItems(set)) {
      const item: CriteriaItem = flat.item;
      if (item.children?.length) continue;
      const row = byCode.get(item.code);
      expect(row).toBeDefined();
      const leaf = validLeafScore(item, random);
      if (leaf.self === null) continue;
      ws.getCell(row! + 1, cols.self! + 1).value = leaf.self;
      if (leaf.declared !== null) ws.getCell(row! + 1, cols.declared! + 1).value = leaf.declared;
      if (leaf.self > 0) ws.getCell(row! + 1, cols.evidence! + 1).value = `Kế hoạch số ${filled + 1}/KH-STP ngày 15/03/2024 của Sở Tư pháp`;
      filled++;
    }
    expect(filled).toBeGreaterThan(40);
    recalc(ws, cols.self!, parsed!.rows.map((x) => x.row).concat(parsed!.totalRow ? [parsed!.totalRow.row] : []));
    const done = path.join(dir, 'bieu-da-dien.xlsx');
    fs.writeFileSync(done, await fw.toBuffer());

    const checked = await cli(['check', '--json', done]);
    expect(checked.stderr).not.toMatch(STACK_LINE);
    const report = JSON.parse(checked.stdout) as Report;
    const f = report.files[0];
    expect(f.error).toBeNull();
    expect(f.criteriaSet).toEqual({ id: 'mau-so-nganh-2024', version: '2024.1' });
    expect(f.findings.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(checked.code).toBe(0);
    expect(f.scores?.self.max).toBe(70);
    expect(f.scores?.self.total).toBeGreaterThan(0);
  });

  it('needs --criteria and --out, an .xlsx name and an existing folder', async () => {
    expect((await cli(['template', '--out', path.join(dir, 'x.xlsx')])).code).toBe(2);
    const badName = await cli(['template', '--criteria', 'mau-xa-2024', '--out', path.join(dir, 'x.txt')]);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('phải có đuôi .xlsx');
    const noFolder = await cli(['template', '--criteria', 'mau-xa-2024', '--out', path.join(dir, 'khong-co', 'x.xlsx')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('không tồn tại');
    expect(noFolder.stderr).not.toMatch(STACK_LINE);
  });
});

describe('clear', () => {
  it('removes our marks and writes a copy equal to the unflagged workbook', async () => {
    // A user's sheet with a note of their own, then flagged by the checker.
    const original = await FileWorkbook.fromBuffer(fs.readFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx')));
    const sheet = (await original.listSheets())[0].name;
    original.sheet(sheet).getCell('F35').note = 'Ghi chú của người lập';
    const originalBytes = await original.toBuffer();

    const flagged = await FileWorkbook.fromBuffer(originalBytes);
    await flagged.applyFlags(sheet, [
      { cell: 'F35', severity: 'error', text: 'Điểm vượt tối đa' },
      { cell: 'H70', severity: 'error', text: 'Thiếu TLKC' },
      { cell: 'G56', severity: 'warning', text: 'Thiếu ý kiến thẩm định' },
    ]);
    const input = path.join(dir, 'da-danh-dau.xlsx');
    fs.writeFileSync(input, await flagged.toBuffer());
    const before = fs.readFileSync(input);

    const out = path.join(dir, 'da-go.xlsx');
    const r = await cli(['clear', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã gỡ dấu kiểm tra ở 3 ô');
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const snapshot = async (bytes: Buffer) => {
      const fw = await FileWorkbook.fromBuffer(bytes);
      return JSON.stringify(fw.workbook.worksheets.map((w) => w.model));
    };
    expect(await snapshot(fs.readFileSync(out))).toBe(await snapshot(originalBytes));
    const cleared = await FileWorkbook.fromBuffer(fs.readFileSync(out));
    expect(cleared.sheet(sheet).getCell('F35').note).toBe('Ghi chú của người lập');
  });

  it('never overwrites the input', async () => {
    const input = path.join(dir, 'goc.xlsx');
    fs.copyFileSync(path.join(SAMPLES, 'so-tu-phap-2024.xlsx'), input);
    const r = await cli(['clear', input, '--out', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không ghi đè tệp gốc');
    expect(r.stderr).toContain('never overwritten');
    const sameViaDots = await cli(['clear', input, '--out', path.join(dir, '.', 'goc.xlsx')]);
    expect(sameViaDots.code).toBe(2);
  });

  it('explains a missing --out and an unreadable input', async () => {
    expect((await cli(['clear', path.join(SAMPLES, 'so-tu-phap-2024.xlsx')])).code).toBe(2);
    const pdf = path.join(dir, 'in.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.4 ...');
    const r = await cli(['clear', pdf, '--out', path.join(dir, 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tệp PDF');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
