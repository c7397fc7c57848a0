/**
 * The explanation requests of ONE unit as a workbook ready to send (phiếu đề nghị giải trình):
 * the heading of the appraising body and the national motto, the unit, the year, the deadline,
 * one row per item (code, title, max, self score, round-1 score, the appraiser's note, what is
 * asked) with two open columns for the unit's explanation and its added evidence, and the
 * signature block of the appraisal group. A4 landscape, one page wide, the table header repeated
 * on every printed page, page numbers in the footer.
 *
 * The sheet is protected without a password so the request rows stay as sent; only the two
 * answer columns are unlocked. A very hidden mark sheet (requests-mark.ts) lets the checker
 * recognise the workbook when it comes back and read the answers by item code.
 *
 * Pure data (SheetSpec): the CLI writes it with the file adapter, the page and the pane the same.
 */
import type { CheckResult } from '../check-result';
import type { Lang } from '../text/lang';
import type { MergeRange } from '../grid';
import type { CellStyle, SheetSpec, SpecValue } from '../sheet-spec';
import { roundTo } from '../text/format';
import { formatDayDate, DEADLINE_BLANK, type DayDate } from './deadline';
import { digestRows } from './digest';
import { explanationRequests, type ExplanationRequest } from './explanation-requests';
import { requestsLabels } from './requests-labels';
import { buildMarkSheet, REQUESTS_FORMAT, type RequestsMark } from './requests-mark';
import { fileNameOf } from '../text/file-name';

/** What one unit is asked, taken from its checked scoresheet. */
export interface UnitRequests {
  unit: string;
  /** The checked scoresheet's file name and sheet (kept in the mark, for pairing the answer). */
  file: string | null;
  sheet: string | null;
  set: { id: string; version: string } | null;
  year: number | null;
  requests: ExplanationRequest[];
}

export interface RequestsWorkbookOptions {
  /** The appraising body as it signs ("HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH …"); a line to fill when absent. */
  council?: string | null;
  /** Deadline for the answers; "……/……/………" to fill when absent. */
  deadline?: DayDate | null;
  /** Language of the document (default vi: units are Vietnamese bodies). */
  lang?: Lang;
}

/** Columns of the request table (0-based). */
export const REQUEST_COLUMNS = {
  no: 0, code: 1, title: 2, max: 3, self: 4, round1: 5, note: 6, asked: 7, explanation: 8, evidence: 9,
} as const;
const LAST_COL = REQUEST_COLUMNS.evidence;
/** 0-based row of the table header. */
export const REQUEST_HEADER_ROW = 10;
/** Room to write an answer by hand or by keyboard: three lines. */
const ANSWER_ROW_HEIGHT = 48;
const ANSWER_FILL = 'FFF9E5';

const WIDTHS = [5, 8, 32, 7, 9, 10, 28, 14, 32, 28];

const st = {
  council: { bold: true, hAlign: 'center', vAlign: 'top', wrap: true } as CellStyle,
  nation: { bold: true, hAlign: 'center', vAlign: 'top' } as CellStyle,
  motto: { bold: true, hAlign: 'center' } as CellStyle,
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true } as CellStyle,
  subtitle: { italic: true, hAlign: 'center', wrap: true } as CellStyle,
  to: { bold: true, wrap: true } as CellStyle,
  body: { wrap: true, vAlign: 'top' } as CellStyle,
  strong: { bold: true } as CellStyle,
  header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' } as CellStyle,
  text: { border: true, wrap: true, vAlign: 'top' } as CellStyle,
  center: { border: true, wrap: true, hAlign: 'center', vAlign: 'top' } as CellStyle,
  stock: { border: true, wrap: true, vAlign: 'top', italic: true, fontColor: '595959' } as CellStyle,
  answer: { border: true, wrap: true, vAlign: 'top', locked: false, fill: ANSWER_FILL } as CellStyle,
  signPlace: { italic: true, hAlign: 'center' } as CellStyle,
  signTitle: { bold: true, hAlign: 'center', wrap: true } as CellStyle,
  signHint: { italic: true, hAlign: 'center' } as CellStyle,
  recipients: { bold: true, italic: true } as CellStyle,
  small: { fontSize: 10 } as CellStyle,
};

/** The unit as the sheet names it, else the file name without its extension. */
export function unitOf(result: CheckResult, file?: string | null): string {
  const fromSheet = result.unit ?? result.parsed?.titleBlock.unit ?? null;
  if (fromSheet?.trim()) return fromSheet.trim();
  const base = fileNameOf(file ?? '');
  return base.replace(/\.[^.]+$/, '').trim() || result.sheetName || '';
}

export function unitRequests(result: CheckResult, file?: string | null): UnitRequests {
  return {
    unit: unitOf(result, file),
    file: file ? fileNameOf(file) : null,
    sheet: result.parsed?.sheetName ?? (result.sheetName || null),
    set: result.set ? { id: result.set.id, version: result.set.version } : null,
    year: result.parsed?.titleBlock.year ?? result.set?.year ?? null,
    requests: explanationRequests(result),
  };
}

const t = (s: string | null | undefined): SpecValue => (s ? { text: s } : null);
const n2 = (n: number | null): SpecValue => (n === null || !Number.isFinite(n) ? null : { number: roundTo(n, 2) });

/**
 * The note shown to the unit: the appraiser's own words when written; otherwise the checker's
 * reason, visibly marked as not written by the appraisers.
 */
export function noteShown(req: ExplanationRequest, lang: Lang): { text: string; stock: boolean } {
  if (req.note) return { text: req.note, stock: false };
  return { text: requestsLabels(lang).stockNote + req.reason[lang], stock: true };
}

/** The fields of a request row that the digest covers (what the unit must not change). */
export function digestFields(code: string, asked: string, max: SpecValue, self: SpecValue, round1: SpecValue): (string | number | null)[] {
  const v = (x: SpecValue) => (x && 'number' in x ? x.number : null);
  return [code, asked, v(max), v(self), v(round1)];
}

export function buildRequestsWorkbook(unit: UnitRequests, options: RequestsWorkbookOptions = {}): SheetSpec[] {
  const lang = options.lang ?? 'vi';
  const L = requestsLabels(lang);
  const C = REQUEST_COLUMNS;
  const cells: SheetSpec['cells'] = [];
  const merges: MergeRange[] = [];
  const minRowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: SpecValue, style?: CellStyle) =>
    cells.push(style ? { row, col, value, style } : { row, col, value });
  const span = (row: number, left: number, right: number, value: SpecValue, style?: CellStyle) => {
    put(row, left, value, style);
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };

  const council = options.council?.trim() || null;
  const year = unit.year === null ? L.yearBlank : String(unit.year);
  const deadline = options.deadline ? formatDayDate(options.deadline) : DEADLINE_BLANK;

  // National heading: the appraising body on the left, the motto on the right.
  span(0, 0, 2, t(council ? council.toLocaleUpperCase('vi') : L.councilBlank), st.council);
  span(0, 6, LAST_COL, t(L.nation), st.nation);
  span(1, 6, LAST_COL, t(L.motto), st.motto);
  span(3, 0, LAST_COL, t(L.title), st.title);
  span(4, 0, LAST_COL, t(L.subtitle(year)), st.subtitle);
  span(5, 0, LAST_COL, t(unit.set ? L.set(unit.set.id, unit.set.version) : null), st.subtitle);
  span(6, 0, LAST_COL, t(L.to(unit.unit)), st.to);
  span(7, 0, LAST_COL, t(L.body(unit.requests.length, year, deadline)), st.body);
  span(8, 0, LAST_COL, t(L.deadline(deadline)), st.strong);

  L.headers.forEach((h, col) => put(REQUEST_HEADER_ROW, col, t(h), st.header));

  const digest: (string | number | null)[][] = [];
  const items: RequestsMark['items'] = [];
  let row = REQUEST_HEADER_ROW + 1;
  unit.requests.forEach((req, i) => {
    const max = n2(req.max);
    // An N/A claim has no score: the cells say "Không áp dụng" instead of a misleading 0.
    const na = t(L.notApplicable);
    const self = req.notApplicable ? na : n2(req.self);
    const round1 = req.notApplicable && req.round1 === 0 ? na : n2(req.round1);
    const note = noteShown(req, lang);
    put(row, C.no, { number: i + 1 }, st.center);
    put(row, C.code, t(req.item), st.center);
    put(row, C.title, t(req.title), st.text);
    put(row, C.max, max, st.center);
    put(row, C.self, self, st.center);
    put(row, C.round1, round1, st.center);
    put(row, C.note, t(note.text), note.stock ? st.stock : st.text);
    put(row, C.asked, t(L.asked[req.asked]), st.center);
    put(row, C.explanation, null, st.answer);
    put(row, C.evidence, null, st.answer);
    minRowHeights[row] = ANSWER_ROW_HEIGHT;
    digest.push(digestFields(req.item, req.asked, max, self, round1));
    items.push({ code: req.item, asked: req.asked, row });
    row++;
  });

  // Signature block of the appraisal group (right) and recipients (left), as on official letters.
  row++;
  const signer = council ? council.toLocaleUpperCase('vi') : L.councilShort;
  span(row, 6, LAST_COL, t(L.place), st.signPlace);
  put(row + 1, 0, t(L.recipients), st.recipients);
  span(row + 1, 6, LAST_COL, t(L.onBehalf(signer)), st.signTitle);
  L.recipientLines(unit.unit).forEach((line, k) => span(row + 2 + k, 0, 2, t(line), st.small));
  span(row + 2, 6, LAST_COL, t(L.signer), st.signHint);
  // Room for the signature, then a line for the signer's name.
  span(row + 6, 6, LAST_COL, t('……………………………………'), st.signTitle);

  const sheet: SheetSpec = {
    name: L.sheet,
    cells,
    columnWidths: WIDTHS,
    merges,
    minRowHeights: { ...minRowHeights, [3]: 24, [REQUEST_HEADER_ROW]: 48 },
    freezeRows: REQUEST_HEADER_ROW + 1,
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: REQUEST_HEADER_ROW, last: REQUEST_HEADER_ROW },
      footer: { left: `${L.sheet} - ${unit.unit}`, right: L.page },
      margins: { left: 2, right: 1.5, top: 1.5, bottom: 1.5 },
      centerHorizontally: true,
    },
    protect: true,
  };
  const mark: RequestsMark = {
    format: REQUESTS_FORMAT,
    unit: unit.unit,
    file: unit.file,
    sheet: unit.sheet,
    setId: unit.set?.id ?? null,
    setVersion: unit.set?.version ?? null,
    year: unit.year,
    deadline: options.deadline ? formatDayDate(options.deadline) : null,
    requestSheet: L.sheet,
    headerRow: REQUEST_HEADER_ROW,
    codeCol: C.code,
    explanationCol: C.explanation,
    evidenceCol: C.evidence,
    digest: digestRows(digest),
    items,
  };
  return [sheet, buildMarkSheet(mark)];
}
