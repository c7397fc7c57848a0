/**
 * so-tu-phap-2024.xlsx with its "STT" header cell A9 cleared: column A still holds a code on
 * every item row, so the sheet must read and check exactly as the intact file. With column A
 * cleared entirely the codes are really gone: one layout.columnMissing, not also noSetMatched.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbookGrids } from '../../../src/engine/check';
import type { CheckResult } from '../../../src/engine/check-result';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { Grid } from '../../../src/engine/grid';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';

const FILE = path.join(__dirname, '../../fixtures/samples/so-tu-phap-2024.xlsx');
const HEADER_ROW = 8; // row 9
const TOTAL_ROW = 117; // row 118

async function grids(): Promise<Grid[]> {
  return readWorkbookGrids(await loadWorkbook(fs.readFileSync(FILE)));
}

const check = (g: Grid[]) => checkWorkbookGrids(g, { sets: bundledSets() });
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
const codes = (r: CheckResult) => r.parsed!.rows.map((x) => [x.code, x.codeAddress]);

describe('so-tu-phap-2024.xlsx with the code header cell A9 blank', () => {
  let intact: CheckResult;
  let blanked: CheckResult;
  beforeAll(async () => {
    intact = check(await grids());
    const g = await grids();
    const sheet = g.find((x) => x.sheetName === intact.sheetName)!;
    expect(sheet.rows[HEADER_ROW][0]?.value).toBe('STT');
    sheet.rows[HEADER_ROW][0] = null;
    blanked = check(g);
  });

  it('reads column A as the code column and the same codes', () => {
    expect(blanked.parsed!.columns).toEqual(intact.parsed!.columns);
    expect(codes(blanked)).toHaveLength(108);
    expect(codes(blanked)).toEqual(codes(intact));
    expect(blanked.parsed!.notes.map((n) => n.message.vi).join('\n')).toContain('A9');
  });

  it('checks clean, against the same set', () => {
    expect(serious(blanked).map((f) => f.code)).toEqual([]);
    expect([blanked.set?.id, blanked.set?.version]).toEqual(['mau-so-nganh-2024', '2024.1']);
  });

  it('gives the same totals as the intact file', () => {
    expect(blanked.scores).toEqual(intact.scores);
    expect(Math.round(blanked.scores!.self.total * 100) / 100).toBe(64.21);
  });
});

describe('so-tu-phap-2024.xlsx with column A cleared', () => {
  it('reports the missing code column once, and no unmatched set on top of it', async () => {
    const g = await grids();
    const sheet = g.find((x) => x.sheetName === 'Tự đánh giá')!;
    for (let r = HEADER_ROW; r <= TOTAL_ROW; r++) if (sheet.rows[r]) sheet.rows[r][0] = null;
    const r = check(g);
    expect(r.parsed!.columns.code).toBeUndefined();
    expect(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code)).toEqual(['layout.columnMissing']);
    expect(r.findings.find((f) => f.code === 'layout.columnMissing')!.message.vi).toContain('cột mã');
  });
});
