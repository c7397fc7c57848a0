/**
 * A block workbook as a district sends it: an instructions sheet, a hidden list sheet (the
 * drop-down values) and one scoresheet per unit, built with province-sheet.ts's builder, saved
 * and read back visible sheets only (as the CLI does), hidden sheet names kept apart.
 */
import * as ExcelJS from 'exceljs';
import type { Grid } from '../../../src/engine/grid';
import { readGridFromWorksheet } from '../../../src/file/read-grid';
import { buildWorkbook, bundled, type Built, type LayoutSpec } from './province-sheet';

export const SO = bundled('mau-so-nganh-2024');

const COLS: LayoutSpec['cols'] = [
  { role: 'code', header: 'STT' },
  { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'self', header: 'Điểm tự đánh giá' },
  { role: 'evidence', header: 'Tài liệu kiểm chứng' },
];

export interface UnitSpec {
  sheetName: string;
  /** Unit line of the title block; none when absent (the sheet name then names the unit). */
  unit?: string;
  overrides?: LayoutSpec['overrides'];
}

export interface BlockWorkbook {
  wb: ExcelJS.Workbook;
  units: Map<string, Built>;
}

export function buildBlockWorkbook(units: UnitSpec[], { blankForm = false } = {}): BlockWorkbook {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.getCell('A1').value = 'HƯỚNG DẪN TỰ CHẤM ĐIỂM';
  guide.getCell('A2').value = '1. Mỗi đơn vị điền điểm vào sheet mang tên đơn vị mình.';
  const list = wb.addWorksheet('DM', { state: 'hidden' });
  ['0', '0,5', '1', 'Không áp dụng'].forEach((v, i) => (list.getCell(i + 1, 1).value = v));
  const built = new Map<string, Built>();
  for (const u of units) {
    const titleLines = ['UBND HUYỆN A', 'BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024'];
    if (u.unit) titleLines.push(`Tên cơ quan, đơn vị: ${u.unit}`);
    built.set(u.sheetName, buildWorkbook(SO, { sheetName: u.sheetName, titleLines, headerRow: 5, cols: COLS, overrides: u.overrides, totalRow: 'Tổng cộng' }, wb));
  }
  if (blankForm) buildWorkbook(SO, { sheetName: 'Mẫu', titleLines: ['BIỂU MẪU'], headerRow: 3, cols: COLS, overrides: blankOverrides() }, wb);
  return { wb, units: built };
}

/** Every score and evidence cell left blank: the form as handed out. */
function blankOverrides(): LayoutSpec['overrides'] {
  const o: NonNullable<LayoutSpec['overrides']> = {};
  const walk = (items: typeof SO.items) => {
    for (const it of items) {
      o[it.code] = { self: null, appraised: null, survey: null, evidence: null };
      walk(it.children ?? []);
    }
  };
  walk(SO.items);
  return o;
}

/** Save, load again; the visible sheets' grids and the hidden sheets' names. */
export async function readBack(wb: ExcelJS.Workbook): Promise<{ grids: Grid[]; hidden: string[]; bytes: Buffer }> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  const visible = back.worksheets.filter((ws) => ws.state === 'visible');
  return {
    grids: visible.map((ws) => readGridFromWorksheet(ws)),
    hidden: back.worksheets.filter((ws) => ws.state !== 'visible').map((ws) => ws.name),
    bytes,
  };
}
