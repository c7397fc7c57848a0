/**
 * Test builder: a ParsedSheet from short row specs, without a grid or the sheet reader.
 *
 *   buildParsed([
 *     ['1', {}],
 *     ['1.1.1', { self: 0.5, appraised: '0,5', evidence: 'Kế hoạch số 1/KH-UBND ngày 2/1/2024' }],
 *     ['1.1.2', { self: 'KAD' }],
 *   ], { appraised: true })
 *
 * Cell values: a number reads as a number; a string is read like a sheet cell ("0,5" → 0.5 from
 * text, "-" → dash, "" → blank, "KAD"/"N/A"/"Không áp dụng" → N/A, "#REF!" → error, else text);
 * null/undefined → blank. Columns follow the template: A code, B title, C max, D method,
 * E declared, F self, G evidence, H explanation, I appraised, J appraiserNote; rows start at
 * sheet row 11 (index 10) under a header on row 10.
 */
import { a1 } from '../../../src/engine/grid';
import type { CellReading, ColumnRole, ParsedSheet, ReadCell, SheetRow, TextCell } from '../../../src/engine/layout/parsed-sheet';
import { TEMPLATE_COLUMNS } from '../../../src/engine/template/template-sheet';

export type CellInput = number | string | null | undefined;

export interface RowInput {
  title?: string;
  max?: CellInput;
  method?: string;
  declared?: CellInput;
  self?: CellInput;
  appraised?: CellInput;
  survey?: CellInput;
  evidence?: string;
  evidenceLink?: string;
  explanation?: string;
  appraiserNote?: string;
  note?: string;
  /** Round 2 (columns M–P; included when some row has one of these keys or options.rounds). */
  appraised2?: CellInput;
  appraiserNote2?: string;
  unitAnswer?: string;
  addedEvidence?: string;
  hidden?: boolean;
  /** Formula text per score column ("SUM(F12:F14)"), the value being its cached result. */
  formula?: { self?: string; appraised?: string };
}

export type RowSpec = [code: string | null, input?: RowInput] | { total: RowInput };

export interface BuildOptions {
  sheetName?: string;
  /** Include the appraised column (default: when some row has an `appraised` key). */
  appraised?: boolean;
  /** Include a survey column K. */
  survey?: boolean;
  /** Include the round-2 columns M (score), N (note), O (unit's answer), P (added evidence). */
  rounds?: boolean;
  unit?: string | null;
  year?: number | null;
  declaredSetId?: string | null;
  declaredVersion?: string | null;
  firstRow?: number;
}

/** The template's columns, plus a survey and a note column after them. */
export const COLUMNS: Record<ColumnRole, number> = {
  ...TEMPLATE_COLUMNS, survey: 10, note: 11, appraised2: 12, appraiserNote2: 13, unitAnswer: 14, addedEvidence: 15,
};

const NA = /^(kad|k\/a|n\/a|na|không áp dụng|không đánh giá)$/i;

export function reading(v: CellInput): CellReading {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') return { kind: 'number', value: v, fromText: false };
  const s = v.trim();
  if (s === '') return { kind: 'blank' };
  if (/^-+$/.test(s)) return { kind: 'dash' };
  if (NA.test(s)) return { kind: 'na', raw: v };
  if (/^#[A-Z/0!?]+/.test(s)) return { kind: 'error', raw: v };
  const pct = /^(-?\d+(?:[.,]\d+)?)%$/.exec(s);
  if (pct) return { kind: 'number', value: Number(pct[1].replace(',', '.')), fromText: true };
  if (/^-?\d+(?:[.,]\d+)?$/.test(s)) return { kind: 'number', value: Number(s.replace(',', '.')), fromText: true };
  return { kind: 'text', raw: v };
}

function readCell(row: number, role: ColumnRole, v: CellInput, formula?: string): ReadCell {
  return { address: a1(row, COLUMNS[role]), reading: reading(v), ...(formula ? { formula } : {}) };
}

function textCell(row: number, role: ColumnRole, t: string | undefined, hyperlink?: string): TextCell | null {
  if (t === undefined && hyperlink === undefined) return null;
  return { address: a1(row, COLUMNS[role]), text: t ?? '', ...(hyperlink ? { hyperlink } : {}) };
}

type Cols = { appraised: boolean; survey: boolean; rounds: boolean };

function makeRow(row: number, code: string | null, input: RowInput, cols: Cols, kind: 'item' | 'total'): SheetRow {
  const out: SheetRow = {
    row,
    kind,
    code,
    codeRaw: code,
    codeAddress: code === null ? null : a1(row, COLUMNS.code),
    title: textCell(row, 'title', input.title ?? (kind === 'total' ? 'Tổng cộng' : `Tiêu chí ${code ?? ''}`)),
    max: readCell(row, 'max', input.max),
    method: textCell(row, 'method', input.method),
    declared: readCell(row, 'declared', input.declared),
    self: readCell(row, 'self', input.self, input.formula?.self),
    appraised: cols.appraised ? readCell(row, 'appraised', input.appraised, input.formula?.appraised) : null,
    survey: cols.survey ? readCell(row, 'survey', input.survey) : null,
    evidence: textCell(row, 'evidence', input.evidence, input.evidenceLink),
    explanation: textCell(row, 'explanation', input.explanation),
    appraiserNote: cols.appraised ? textCell(row, 'appraiserNote', input.appraiserNote) : null,
    note: textCell(row, 'note', input.note),
    hidden: input.hidden ?? false,
    optionLines: [],
  };
  if (cols.rounds) {
    out.appraised2 = readCell(row, 'appraised2', input.appraised2);
    out.appraiserNote2 = textCell(row, 'appraiserNote2', input.appraiserNote2);
    out.unitAnswer = textCell(row, 'unitAnswer', input.unitAnswer);
    out.addedEvidence = textCell(row, 'addedEvidence', input.addedEvidence);
  }
  return out;
}

export function buildParsed(specs: RowSpec[], options: BuildOptions = {}): ParsedSheet {
  const hasAppraisedKey = specs.some((s) => (Array.isArray(s) ? s[1] : s.total)?.appraised !== undefined);
  const hasRoundKey = specs.some((s) => {
    const input = Array.isArray(s) ? s[1] : s.total;
    return input !== undefined && ['appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence'].some((k) => k in input);
  });
  const rounds = options.rounds ?? hasRoundKey;
  const cols = { appraised: options.appraised ?? (hasAppraisedKey || rounds), survey: options.survey ?? false, rounds };
  const first = options.firstRow ?? 10;
  const rows: SheetRow[] = [];
  let totalRow: SheetRow | null = null;
  specs.forEach((spec, i) => {
    const r = first + i;
    if (Array.isArray(spec)) rows.push(makeRow(r, spec[0], spec[1] ?? {}, cols, 'item'));
    else {
      totalRow = makeRow(r, null, spec.total, cols, 'total');
      rows.push(totalRow);
    }
  });
  const columns: Partial<Record<ColumnRole, number>> = {};
  const roles: ColumnRole[] = ['code', 'title', 'max', 'method', 'declared', 'self', 'evidence', 'explanation'];
  if (cols.appraised) roles.push('appraised', 'appraiserNote');
  if (cols.survey) roles.push('survey');
  if (cols.rounds) roles.push('appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence');
  for (const role of roles) columns[role] = COLUMNS[role];
  return {
    sheetName: options.sheetName ?? 'Tự đánh giá',
    headerRows: { first: first - 1, last: first - 1 },
    columns,
    headerText: {},
    titleBlock: {
      unit: options.unit ?? null,
      unitAddress: options.unit ? 'A6' : null,
      declaredSetId: options.declaredSetId ?? null,
      declaredVersion: options.declaredVersion ?? null,
      year: options.year ?? null,
      lines: [],
    },
    rows,
    totalRow,
    notes: [],
    rowCount: first + specs.length,
    colCount: cols.rounds ? 16 : 12,
  };
}
