/**
 * Sheet names: one home for the ranking workbook, the annotated copy, the pane's template and the
 * add-in's summary sheet. Excel refuses names longer than 31 characters, names holding
 * [ ] : * ? / \, names starting or ending with an apostrophe, "History", and two sheets whose
 * names differ only by case. Unit names are free text from the checked workbooks, so they
 * are cleaned here and made unique ("Sở Y tế", "Sở Y tế (2)").
 */
import { xmlSafe } from '../cell-text';
import { nameKey } from './file-name';

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters cannot be typed in a sheet tab either.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A valid sheet name from free text (may still collide with another: see uniqueSheetNames). */
export function sanitizeSheetName(raw: string, fallback = 'Đơn vị'): string {
  // U+FFFE, U+FFFF and lone surrogates too: one of them in workbook.xml and nothing opens the file.
  let name = xmlSafe(raw.normalize('NFC').replace(CONTROL, ' ')).replace(FORBIDDEN, ' ');
  name = name.replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  name = cut(name, MAX_SHEET_NAME).trim();
  if (!name || name.toLowerCase() === 'history') name = fallback;
  return name;
}

/**
 * One unique, valid name per base, in order. `reserved` are names already used in the
 * workbook (the fixed sheets); comparison ignores case as Excel does.
 */
export function uniqueSheetNames(bases: string[], reserved: string[] = []): string[] {
  const taken = new Set(reserved.map(nameKey));
  return bases.map((base) => {
    const clean = sanitizeSheetName(base);
    let name = clean;
    for (let n = 2; taken.has(nameKey(name)); n++) {
      const suffix = ` (${n})`;
      name = cut(clean, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    taken.add(nameKey(name));
    return name;
  });
}

/** One valid name for `base` that none of `existing` uses ("Tổng hợp (2)" when taken). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  return uniqueSheetNames([base], [...existing])[0];
}

/** Excel compares sheet names without case (and, here, without Unicode form). */
export function sameSheetName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** At most `max` UTF-16 units, never splitting a character made of two units. */
function cut(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
