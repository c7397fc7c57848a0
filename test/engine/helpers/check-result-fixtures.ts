/**
 * Hand-made CheckResult objects for tests of code that reads results (ranking, explanation
 * requests, report sheets), so those tests do not depend on the reading and scoring engine.
 */
import type { CheckResult } from '../../../src/engine/check-result';
import type { CriteriaItem, CriteriaSet } from '../../../src/engine/criteria/schema';
import type { Finding, Severity } from '../../../src/engine/findings/finding';
import type { ParsedSheet, SheetRow } from '../../../src/engine/layout/parsed-sheet';
import type { AreaScore, ItemScore, ScoreResult } from '../../../src/engine/scoring/scores';

export interface ItemFixture {
  code: string;
  title?: string;
  max?: number;
  self?: number;
  /** Undefined = not appraised. */
  appraised?: number | null;
  kind?: ItemScore['kind'];
  notApplicable?: boolean;
  /** Ý kiến thẩm định written on the row. */
  note?: string;
}

export interface AreaFixture {
  code: string;
  title?: string;
  /** Component index shown for the area. */
  index: number;
}

export interface ResultFixture {
  unit?: string | null;
  sheetName?: string;
  /** null = no set matched. Default: set "s" version "1". */
  set?: { id: string; version: string; title?: string } | null;
  selfIndex?: number;
  /** Set to give the unit appraised scores. */
  finalIndex?: number | null;
  classification?: string | null;
  areas?: AreaFixture[];
  items?: ItemFixture[];
  findings?: Finding[];
  /** false = scores null (e.g. no header). */
  scored?: boolean;
}

const FIRST_DATA_ROW = 9; // 0-based: sheet row 10
const COLUMNS = { code: 0, title: 1, max: 2, self: 5, appraised: 6, appraiserNote: 9 };

export function finding(code: string, severity: Severity, cell: string | null, item: string | null, text = code): Finding {
  return { code, severity, cell, item, message: { vi: `vi: ${text}`, en: `en: ${text}` } };
}

export function makeResult(f: ResultFixture = {}): CheckResult {
  const items = f.items ?? [];
  const setRef = f.set === undefined ? { id: 's', version: '1' } : f.set;
  const set = setRef ? makeSet(setRef, items) : null;
  const rows = items.map((it, i) => sheetRow(it, FIRST_DATA_ROW + i));
  const parsed: ParsedSheet = {
    sheetName: f.sheetName ?? 'Biểu chấm điểm',
    headerRows: { first: FIRST_DATA_ROW - 1, last: FIRST_DATA_ROW - 1 },
    columns: { ...COLUMNS },
    headerText: {},
    titleBlock: { unit: f.unit ?? null, unitAddress: null, declaredSetId: null, declaredVersion: null, year: 2024, lines: [] },
    rows,
    totalRow: null,
    notes: [],
    rowCount: FIRST_DATA_ROW + items.length,
    colCount: 10,
  };
  const rowFor = new Map<string, SheetRow>(rows.map((r) => [r.code as string, r]));
  return {
    sheetName: parsed.sheetName,
    unit: f.unit ?? null,
    set,
    setChoice: set ? { how: 'matched', candidates: [{ id: set.id, version: set.version, fit: 1 }] } : null,
    parsed,
    alignment: { rowFor, extra: [], missing: [], duplicates: [] },
    scores: f.scored === false ? null : makeScores(f, items),
    findings: f.findings ?? [],
  };
}

function makeScores(f: ResultFixture, items: ItemFixture[]): ScoreResult {
  const appraised = f.finalIndex !== undefined && f.finalIndex !== null;
  const areas: AreaScore[] = (f.areas ?? []).map((a) => ({
    code: a.code,
    title: a.title ?? `Lĩnh vực ${a.code}`,
    max: 10,
    selfMax: 10,
    self: a.index / 10,
    appraised: appraised ? a.index / 10 : null,
    index: a.index,
    selfIndex: a.index,
    appraisedIndex: appraised ? a.index : null,
  }));
  const selfIndex = f.selfIndex ?? 80;
  return {
    self: { total: (selfIndex * 70) / 100, max: 70, index: selfIndex },
    final: appraised ? { total: f.finalIndex as number, max: 100, index: f.finalIndex as number } : null,
    bonus: { self: 0, appraised: null },
    penalty: { self: 0, appraised: null },
    areas,
    items: items.map((it, i) => itemScore(it, FIRST_DATA_ROW + i)),
    classification: f.classification ?? null,
    classifiedOn: appraised ? 'final' : 'self',
  };
}

function itemScore(it: ItemFixture, row: number): ItemScore {
  const max = it.max ?? 1;
  return {
    code: it.code,
    title: it.title ?? `Tiêu chí ${it.code}`,
    kind: it.kind ?? 'scored',
    depth: it.code.split('.').length - 1,
    max,
    setMax: max,
    selfMax: it.kind === 'survey' ? 0 : max,
    self: it.self ?? 0,
    appraised: it.appraised ?? null,
    notApplicable: it.notApplicable ?? false,
    missing: false,
    row,
  };
}

function sheetRow(it: ItemFixture, row: number): SheetRow {
  const addr = (col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  const num = (col: number, v: number | null | undefined) =>
    v === undefined || v === null ? null : { address: addr(col), reading: { kind: 'number' as const, value: v, fromText: false } };
  return {
    row,
    kind: 'item',
    code: it.code,
    codeRaw: it.code,
    codeAddress: addr(COLUMNS.code),
    title: { address: addr(COLUMNS.title), text: it.title ?? `Tiêu chí ${it.code}` },
    max: num(COLUMNS.max, it.max ?? 1),
    method: null,
    declared: null,
    self: num(COLUMNS.self, it.self),
    appraised: num(COLUMNS.appraised, it.appraised),
    survey: null,
    evidence: null,
    explanation: null,
    appraiserNote: it.note ? { address: addr(COLUMNS.appraiserNote), text: it.note } : null,
    note: null,
    hidden: false,
    optionLines: [],
  };
}

/** A set whose tree follows the dotted codes of the fixture items (parent = code minus its last part). */
function makeSet(ref: { id: string; version: string; title?: string }, items: ItemFixture[]): CriteriaSet {
  const nodes = new Map<string, CriteriaItem>();
  const roots: CriteriaItem[] = [];
  for (const it of items) {
    const node: CriteriaItem = { code: it.code, title: it.title ?? `Tiêu chí ${it.code}`, maxPoints: it.max ?? 1 };
    nodes.set(it.code, node);
    const parent = nodes.get(it.code.split('.').slice(0, -1).join('.'));
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return {
    format: 'par-criteria/1',
    id: ref.id,
    version: ref.version,
    title: ref.title ?? `Bộ tiêu chí ${ref.id}`,
    year: 2024,
    unitLevel: 'department',
    scale: 100,
    items: roots.length > 0 ? roots : [{ code: '1', title: 'Lĩnh vực 1', maxPoints: 100 }],
  };
}
