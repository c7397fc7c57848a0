/**
 * CSV text → Grid (RFC 4180), so a table saved as CSV reads like the first sheet of a workbook.
 * Vietnamese Excel saves CSV with ";" (the decimal separator is ","), other tools with ",":
 * the separator is the one of ";", "," and tab that occurs most in the first line outside quotes.
 * A UTF-8 byte order mark is dropped. Quoted fields may hold separators, doubled quotes and
 * line breaks. Every value stays text; numbers are read where they are used.
 */
import type { CellScalar, Grid } from '../grid';
import { gridFromValues } from '../grid';

export type CsvSeparator = ';' | ',' | '\t';

export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  // Ties go to ";": Vietnamese Excel's own choice.
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Rows of fields. A quote inside an unquoted field is kept as written (lenient, as Excel reads it). */
export function parseCsv(input: string, separator?: CsvSeparator): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === sep) {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV as a grid named after the file; empty fields are empty cells. */
export function csvToGrid(text: string, sheetName = 'CSV'): Grid {
  const values: CellScalar[][] = parseCsv(text).map((r) => r.map((v) => (v.trim() === '' ? null : v)));
  return gridFromValues(sheetName, values);
}
