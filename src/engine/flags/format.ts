/**
 * The flag FORMAT: what a mark of ours on a workbook cell is, written the same by both adapters
 * (src/excel, Office.js; src/file, ExcelJS) so that either can clear what the other put on.
 *
 * A flag is
 *  (a) a conditional-format rule on the flagged cells whose formula FLAG_RULE_FORMULA (always
 *      TRUE) names it as ours; its look by severity is FLAG_LOOK: fill, font colour and weight,
 *      and a border whose LINE also differs (solid / dashed / dotted), so colour is never the
 *      only sign (colour-blind readers, grey printouts);
 *  (b) the flag text in the cell's note, as a delimited block (note-block.ts) next to any note of
 *      the user's.
 * Removing both gives the cell back exactly: a flag never touches the cell's own value or format.
 *
 * Earlier versions wrote different formulas per adapter; isFlagRuleFormula still knows them, so
 * workbooks flagged before can be cleared (see LEGACY_RULE_FORMULAS).
 */
import type { Severity } from '../findings/finding';

/** One mark to put on a cell: every finding on that cell, joined. */
export interface Flag {
  /** A1 address on the sheet. */
  cell: string;
  /** The worst severity of the findings on this cell. */
  severity: Severity;
  /** The text shown in the cell's note (all findings on the cell, one per line). */
  text: string;
}

export const FLAG_MARK = 'par-check';

/**
 * The rule formula as stored in the file (no leading "="; Office.js shows and takes it with one).
 * TRUE everywhere, and names its owner.
 */
export const FLAG_RULE_FORMULA = `"${FLAG_MARK}"="${FLAG_MARK}"`;

/** Formulas written by earlier versions: the add-in's per-severity one, e.g. `"par-check:error"="par-check:error"`. */
const LEGACY_RULE_FORMULA = /^"par-check:(error|warning|info)"="par-check:\1"$/;

/** Is this conditional-format formula (with or without its leading "=") one of ours, current or earlier? */
export function isFlagRuleFormula(formula: string | null | undefined): boolean {
  if (typeof formula !== 'string') return false;
  const f = formula.trim().replace(/^=/, '');
  return f === FLAG_RULE_FORMULA || LEGACY_RULE_FORMULA.test(f);
}

export type FlagLine = 'solid' | 'dashed' | 'dotted';

/** How a flagged cell looks. Colours are "RRGGBB"; each adapter writes them in its own notation. */
export interface FlagLook {
  fill: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  line: FlagLine;
  borderColor: string;
}

/** Errors bold with a solid border, warnings italic with a dashed one, notes a dotted one. */
export const FLAG_LOOK: Readonly<Record<Severity, FlagLook>> = {
  error: { fill: 'FFC7CE', fontColor: '9C0006', bold: true, italic: false, line: 'solid', borderColor: 'C00000' },
  warning: { fill: 'FFEB9C', fontColor: '7F6000', bold: false, italic: true, line: 'dashed', borderColor: 'BF8F00' },
  info: { fill: 'DDEBF7', fontColor: '1F4E78', bold: false, italic: false, line: 'dotted', borderColor: '2F75B5' },
};

/** Order the rules are added in: last added = highest priority, so an error's look wins. */
export const FLAG_SEVERITY_ORDER: readonly Severity[] = ['info', 'warning', 'error'];
