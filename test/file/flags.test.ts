import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/file/read-grid';
import { applyFlags, clearFlags, FLAG_FORMULA, hasFlags } from '../../src/file/flags';
import type { Flag } from '../../src/workbook/port';

const SAMPLE = path.join(__dirname, '../fixtures/samples/so-y-te-2024.xlsx');

const load = (data: Uint8Array) => loadWorkbook(data);
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const roundTrip = async (wb: ExcelJS.Workbook) => load(await save(wb));

type CfList = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
const cfs = (ws: ExcelJS.Worksheet) => (ws as unknown as CfList).conditionalFormattings;

/** The sample plus what a user may have added: notes (plain, rich, on a blank cell) and a conditional format. */
async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.worksheets[0];
  ws.getCell('F35').note = 'Người lập: chị Lan\n';
  ws.getCell('G56').note = {
    texts: [{ text: 'đậm', font: { bold: true } }, { text: ' thường' }],
  } as unknown as ExcelJS.Comment;
  ws.getCell('I70').note = 'ghi chú trên ô trống có viền';
  ws.addConditionalFormatting({
    ref: 'F11:F20',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [1], priority: 1, style: { font: { color: { argb: 'FF00B050' } } } }],
  });
  return save(wb);
}

const flags: Flag[] = [
  { cell: 'F35', severity: 'error', text: 'Điểm 1,25 vượt điểm tối đa 1.' },
  { cell: 'G56', severity: 'warning', text: 'Thẩm định khác tự đánh giá.\nThêm ý kiến thẩm định.' },
  { cell: 'H70', severity: 'error', text: 'Thiếu tài liệu kiểm chứng.' },
  { cell: 'I70', severity: 'info', text: 'Ghi chú.' },
  { cell: 'not-a-cell', severity: 'info', text: 'bỏ qua' },
];

/** Everything a user could see: every sheet's model (values, formulas, styles, notes, CF, merges…). */
function snapshot(wb: ExcelJS.Workbook): string {
  return JSON.stringify({
    sheets: wb.worksheets.map((ws) => ws.model),
    definedNames: wb.definedNames.model,
  });
}

describe('flags on an ExcelJS worksheet', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await userWorkbook();
  });

  it('marks flagged cells with our rule (fill + border by severity) and a note block', async () => {
    const wb = await load(original);
    applyFlags(wb.worksheets[0], flags);
    const ws = (await roundTrip(wb)).worksheets[0];

    const ours = cfs(ws).filter((cf) => cf.rules.some((r) => 'formulae' in r && r.formulae?.[0] === FLAG_FORMULA));
    expect(ours.map((cf) => cf.ref).sort()).toEqual(['F35 H70', 'G56', 'I70']);
    const borderOf = (ref: string) => ours.find((cf) => cf.ref === ref)!.rules[0].style!.border!.top!.style;
    // Colour is not the only sign: the line style differs by severity too.
    expect([borderOf('F35 H70'), borderOf('G56'), borderOf('I70')]).toEqual(['thin', 'dashed', 'dotted']);

    const noteText = (a: string) => {
      const n = ws.getCell(a).note as unknown;
      return typeof n === 'string' ? n : (n as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
    };
    expect(noteText('F35')).toBe('Người lập: chị Lan\n\n--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm 1,25 vượt điểm tối đa 1.\n--- hết / end ---');
    expect(noteText('H70')).toBe('--- par-check · Kiểm tra CCHC / PAR check ---\nThiếu tài liệu kiểm chứng.\n--- hết / end ---');
    // Values and cell styles untouched.
    expect(ws.getCell('F35').value).toBe('1,25');
    expect(ws.getCell('F35').style.fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(hasFlags(ws)).toBe(true);
  });

  it('apply then clear leaves the workbook equal to the original', async () => {
    const baseline = snapshot(await load(original));
    const wb = await load(original);
    applyFlags(wb.worksheets[0], flags);
    const flagged = await roundTrip(wb);
    expect(snapshot(flagged)).not.toBe(baseline);

    expect(clearFlags(flagged.worksheets[0])).toBe(4);
    expect(hasFlags(flagged.worksheets[0])).toBe(false);
    const cleared = await roundTrip(flagged);
    expect(snapshot(cleared)).toBe(baseline);
  });

  it('keeps the user conditional format and rich note through apply and clear', async () => {
    const wb = await load(original);
    const ws = wb.worksheets[0];
    applyFlags(ws, flags);
    clearFlags(ws);
    const back = (await roundTrip(wb)).worksheets[0];
    expect(cfs(back)).toHaveLength(1);
    expect(cfs(back)[0].ref).toBe('F11:F20');
    const rich = back.getCell('G56').note as unknown as { texts: { text: string; font?: { bold?: boolean } }[] };
    expect(rich.texts.map((t) => t.text)).toEqual(['đậm', ' thường']);
    expect(rich.texts[0].font?.bold).toBe(true);
    expect(back.getCell('F35').note).toBe('Người lập: chị Lan\n');
  });

  it('replaces earlier flags instead of stacking them', async () => {
    const wb = await load(original);
    const ws = wb.worksheets[0];
    applyFlags(ws, flags);
    applyFlags(ws, [{ cell: 'F35', severity: 'warning', text: 'lần hai' }]);
    const back = (await roundTrip(wb)).worksheets[0];
    const ours = cfs(back).filter((cf) => cf.rules.some((r) => 'formulae' in r && r.formulae?.[0] === FLAG_FORMULA));
    expect(ours.map((cf) => cf.ref)).toEqual(['F35']);
    const text = (back.getCell('F35').note as unknown as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
    expect(text).toBe('Người lập: chị Lan\n\n--- par-check · Kiểm tra CCHC / PAR check ---\nlần hai\n--- hết / end ---');
    expect(back.getCell('H70').note).toBeUndefined();
  });

  it('clearFlags on a sheet without flags changes nothing and returns 0', async () => {
    const wb = await load(original);
    expect(clearFlags(wb.worksheets[0])).toBe(0);
    expect(snapshot(await roundTrip(wb))).toBe(snapshot(await load(original)));
  });
});
