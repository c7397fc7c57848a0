/**
 * Queuing the writes that put flags on a sheet or take them off. Nothing here syncs: the caller
 * queues everything and syncs once, so the cost does not grow with the number of rows or flags.
 */
import type { Severity } from '../engine/findings/finding';
import { FLAG_SEVERITY_ORDER, type Flag } from '../engine/flags/format';
import { addBlockToText } from '../engine/flags/note-block';
import type { SheetFlagRecord } from './flag-memory';
import type { FlagSnapshot, MarkedNote } from './flag-snapshot';
import { excelLook, flagFormula, groupCells, noteText } from './flag-style';
import type { ExcelSupports } from './office-env';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Deletes the add-in's rules found by the snapshot, and takes our block out of the marked notes:
 * a note that was ours alone goes, a user's note gets its own text back (user rules untouched).
 * Without the Notes API (ExcelApi 1.18) there are no marked notes to take back.
 */
export function queueRemoveFlags(
  sheet: Excel.Worksheet,
  snapshot: FlagSnapshot,
  extraNotes: readonly MarkedNote[],
  supports: ExcelSupports,
): void {
  const rules = sheet.getRange().conditionalFormats;
  for (const id of snapshot.ruleIds) rules.getItem(id).delete();
  if (!supports.notes) return;
  const seen = new Set<string>();
  for (const { cell, rest } of [...snapshot.ourNotes, ...extraNotes]) {
    if (seen.has(cell)) continue;
    seen.add(cell);
    if (rest) sheet.notes.getItem(cell).content = rest;
    else sheet.notes.getItem(cell).delete();
  }
}

function styleRule(cf: Excel.ConditionalFormat, severity: Severity): void {
  const look = excelLook(severity);
  cf.custom.rule.formula = flagFormula();
  const format = cf.custom.format;
  format.fill.color = look.fill;
  format.font.color = look.fontColor;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  for (const edge of EDGES) {
    const border = format.borders.getItem(edge);
    border.style = look.border;
    border.color = look.borderColor;
  }
}

/**
 * Adds one conditional-format rule per severity and address chunk, and our note block on each
 * flagged cell (after the user's text where the cell has a note). Returns what to remember for
 * clearFlags.
 */
export function queueAddFlags(
  sheet: Excel.Worksheet,
  flags: readonly Flag[],
  userNotes: ReadonlyMap<string, string>,
  supports: ExcelSupports,
): SheetFlagRecord {
  const cells = [...new Set(flags.map((f) => f.cell.toUpperCase()))];
  for (const severity of FLAG_SEVERITY_ORDER) { // added last = highest priority: errors win
    const mine = flags.filter((f) => f.severity === severity).map((f) => f.cell);
    for (const chunk of groupCells(mine)) {
      if (supports.pageLayout) {
        // ExcelApi 1.9: one rule for many areas.
        styleRule(sheet.getRanges(chunk).conditionalFormats.add('Custom'), severity);
      } else {
        for (const area of chunk.split(',')) styleRule(sheet.getRange(area).conditionalFormats.add('Custom'), severity);
      }
    }
  }
  const notes: string[] = [];
  if (supports.notes) {
    const textByCell = new Map<string, string[]>();
    for (const f of flags) {
      const key = f.cell.toUpperCase();
      textByCell.set(key, [...(textByCell.get(key) ?? []), f.text]);
    }
    for (const [cell, texts] of textByCell) {
      const user = userNotes.get(cell);
      // The user's note stays as it was, our block after it (clearFlags gives it back exactly).
      if (user) sheet.notes.getItem(cell).content = addBlockToText(user, texts.join('\n'));
      else sheet.notes.add(cell, noteText(texts.join('\n')));
      notes.push(cell);
    }
  }
  return { cells, notes };
}
