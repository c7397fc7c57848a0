/**
 * How the add-in writes the flag format of src/engine/flags in Office.js terms: the rule formula
 * (Office.js shows and takes it with a leading "="), the look (border names, "#RRGGBB"), and the
 * note. The format itself (what a mark is, how it is recognised, also as written by earlier
 * versions or by the file adapter) lives in the engine, so both adapters clear each other's marks.
 */
import { a1, parseA1 } from '../engine/grid';
import type { Severity } from '../engine/findings/finding';
import { FLAG_LOOK, FLAG_RULE_FORMULA, isFlagRuleFormula, type FlagLine } from '../engine/flags/format';
import { hasBlockInText, makeBlock } from '../engine/flags/note-block';

/** The rule formula as Office.js takes it. */
export const flagFormula = (): string => `=${FLAG_RULE_FORMULA}`;

/** Is this rule formula ours (current format, or an earlier version's)? */
export const isFlagFormula = isFlagRuleFormula;

const BORDER: Record<FlagLine, 'Continuous' | 'Dash' | 'Dot'> = { solid: 'Continuous', dashed: 'Dash', dotted: 'Dot' };

export interface ExcelFlagLook {
  fill: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  border: 'Continuous' | 'Dash' | 'Dot';
  borderColor: string;
}

/** The format's look for a severity, in Office.js notation. */
export function excelLook(severity: Severity): ExcelFlagLook {
  const look = FLAG_LOOK[severity];
  return {
    fill: `#${look.fill}`,
    fontColor: `#${look.fontColor}`,
    bold: look.bold,
    italic: look.italic,
    border: BORDER[look.line],
    borderColor: `#${look.borderColor}`,
  };
}

/** The note the add-in puts on a cell with no note of the user's: the format's block alone. */
export function noteText(flagText: string): string {
  return makeBlock(flagText);
}

/** Does the note hold a block of ours (current or earlier format)? */
export function isOurNote(content: string | null | undefined): boolean {
  return hasBlockInText(content);
}

/**
 * Cells → a few multi-area addresses ("F12:F20,G7,H3:H4"), each short enough for
 * worksheet.getRanges(). Vertical runs in one column are merged, because flags tend to sit in
 * the same score or evidence column; one conditional-format rule per address keeps the number of
 * rules small even on a 3,000-row sheet.
 */
export function groupCells(cells: readonly string[], maxChars = 240): string[] {
  const points = [...new Set(cells.map((c) => c.replace(/\$/g, '').toUpperCase()))]
    .map((c) => parseA1(c))
    .filter((p): p is { row: number; col: number } => p !== null)
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const areas: string[] = [];
  let i = 0;
  while (i < points.length) {
    let j = i;
    while (j + 1 < points.length && points[j + 1].col === points[i].col && points[j + 1].row === points[j].row + 1) j++;
    const top = a1(points[i].row, points[i].col);
    areas.push(j > i ? `${top}:${a1(points[j].row, points[j].col)}` : top);
    i = j + 1;
  }
  const chunks: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current && current.length + 1 + area.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) chunks.push(current);
  return chunks;
}
