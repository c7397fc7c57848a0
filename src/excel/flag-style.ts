/**
 * What the add-in's marks look like and how it recognises them later.
 *
 * A flag is a conditional-format rule (never a change to the cell's own format, so removing it
 * restores the cell exactly) plus, where Excel has the Notes API, a note. The rule's formula is
 * always TRUE and carries the name "par-check", which is how clearFlags tells the add-in's rules
 * from the user's. Colour is not the only sign (colour-blind users, grey printouts): errors are
 * bold with a solid border, warnings italic with a dashed border, infos have a dotted border.
 */
import type { Severity } from '../engine/findings/finding';
import { a1, parseA1 } from '../engine/grid';

export const MARK = 'par-check';

/** `="par-check:error"="par-check:error"`: TRUE everywhere, and names its owner. */
export function flagFormula(severity: Severity): string {
  return `="${MARK}:${severity}"="${MARK}:${severity}"`;
}

export function isFlagFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARK}:`);
}

export interface FlagLook {
  fill: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  border: 'Continuous' | 'Dash' | 'Dot';
  borderColor: string;
}

export const FLAG_LOOK: Record<Severity, FlagLook> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true, italic: false, border: 'Continuous', borderColor: '#C00000' },
  warning: { fill: '#FFEB9C', fontColor: '#7F6000', bold: false, italic: true, border: 'Dash', borderColor: '#BF8F00' },
  info: { fill: '#DDEBF7', fontColor: '#1F4E78', bold: false, italic: false, border: 'Dot', borderColor: '#2F75B5' },
};

/** First line of every note the add-in writes: how its notes are told from the user's. */
export const NOTE_HEADER = `${MARK} ·`;

export function noteText(flagText: string): string {
  return `${NOTE_HEADER} Kiểm tra CCHC / PAR check\n${flagText}`;
}

export function isOurNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_HEADER);
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
