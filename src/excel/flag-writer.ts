/**
 * Queuing the writes that put flags on a sheet or take them off. Nothing here syncs: the caller
 * queues everything and syncs once, so the cost does not grow with the number of rows or flags.
 */
import type { Severity } from '../engine/findings/finding';
import type { Flag } from '../workbook/port';
import type { SheetFlagRecord } from './flag-memory';
import type { FlagSnapshot } from './flag-snapshot';
import { FLAG_LOOK, flagFormula, groupCells, noteText } from './flag-style';
import type { ExcelSupports } from './office-env';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const SEVERITIES: Severity[] = ['info', 'warning', 'error']; // added last = highest priority: errors win

/** Deletes the add-in's rules and notes found by the snapshot (user rules and notes untouched). */
export function queueRemoveFlags(sheet: Excel.Worksheet, snapshot: FlagSnapshot): void {
  const rules = sheet.getRange().conditionalFormats;
  for (const id of snapshot.ruleIds) rules.getItem(id).delete();
  for (const cell of snapshot.ourNotes) sheet.notes.getItem(cell).delete();
}

function styleRule(cf: Excel.ConditionalFormat, severity: Severity): void {
  const look = FLAG_LOOK[severity];
  cf.custom.rule.formula = flagFormula(severity);
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
 * Adds one conditional-format rule per severity and address chunk, and a note on each flagged
 * cell that has no user note. Returns what to remember for clearFlags.
 */
export function queueAddFlags(
  sheet: Excel.Worksheet,
  flags: readonly Flag[],
  userNoteCells: ReadonlySet<string>,
  supports: ExcelSupports,
): SheetFlagRecord {
  const cells = [...new Set(flags.map((f) => f.cell.toUpperCase()))];
  for (const severity of SEVERITIES) {
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
      if (userNoteCells.has(cell)) continue; // the user's note stays; the text is in the pane and the summary
      sheet.notes.add(cell, noteText(texts.join('\n')));
      notes.push(cell);
    }
  }
  return { cells, notes };
}
