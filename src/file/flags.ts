/**
 * Flags on an ExcelJS worksheet: marks that come off without a trace, in the one flag format of
 * src/engine/flags (the add-in writes the same, so each clears what the other put on).
 *
 * A flag never touches the cell's value, fill, border or number format. It is
 *  (a) a conditional-format rule on the flagged cells whose formula (FLAG_RULE_FORMULA, always
 *      true) identifies it as ours, styled by FLAG_LOOK (fill, font, border line by severity);
 *  (b) the flag text in the cell note, as the format's delimited block next to any note of the
 *      user's (src/engine/flags/note-block.ts).
 * clearFlags removes exactly these (also the markers of earlier versions): other conditional
 * formats and the user's notes stay.
 * A flagged copy may also carry a "Kết quả kiểm tra" sheet listing the findings tied to no cell
 * (src/engine/findings/check-result-sheet.ts); removeCheckResultSheets takes it off again.
 *
 * Limitation (ExcelJS): a note on a cell that has neither a value nor any formatting is not
 * saved by ExcelJS. Such a cell keeps its conditional-format mark; the text stays reachable in
 * the report and the summary sheet.
 */
import type { Borders, BorderStyle, Cell, ConditionalFormattingOptions, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { CHECK_RESULT_MARK } from '../engine/findings/check-result-sheet';
import { cellText } from '../engine/cell-text';
import { parseA1, a1 } from '../engine/grid';
import type { Severity } from '../engine/findings/finding';
import { FLAG_LOOK, FLAG_RULE_FORMULA, FLAG_SEVERITY_ORDER, isFlagRuleFormula, type Flag, type FlagLine } from '../engine/flags/format';
import { addBlock, hasBlock, removeBlock, type NoteRun } from '../engine/flags/note-block';

/** The formula that marks a conditional-format rule as ours (as ExcelJS stores it: no "="). */
export const FLAG_FORMULA = FLAG_RULE_FORMULA;

const LINE: Record<FlagLine, BorderStyle> = { solid: 'thin', dashed: 'dashed', dotted: 'dotted' };

type CfHost = { conditionalFormattings: ConditionalFormattingOptions[] };
const cfList = (ws: Worksheet): ConditionalFormattingOptions[] => {
  const host = ws as unknown as CfHost;
  host.conditionalFormattings ??= [];
  return host.conditionalFormattings;
};

function isOurRule(rule: ConditionalFormattingOptions['rules'][number]): boolean {
  return rule.type === 'expression' && (rule.formulae ?? []).some((f) => isFlagRuleFormula(String(f)));
}

function cfStyle(severity: Severity): { fill: Fill; font: Partial<Font>; border: Partial<Borders> } {
  const look = FLAG_LOOK[severity];
  const side = { style: LINE[look.line], color: { argb: `FF${look.borderColor}` } };
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${look.fill}` } },
    font: { color: { argb: `FF${look.fontColor}` }, ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italic: true } : {}) },
    border: { top: side, left: side, bottom: side, right: side },
  };
}

// ---- notes ---------------------------------------------------------------------------------

type NoteObject = { texts?: NoteRun[]; [other: string]: unknown };

function noteRuns(cell: Cell): { runs: NoteRun[]; rest: NoteObject | null } | null {
  const note = cell.note as string | NoteObject | undefined;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return { runs: [{ text: note }], rest: null };
  return { runs: (note.texts ?? []).map((r) => ({ ...r, text: String(r.text ?? '') })), rest: note };
}

/**
 * Drop the cell's note entirely. ExcelJS has no public call for it: the note lives in
 * cell._comment, and a loaded blank cell also keeps the parsed comment in its value model,
 * which the writer would save again, so both go.
 */
function deleteNote(cell: Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}

function writeNote(cell: Cell, runs: NoteRun[], rest: NoteObject | null): void {
  cell.note = { ...(rest ?? {}), texts: runs } as unknown as Cell['note'];
}

function addFlagNote(cell: Cell, text: string): void {
  const current = noteRuns(cell);
  // Our block may quote a unit's text: cleaned of what XML forbids, cut to the cell limit.
  writeNote(cell, addBlock(current?.runs ?? [], cellText(text)), current?.rest ?? null);
}

/** Take our block out of the note; true when there was one. */
function removeFlagNote(cell: Cell): boolean {
  const current = noteRuns(cell);
  if (!current) return false;
  const kept = removeBlock(current.runs);
  if (!kept) return false;
  if (kept.length === 0) deleteNote(cell);
  else if (current.rest === null && kept.length === 1) cell.note = kept[0].text;
  else writeNote(cell, kept, current.rest);
  return true;
}

/**
 * Visit the cells that exist in the sheet model, blank ones included (a note may sit on a blank
 * cell). ExcelJS's eachRow/eachCell either skip blank cells or CREATE the missing ones, and a
 * created cell picks up its column's style, which would be a trace; so the internal arrays are
 * read directly (stable across ExcelJS 4.x).
 */
function forEachExistingCell(ws: Worksheet, visit: (cell: Cell) => void): void {
  const rows = (ws as unknown as { _rows: ({ _cells: (Cell | undefined)[] } | undefined)[] })._rows ?? [];
  for (const row of rows) {
    if (!row) continue;
    for (const cell of row._cells) if (cell) visit(cell);
  }
}

// ---- flags ---------------------------------------------------------------------------------

/** Cells of a sqref such as "A1 B2:C3" as A1 addresses. */
export function refCells(ref: string): string[] {
  const out: string[] = [];
  for (const part of ref.split(/\s+/).filter(Boolean)) {
    const [from, to] = part.split(':').map((p) => parseA1(p));
    if (!from) continue;
    const end = to ?? from;
    for (let r = from.row; r <= end.row; r++) for (let c = from.col; c <= end.col; c++) out.push(a1(r, c));
  }
  return out;
}

/** Remove every mark of ours from the sheet. Returns how many cells carried one. */
export function clearFlags(ws: Worksheet): number {
  const cleared = new Set<string>();
  const host = ws as unknown as CfHost;
  const kept: ConditionalFormattingOptions[] = [];
  for (const cf of cfList(ws)) {
    const ours = cf.rules.filter(isOurRule);
    if (ours.length === 0) {
      kept.push(cf);
      continue;
    }
    refCells(cf.ref).forEach((c) => cleared.add(c));
    const others = cf.rules.filter((r) => !isOurRule(r));
    if (others.length > 0) kept.push({ ...cf, rules: others });
  }
  host.conditionalFormattings = kept;

  forEachExistingCell(ws, (cell) => {
    if (cell.note !== undefined && removeFlagNote(cell)) cleared.add(cell.address);
  });
  return cleared.size;
}

/** Put flags on the sheet, replacing earlier flags of ours. Flags with a bad address are skipped. */
export function applyFlags(ws: Worksheet, flags: Flag[]): void {
  clearFlags(ws);
  const bySeverity = new Map<Severity, string[]>();
  const existing = cfList(ws);
  let priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  for (const flag of flags) {
    const at = parseA1(flag.cell);
    if (!at) continue;
    const address = a1(at.row, at.col);
    const list = bySeverity.get(flag.severity) ?? [];
    list.push(address);
    bySeverity.set(flag.severity, list);
    addFlagNote(ws.getCell(address), flag.text);
  }
  // In the file a lower priority number wins: errors get the lowest, as the add-in's last-added rule.
  for (const severity of [...FLAG_SEVERITY_ORDER].reverse()) {
    const cells = bySeverity.get(severity);
    if (!cells) continue;
    existing.push({
      ref: [...new Set(cells)].join(' '),
      rules: [{ type: 'expression', priority: ++priority, formulae: [FLAG_FORMULA], style: cfStyle(severity) }],
    });
  }
}

/** Does the sheet carry any mark of ours? (Cheap check for the CLI's clear command.) */
export function hasFlags(ws: Worksheet): boolean {
  if (cfList(ws).some((cf) => cf.rules.some(isOurRule))) return true;
  let found = false;
  forEachExistingCell(ws, (cell) => {
    const current = !found && cell.note !== undefined ? noteRuns(cell) : null;
    if (current && hasBlock(current.runs)) found = true;
  });
  return found;
}

// ---- the "Kết quả kiểm tra" sheet of a flagged copy ------------------------------------------

/** Is this one of our "Kết quả kiểm tra" sheets? Recognised by the sentence on its second line. */
export function isCheckResultSheet(ws: Worksheet): boolean {
  const v = ws.getCell('A2').value;
  return typeof v === 'string' && Object.values(CHECK_RESULT_MARK).some((mark) => v.startsWith(mark));
}

/** Remove our "Kết quả kiểm tra" sheets (clear, or before a new check writes a fresh one). Returns how many. */
export function removeCheckResultSheets(wb: Workbook): number {
  const ours = wb.worksheets.filter(isCheckResultSheet);
  for (const ws of ours) wb.removeWorksheet(ws.id);
  return ours.length;
}
