/**
 * One contract for flags, run against BOTH adapters: the Office.js adapter over the strict fake
 * Excel (test/excel/fake-excel.ts) and the file adapter (ExcelJS, observed through saved bytes).
 *
 * The two sides meet where a real workbook moves between them: an .xlsx file. A workbook the
 * file adapter flagged is SAVED TO BYTES, those bytes are loaded as Excel would show them to
 * Office.js (bytesToFake: a rule's formula with its leading "=", a note's text as plain text,
 * a multi-area address with commas, colours as "#RRGGBB"), and the add-in clears it. The other
 * way, the fake's sheet is written as Excel would save it (fakeToBytes: the inverse mapping)
 * and the file adapter, as `par-check clear` runs it, loads and clears those bytes. Neither
 * bridge knows the flag format (it carries every rule and note, ours or the user's, the same
 * way); the expected results are literals written here by hand.
 */
import * as ExcelJS from 'exceljs';
import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { FLAG_LOOK } from '../../src/engine/flags/format';
import { a1, parseA1 } from '../../src/engine/grid';
import { FileWorkbook } from '../../src/file/file-workbook';
import { clearPackage, flagPackage } from '../../src/file/package-marks';
import type { Flag, WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../excel/fake-excel';
import { key, type FakeRule } from '../excel/fake-model';

const SHEET = 'Tự đánh giá';
const START = '--- par-check · Kiểm tra CCHC / PAR check ---';
const END = '--- hết / end ---';

// ---- the seed: a small scoresheet with the user's own note and rules -------------------------

const VALUES: (string | number)[][] = [
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm', 'Tài liệu'],
  ['1', 'Công tác chỉ đạo', 5, 4, 4, 'QĐ 12/QĐ-UBND'],
  ['1.1', 'Kế hoạch CCHC', 1, 1, 2, 'KH 3/KH-UBND'],
  ['1.2', 'Báo cáo', 1, 1, 0, 'BC 7/BC-UBND'],
  ['1.3', 'Kiểm tra', 1, 0.5, 0.5, 'x'],
  ['1.4', 'Tuyên truyền', 1, 1, 1, 'KH 9/KH-UBND'],
  ['1.5', 'Sáng kiến', 1, 1, 1.25, 'QĐ 20/QĐ-UBND'],
];
const USER_NOTES: Record<string, string> = { B2: 'Ghi chú khác', E7: 'Ghi chú của chuyên viên: đã hỏi lại Sở' };
const USER_RULES = [
  { address: 'E2:E7', formula: '=$E2>$C2', fill: '00FF00' },
  { address: 'D2:D7', formula: '=ISBLANK($D2)', fill: 'FFFF00' },
];

// Every flagged cell holds a value: ExcelJS does not save a note on a cell with neither a value
// nor a format (src/file/flags.ts, "Limitation"); such a cell keeps its rule only.
const FLAGS: Flag[] = [
  { cell: 'E3', severity: 'error', text: '✖ Lỗi: Điểm 2 vượt điểm tối đa 1' },
  { cell: 'E4', severity: 'error', text: '✖ Lỗi: Điểm 0 thiếu giải trình' },
  { cell: 'E7', severity: 'warning', text: '⚠ Cảnh báo: Điểm lẻ' }, // the user has a note here
  { cell: 'F5', severity: 'info', text: 'ℹ Lưu ý: Thiếu tài liệu kiểm chứng' },
];
// What the format says the notes hold after FLAGS (written out by hand).
const FLAGGED_NOTES: Record<string, string> = {
  B2: 'Ghi chú khác',
  E3: `${START}\n✖ Lỗi: Điểm 2 vượt điểm tối đa 1\n${END}`,
  E4: `${START}\n✖ Lỗi: Điểm 0 thiếu giải trình\n${END}`,
  E7: `Ghi chú của chuyên viên: đã hỏi lại Sở\n${START}\n⚠ Cảnh báo: Điểm lẻ\n${END}`,
  F5: `${START}\nℹ Lưu ý: Thiếu tài liệu kiểm chứng\n${END}`,
};

function seedFake(): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.addSheet(SHEET, VALUES);
  for (const [cell, text] of Object.entries(USER_NOTES)) sheet.notes.set(cell, text);
  USER_RULES.forEach((r, i) => sheet.rules.push({ id: `user${i}`, type: 'Custom', formula: r.formula, address: r.address, format: { 'fill.color': `#${r.fill}` } }));
  return fake;
}

async function seedBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  VALUES.forEach((row, r) => row.forEach((v, c) => v !== '' && (ws.getCell(a1(r, c)).value = v)));
  for (const [cell, text] of Object.entries(USER_NOTES)) ws.getCell(cell).note = text;
  USER_RULES.forEach((r, i) => ws.addConditionalFormatting({
    ref: r.address,
    rules: [{
      type: 'expression', priority: i + 1, formulae: [r.formula.slice(1)],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${r.fill}` } } },
    }],
  }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---- the bridges: a workbook as the other program opens it (no knowledge of the flag format) --

const LINE_TO_EXCEL: Record<string, string> = { thin: 'Continuous', dashed: 'Dash', dotted: 'Dot' };
const LINE_TO_FILE: Record<string, ExcelJS.BorderStyle> = { Continuous: 'thin', Dash: 'dashed', Dot: 'dotted' };
const EDGES: [keyof ExcelJS.Borders, string][] = [['top', 'EdgeTop'], ['bottom', 'EdgeBottom'], ['left', 'EdgeLeft'], ['right', 'EdgeRight']];

const noteTextOf = (note: unknown): string =>
  typeof note === 'string' ? note : ((note as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join('');

async function loadSheet(bytes: Buffer | Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet(SHEET)!;
}

type Cf = ExcelJS.ConditionalFormattingOptions;
const cfsOf = (ws: ExcelJS.Worksheet): Cf[] => (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [];

/** Saved bytes → the fake Excel's model of the sheet, as Office.js would show it. */
async function bytesToFake(bytes: Buffer): Promise<FakeExcel> {
  const ws = await loadSheet(bytes);
  const fake = new FakeExcel();
  const sheet = fake.addSheet(SHEET);
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (cell.value !== null && cell.value !== undefined && typeof cell.value !== 'object') sheet.cells.set(key(r - 1, c - 1), { value: cell.value as string | number });
    if (cell.note !== undefined) sheet.notes.set(cell.address, noteTextOf(cell.note));
  }));
  const rules: (FakeRule & { priority: number })[] = [];
  cfsOf(ws).forEach((cf, i) => cf.rules.forEach((rule, j) => {
    const style = (rule as { style?: { fill?: { bgColor?: { argb?: string } }; font?: Partial<ExcelJS.Font>; border?: Partial<ExcelJS.Borders> } }).style ?? {};
    const format: Record<string, unknown> = {};
    if (style.fill?.bgColor?.argb) format['fill.color'] = `#${style.fill.bgColor.argb.slice(2)}`;
    if (style.font?.color?.argb) format['font.color'] = `#${style.font.color.argb.slice(2)}`;
    if (style.font?.bold) format['font.bold'] = true;
    if (style.font?.italic) format['font.italic'] = true;
    for (const [side, edge] of EDGES) {
      const b = style.border?.[side] as ExcelJS.Border | undefined;
      if (b?.style) format[`borders.${edge}.style`] = LINE_TO_EXCEL[b.style];
      if (b?.color?.argb) format[`borders.${edge}.color`] = `#${b.color.argb.slice(2)}`;
    }
    const formula = 'formulae' in rule && rule.formulae?.length ? `=${String(rule.formulae[0])}` : null;
    rules.push({ id: `file${i}-${j}`, type: rule.type === 'expression' ? 'Custom' : rule.type, formula, address: cf.ref.split(/\s+/).join(','), format, priority: rule.priority ?? 0 });
  }));
  // Excel lists the rule with the lowest priority number first.
  sheet.rules = rules.sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...r }) => r);
  return fake;
}

/** The fake Excel's sheet → the bytes Excel would save. */
async function fakeToBytes(fake: FakeExcel): Promise<Buffer> {
  const sheet = fake.sheet(SHEET);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number);
    ws.getCell(a1(r, c)).value = cell.value as string | number;
  }
  for (const [cell, text] of sheet.notes) ws.getCell(cell).note = text;
  sheet.rules.forEach((rule, i) => {
    const f = rule.format;
    const argb = (v: unknown) => ({ argb: `FF${String(v).slice(1)}` });
    const border: Partial<ExcelJS.Borders> = {};
    for (const [side, edge] of EDGES) {
      const style = f[`borders.${edge}.style`];
      if (style) (border as Record<string, unknown>)[side] = { style: LINE_TO_FILE[String(style)], color: argb(f[`borders.${edge}.color`]) };
    }
    const style: Record<string, unknown> = {};
    if (f['fill.color']) style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(f['fill.color']) };
    const font: Partial<ExcelJS.Font> = {};
    if (f['font.color']) font.color = argb(f['font.color']);
    if (f['font.bold']) font.bold = true;
    if (f['font.italic']) font.italic = true;
    if (Object.keys(font).length) style.font = font;
    if (Object.keys(border).length) style.border = border;
    if (rule.type !== 'Custom' || !rule.formula) throw new Error(`bridge: rule type ${rule.type} not modelled`);
    ws.addConditionalFormatting({
      ref: rule.address.split(',').join(' '),
      rules: [{ type: 'expression', priority: i + 1, formulae: [rule.formula.replace(/^=/, '')], style: style as unknown as ExcelJS.Style }],
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---- what each side shows, at the level of the format ------------------------------------------

interface Mark {
  cells: string[];
  /** The rule's formula without its leading "=". */
  formula: string;
  look: { fill?: string; fontColor?: string; bold: boolean; italic: boolean; line?: string; borderColor?: string };
}
interface Marks {
  notes: Record<string, string>;
  rules: Mark[];
}

function cellsOf(address: string): string[] {
  const out: string[] = [];
  for (const part of address.split(/[\s,]+/).filter(Boolean)) {
    const [from, to] = part.split(':').map((p) => parseA1(p)!);
    const end = to ?? from;
    for (let r = from.row; r <= end.row; r++) for (let c = from.col; c <= end.col; c++) out.push(a1(r, c));
  }
  return out.sort();
}

const LINE_NAME: Record<string, string> = { Continuous: 'solid', Dash: 'dashed', Dot: 'dotted', thin: 'solid', dashed: 'dashed', dotted: 'dotted' };

function fakeMarks(fake: FakeExcel): Marks {
  const sheet = fake.sheet(SHEET);
  const rules = sheet.rules.map((r): Mark => {
    const f = r.format;
    const lines = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].map((e) => `${String(f[`borders.${e}.style`])}|${String(f[`borders.${e}.color`])}`));
    const [line, color] = lines.size === 1 ? [...lines][0].split('|') : ['mixed', 'mixed'];
    return {
      cells: cellsOf(r.address),
      formula: (r.formula ?? '').replace(/^=/, ''),
      look: {
        fill: f['fill.color'] ? String(f['fill.color']).slice(1) : undefined,
        fontColor: f['font.color'] ? String(f['font.color']).slice(1) : undefined,
        bold: f['font.bold'] === true,
        italic: f['font.italic'] === true,
        line: line === 'undefined' ? undefined : LINE_NAME[line] ?? line,
        borderColor: color === 'undefined' ? undefined : color.replace('#', ''),
      },
    };
  });
  return { notes: Object.fromEntries(sheet.notes), rules: sortMarks(rules) };
}

function fileMarks(ws: ExcelJS.Worksheet): Marks {
  const notes: Record<string, string> = {};
  ws.eachRow((row) => row.eachCell((cell) => void (cell.note !== undefined && (notes[cell.address] = noteTextOf(cell.note)))));
  const rules = cfsOf(ws).flatMap((cf) => cf.rules.map((rule): Mark => {
    const style = (rule as { style?: { fill?: { bgColor?: { argb?: string } }; font?: Partial<ExcelJS.Font>; border?: Partial<ExcelJS.Borders> } }).style ?? {};
    const sides = new Set(EDGES.map(([s]) => {
      const b = style.border?.[s] as ExcelJS.Border | undefined;
      return `${b?.style ?? 'undefined'}|${b?.color?.argb?.slice(2) ?? 'undefined'}`;
    }));
    const [line, color] = sides.size === 1 ? [...sides][0].split('|') : ['mixed', 'mixed'];
    return {
      cells: cellsOf(cf.ref),
      formula: 'formulae' in rule && rule.formulae?.length ? String(rule.formulae[0]).replace(/^=/, '') : '',
      look: {
        fill: style.fill?.bgColor?.argb?.slice(2),
        fontColor: style.font?.color?.argb?.slice(2),
        bold: style.font?.bold === true,
        italic: style.font?.italic === true,
        line: line === 'undefined' ? undefined : LINE_NAME[line] ?? line,
        borderColor: color === 'undefined' ? undefined : color,
      },
    };
  }));
  return { notes, rules: sortMarks(rules) };
}

const sortMarks = (rules: Mark[]): Mark[] => [...rules].sort((a, b) => a.cells.join().localeCompare(b.cells.join()) || a.formula.localeCompare(b.formula));

/** Everything of the file a user could see (values, styles, notes, rules), as plain data. */
async function fileState(bytes: Buffer): Promise<unknown> {
  const ws = await loadSheet(bytes);
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    cells.push([cell.address, cell.value, JSON.stringify(cell.style), cell.note === undefined ? null : JSON.stringify(cell.note)]);
  }));
  // Priorities as ranks: what decides which rule wins is their order, and a file Excel saved
  // after deleting rules keeps the numbers of the rules that stayed (4, 5 rather than 1, 2).
  const priorities = cfsOf(ws).flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)).sort((a, b) => a - b);
  const ranked = cfsOf(ws).map((cf) => ({ ...cf, rules: cf.rules.map((r) => ({ ...r, priority: priorities.indexOf(r.priority ?? 0) + 1 })) }));
  return { cells, rules: fileMarks(ws).rules, cfs: JSON.stringify(ranked) };
}

// ---- the two adapters behind one interface ---------------------------------------------------

interface Side {
  port: WorkbookPort;
  marks(): Promise<Marks>;
  /** Everything a user could see, in the adapter's own terms (for "gives back the original"). */
  state(): Promise<unknown>;
  /** The workbook as bytes (for the other side). */
  bytes(): Promise<Buffer>;
}

function excelSide(fake: FakeExcel, readFirst: boolean): Side {
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  // The pane reads the sheet before it writes; with readFirst the adapter uses the state read then.
  const port: WorkbookPort = {
    listSheets: () => wb.listSheets(),
    readGrid: (n, o) => wb.readGrid(n, o),
    applyFlags: async (n, f) => { if (readFirst) await wb.readGrid(n); return wb.applyFlags(n, f); },
    clearFlags: async (n) => { if (readFirst) await wb.readGrid(n); return wb.clearFlags(n); },
    writeSheet: (s, o) => wb.writeSheet(s, o),
  };
  return {
    port,
    marks: async () => fakeMarks(fake),
    state: async () => fake.snapshot(),
    bytes: () => fakeToBytes(fake),
  };
}

async function fileSide(bytes: Buffer): Promise<Side> {
  const fw = await FileWorkbook.fromBuffer(bytes);
  return {
    port: fw,
    // Observed through saved bytes: what a user opening the file gets.
    marks: async () => fileMarks(await loadSheet(await fw.toBuffer())),
    state: async () => fileState(await fw.toBuffer()),
    bytes: () => fw.toBuffer(),
  };
}

/**
 * The flagged copies of `check --annotate` and `par-check clear`: marks patched into the package
 * (src/file/package-marks), every other part kept; observed, like the file adapter, through the
 * saved bytes.
 */
function packageSide(initial: Buffer): Side {
  let bytes: Uint8Array = initial;
  const reopen = () => FileWorkbook.fromBuffer(Buffer.from(bytes));
  const port: WorkbookPort = {
    listSheets: async () => (await reopen()).listSheets(),
    readGrid: async (n, o) => (await reopen()).readGrid(n, o),
    applyFlags: async (n, f) => {
      bytes = (await flagPackage(bytes, [{ sheet: n, flags: f }], () => null)).bytes;
    },
    clearFlags: async (n) => {
      const cleared = await clearPackage(bytes);
      bytes = cleared.bytes;
      return cleared.cells.get(n) ?? 0;
    },
    writeSheet: async () => {
      throw new Error('the package side writes no sheet in these tests');
    },
  };
  return {
    port,
    marks: async () => fileMarks(await loadSheet(bytes)),
    state: async () => fileState(Buffer.from(bytes)),
    bytes: async () => Buffer.from(bytes),
  };
}

const ADAPTERS: [string, () => Promise<Side>][] = [
  ['Excel add-in (Office.js over the fake), state read with the grid', async () => excelSide(seedFake(), true)],
  ['Excel add-in (Office.js over the fake), fresh state', async () => excelSide(seedFake(), false)],
  ['file adapter (ExcelJS, observed through saved bytes)', async () => fileSide(await seedBytes())],
  ['package patch (flagged copies and par-check clear)', async () => packageSide(await seedBytes())],
];

// The flag format's rules after FLAGS, by hand: one per severity, always-true formula naming us.
const FORMULA = '"par-check"="par-check"';
const OUR_RULES: Mark[] = [
  { cells: ['E3', 'E4'], formula: FORMULA, look: { fill: 'FFC7CE', fontColor: '9C0006', bold: true, italic: false, line: 'solid', borderColor: 'C00000' } },
  { cells: ['E7'], formula: FORMULA, look: { fill: 'FFEB9C', fontColor: '7F6000', bold: false, italic: true, line: 'dashed', borderColor: 'BF8F00' } },
  { cells: ['F5'], formula: FORMULA, look: { fill: 'DDEBF7', fontColor: '1F4E78', bold: false, italic: false, line: 'dotted', borderColor: '2F75B5' } },
];
const USER_MARKS: Mark[] = USER_RULES.map((r) => ({ cells: cellsOf(r.address), formula: r.formula.slice(1), look: { fill: r.fill, bold: false, italic: false } }));
const withoutUndefined = (m: Marks): Marks => JSON.parse(JSON.stringify(m)) as Marks;

describe.each(ADAPTERS)('flag contract: %s', (_name, make) => {
  it("flags with the format's rule formula, look and note block, the user's note kept before our block", async () => {
    const side = await make();
    await side.port.applyFlags(SHEET, FLAGS);
    const marks = withoutUndefined(await side.marks());
    expect(marks.notes).toEqual(FLAGGED_NOTES);
    expect(marks.rules).toEqual(sortMarks([...OUR_RULES, ...USER_MARKS]));
    // The hand-written looks are the engine's (one source for both adapters).
    expect(OUR_RULES.map((r) => ({ ...r.look }))).toEqual([FLAG_LOOK.error, FLAG_LOOK.warning, FLAG_LOOK.info].map(({ line, ...l }) => ({ ...l, line })));
  });

  it('clear gives back the original: values, formats, user notes and user rules', async () => {
    const side = await make();
    const before = await side.state();
    await side.port.applyFlags(SHEET, FLAGS);
    expect(await side.state()).not.toEqual(before);
    expect(await side.port.clearFlags(SHEET)).toBe(4); // E3, E4, E7, F5
    expect(await side.state()).toEqual(before);
  });

  it('flagging again replaces the marks instead of stacking them', async () => {
    const side = await make();
    await side.port.applyFlags(SHEET, FLAGS);
    await side.port.applyFlags(SHEET, [{ cell: 'E7', severity: 'error', text: 'lần hai' }]);
    const marks = withoutUndefined(await side.marks());
    expect(marks.notes).toEqual({ B2: 'Ghi chú khác', E7: `Ghi chú của chuyên viên: đã hỏi lại Sở\n${START}\nlần hai\n${END}` });
    expect(marks.rules).toEqual(sortMarks([{ ...OUR_RULES[0], cells: ['E7'] }, ...USER_MARKS]));
  });
});

describe('flag with one adapter, clear with the other (the workbook moves as an .xlsx file)', () => {
  it.each([true, false])('flagged by the file adapter (--annotate), cleared by the add-in (state read with the grid: %s)', async (readFirst) => {
    const original = await seedBytes();
    const file = await fileSide(original);
    await file.port.applyFlags(SHEET, FLAGS);
    const flagged = await bytesToFake(await file.bytes());
    // The add-in has no record of these marks (the file adapter has no settings to leave one).
    const excel = excelSide(flagged, readFirst);
    expect(withoutUndefined(await excel.marks()).notes).toEqual(FLAGGED_NOTES);
    expect(await excel.port.clearFlags(SHEET)).toBe(4);
    expect(flagged.snapshot()).toEqual((await bytesToFake(original)).snapshot());
  });

  it('flagged by the add-in, cleared by the file adapter (par-check clear)', async () => {
    const fake = seedFake();
    const excel = excelSide(fake, true);
    await excel.port.applyFlags(SHEET, FLAGS);
    const file = await fileSide(await excel.bytes());
    expect(withoutUndefined(await file.marks()).notes).toEqual(FLAGGED_NOTES);
    expect(await file.port.clearFlags(SHEET)).toBe(4);
    expect(await file.state()).toEqual(await (await fileSide(await fakeToBytes(seedFake()))).state());
  });

  it('the add-in flags again over a workbook the file adapter flagged: one block per note, no stale marks', async () => {
    const file = await fileSide(await seedBytes());
    await file.port.applyFlags(SHEET, FLAGS);
    const fake = await bytesToFake(await file.bytes());
    const excel = excelSide(fake, true);
    await excel.port.applyFlags(SHEET, [{ cell: 'E7', severity: 'error', text: 'lần hai' }]);
    const marks = withoutUndefined(await excel.marks());
    expect(marks.notes).toEqual({ B2: 'Ghi chú khác', E7: `Ghi chú của chuyên viên: đã hỏi lại Sở\n${START}\nlần hai\n${END}` });
    expect(marks.rules).toEqual(sortMarks([{ ...OUR_RULES[0], cells: ['E7'] }, ...USER_MARKS]));
  });
});

describe('the package patch meets both adapters (a flagged copy opened in Excel, an add-in workbook cleared by par-check clear)', () => {
  it('flagged by the package patch, cleared by the add-in', async () => {
    const original = await seedBytes();
    const pkg = packageSide(original);
    await pkg.port.applyFlags(SHEET, FLAGS);
    const flagged = await bytesToFake(await pkg.bytes());
    const excel = excelSide(flagged, true);
    expect(withoutUndefined(await excel.marks()).notes).toEqual(FLAGGED_NOTES);
    expect(await excel.port.clearFlags(SHEET)).toBe(4);
    expect(flagged.snapshot()).toEqual((await bytesToFake(original)).snapshot());
  });

  it('flagged by the add-in, cleared by the package patch', async () => {
    const excel = excelSide(seedFake(), true);
    await excel.port.applyFlags(SHEET, FLAGS);
    const pkg = packageSide(await excel.bytes());
    expect(withoutUndefined(await pkg.marks()).notes).toEqual(FLAGGED_NOTES);
    expect(await pkg.port.clearFlags(SHEET)).toBe(4);
    expect(await pkg.state()).toEqual(await (await fileSide(await fakeToBytes(seedFake()))).state());
  });

  it('flagged by the ExcelJS file adapter (copies of earlier versions), cleared by the package patch', async () => {
    const original = await seedBytes();
    const file = await fileSide(original);
    await file.port.applyFlags(SHEET, FLAGS);
    const pkg = packageSide(await file.bytes());
    expect(await pkg.port.clearFlags(SHEET)).toBe(4);
    expect(await pkg.state()).toEqual(await fileState(original));
  });

  it('flagged by the package patch, cleared by the ExcelJS file adapter', async () => {
    const original = await seedBytes();
    const pkg = packageSide(original);
    await pkg.port.applyFlags(SHEET, FLAGS);
    const file = await fileSide(await pkg.bytes());
    expect(await file.port.clearFlags(SHEET)).toBe(4);
    expect(await file.state()).toEqual(await fileState(original));
  });
});

describe('marks of earlier versions are cleared by both adapters', () => {
  // What each adapter wrote before the format moved into the engine.
  const OLD_FILE_NOTE = 'Ghi chú của chuyên viên: đã hỏi lại Sở\n--- Kiểm tra CCHC ---\nĐiểm lẻ\n---';
  const OLD_ADDIN_NOTE = 'par-check · Kiểm tra CCHC / PAR check\nĐiểm trống';

  function oldFake(): FakeExcel {
    const fake = seedFake();
    const sheet = fake.sheet(SHEET);
    sheet.notes.set('E7', OLD_FILE_NOTE);
    sheet.notes.set('E4', OLD_ADDIN_NOTE);
    sheet.rules.push({ id: 'old1', type: 'Custom', formula: '="par-check:error"="par-check:error"', address: 'E4', format: { 'fill.color': '#FFC7CE' } });
    sheet.rules.push({ id: 'old2', type: 'Custom', formula: '="par-check"="par-check"', address: 'E7', format: { 'fill.color': '#FFEB9C' } });
    return fake;
  }

  it('the add-in clears them with no record of its own', async () => {
    const fake = oldFake();
    expect(await excelSide(fake, false).port.clearFlags(SHEET)).toBe(2);
    expect(fake.snapshot()).toEqual(seedFake().snapshot());
  });

  it('the package patch clears them from saved bytes', async () => {
    const pkg = packageSide(await fakeToBytes(oldFake()));
    expect(await pkg.port.clearFlags(SHEET)).toBe(2);
    expect(await pkg.state()).toEqual(await (await fileSide(await fakeToBytes(seedFake()))).state());
  });

  it('the file adapter clears them from saved bytes', async () => {
    const file = await fileSide(await fakeToBytes(oldFake()));
    expect(await file.port.clearFlags(SHEET)).toBe(2);
    expect(await file.state()).toEqual(await (await fileSide(await fakeToBytes(seedFake()))).state());
  });
});
