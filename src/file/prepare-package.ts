/**
 * Make an .xlsx written by another program readable by ExcelJS, before ExcelJS sees it.
 *
 * ExcelJS 4 reads only the shapes Excel itself writes: worksheet parts named
 * "xl/worksheets/sheetN.xml", no element prefixes, "r:id" spelled so, every <row> numbered, no
 * CDATA, and it expands a data validation cell by cell (a whole column is a million cells: tens of
 * seconds and hundreds of MB, or it never ends). Other writers (the OpenXML SDK, SSRS, Numbers,
 * LibreOffice, libraries) write all of these legally. This rewrites only what ExcelJS needs, in the
 * zip, so the check (fast reader, src/file/fast-read) and the annotated copy (ExcelJS) read the same
 * cells: one file, one answer. Files Excel wrote pass through untouched (their bytes are returned).
 *
 * It also notes per sheet what ExcelJS loses even then (a formula saved without a result, the text
 * result of a formula in a date-formatted cell, t="d" dates) for read-grid.ts, and says in
 * `copyNotes` what a copy written by ExcelJS will not keep as it was.
 * Pure (JSZip, no Node APIs): the browser page uses it too.
 */
import JSZip from 'jszip';
import type { Bilingual } from '../engine/text/lang';
import { isoCellText } from './excel-dates';
import { readRels, readWorkbookPart, relsPathOf, resolveTarget, xmlDecodeAgain } from './fast-read/package-parts';
import { columnName, decodeColumn, readSheetXml } from './fast-read/sheet-xml';
import { partName, type ZipParts } from './fast-read/zip-parts';
import { canonicalFormatCode } from './number-format';
import { cellsIn, cutToUsedArea, MARGIN_COLS, MARGIN_ROWS, MERGE_CELL_LIMIT, VALIDATION_CELL_BUDGET } from './huge-ranges';
import type { CellExtra, SheetExtras } from './read-grid';
import { declareUtf8, decodePart, GridBudget, InputLimitError, isUtf16, limitProblems, MAX_COPY_MERGES } from './input-limits';
import { inflateAll } from './zip-budget';

export interface PreparedPackage {
  /** The bytes to give ExcelJS: the original when nothing needed changing. */
  bytes: Uint8Array;
  /** Per worksheet name: what read-grid.ts must add to ExcelJS's cells. */
  extras: Map<string, SheetExtras>;
  /** What a copy written from these bytes does not keep as it was (said to the user). */
  copyNotes: Bilingual[];
  /** Whether the workbook has Excel tables (prepare again with dropTables if ExcelJS fails on them). */
  hasTables: boolean;
  /** What was changed, for tests and logs (English, short). */
  changes: string[];
}


export const copyNoteTexts = {
  validationCut: (sheet: string, row: number): Bilingual => ({
    vi: `Sheet "${sheet}": quy tắc kiểm tra dữ liệu (Data Validation) đặt cho cả cột hoặc cả hàng chỉ được giữ đến dòng ${row} trong bản sao có đánh dấu (tệp gốc không đổi).`,
    en: `Sheet "${sheet}": data validation set on whole columns or rows is kept only down to row ${row} in the flagged copy (the original is unchanged).`,
  }),
  mergeCut: (sheet: string, cuts: string[]): Bilingual => ({
    vi: `Sheet "${sheet}": vùng gộp ô quá lớn (${cuts.join('; ')}) được thu lại đến phần có dữ liệu trong bản sao có đánh dấu và khi kiểm tra (tệp gốc không đổi).`,
    en: `Sheet "${sheet}": merged ranges too large to copy (${cuts.join('; ')}) are cut to the used area in the flagged copy and in the check (the original is unchanged).`,
  }),
  tablesDropped: {
    vi: 'Bảng Excel (Format as Table) trong tệp không được giữ trong bản sao có đánh dấu: thư viện ghi tệp không đọc được định nghĩa bảng này. Dữ liệu và kết quả kiểm tra không bị ảnh hưởng; tệp gốc không đổi.',
    en: 'The Excel tables (Format as Table) of the file are not kept in the flagged copy: the writing library cannot read their definition. The data and the check result are not affected; the original is unchanged.',
  } as Bilingual,
  isoDates: (sheet: string): Bilingual => ({
    vi: `Sheet "${sheet}": ngày ghi dạng văn bản ISO (t="d") được đổi thành số ngày của Excel trong bản sao có đánh dấu.`,
    en: `Sheet "${sheet}": dates stored as ISO text (t="d") are written as Excel date numbers in the flagged copy.`,
  }),
};

/** Namespaces ExcelJS knows only unprefixed: a prefix bound to one of these is dropped. */
const ELEMENT_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
]);
const REL_NS = /^http:\/\/(schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|purl\.oclc\.org\/ooxml\/officeDocument\/relationships)$/;
const EXCELJS_SHEET = /^xl\/worksheets\/sheet(\d+)[.]xml$/;

/** Parts of a sheet ExcelJS finds only under these names (by relationship type). */
const EXCELJS_PARTS: Record<string, { pattern: RegExp; name: (n: number) => string }> = {
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
};

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** CDATA sections → escaped text (ExcelJS's parser hands CDATA to no one). */
function cdataToText(xml: string): string {
  if (xml.indexOf('<![CDATA[') < 0) return xml;
  return xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, body: string) => escapeText(body));
}

/**
 * Element prefixes bound to the SpreadsheetML namespace dropped ("<x:c>" → "<c>"), and attributes
 * in the relationships namespace renamed "r:…" ("relationships:id" → "r:id").
 */
function dropPrefixes(xml: string): string {
  const decls = [...xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)];
  let out = xml;
  for (const d of decls) {
    const prefix = d[1];
    const uri = d[3] ?? d[4] ?? '';
    if (ELEMENT_NAMESPACES.has(uri)) {
      const p = prefix.replace(/[.-]/g, '\\$&');
      out = out.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
      if (!/\sxmlns\s*=/.test(out.slice(0, out.indexOf('>', out.search(/<[^?!]/)) + 1))) {
        out = out.replace(new RegExp(`\\sxmlns:${p}\\s*=`), ' xmlns=');
      }
    } else if (REL_NS.test(uri) && prefix !== 'r') {
      const p = prefix.replace(/[.-]/g, '\\$&');
      out = out.replace(new RegExp(`(\\s)${p}:([\\w-]+\\s*=)`, 'g'), '$1r:$2');
      out = out.replace(new RegExp(`\\sxmlns:${p}\\s*=`), ' xmlns:r=');
    }
  }
  return out;
}

/** Every <row> and <c> given its r, inferred as the format says (next row; next cell, from column A). */
function numberRowsAndCells(xml: string): string {
  let lastRow = 0;
  let lastCol = 0;
  let changed = false;
  const out = xml.replace(/<(row|c)(?=[\s>/])([^>]*?)(\/?)>/g, (whole, name: string, attrs: string, close: string) => {
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(attrs);
    if (name === 'row') {
      lastCol = 0;
      if (r) {
        lastRow = parseInt(r[1], 10) || lastRow + 1;
        return whole;
      }
      lastRow += 1;
      changed = true;
      return `<row r="${lastRow}"${attrs}${close}>`;
    }
    if (r) {
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(r[1]);
      if (m) lastCol = decodeColumn(m[1]);
      return whole;
    }
    lastCol += 1;
    changed = true;
    return `<c r="${columnName(lastCol)}${lastRow}"${attrs}${close}>`;
  });
  return changed ? out : xml;
}

/** "A1:B5", "A:A", "3:3", "C7" → 1-based bounds (unbounded sides at the sheet's limits). */
function rangeBounds(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const side = (s: string): { col: number | null; row: number | null } | null => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? decodeColumn(m[1]) : null, row: m[2] ? parseInt(m[2], 10) : null };
  };
  const p = side(a);
  const q = side(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    bottom: Math.max(p.row ?? 1048576, q.row ?? 1048576),
    right: Math.max(p.col ?? 16384, q.col ?? 16384),
  };
}

/** Used area of the sheet: the last row and column holding a <c>. */
function usedArea(xml: string): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const m of xml.matchAll(/<c\s[^>]*?\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/g)) {
    rows = Math.max(rows, parseInt(m[2], 10));
    cols = Math.max(cols, decodeColumn(m[1]));
  }
  return { rows, cols };
}

/**
 * Data validations ExcelJS would expand to more than VALIDATION_CELL_BUDGET cells: their ranges
 * cut to the used area plus a margin. Returns the last row kept, or null when nothing was cut.
 */
function cutValidations(xml: string): { xml: string; lastRow: number } | null {
  if (xml.indexOf('dataValidation') < 0) return null;
  const sqrefs = [...xml.matchAll(/<dataValidation\s[^>]*?\bsqref\s*=\s*"([^"]*)"/g)];
  let total = 0;
  for (const m of sqrefs) {
    for (const ref of m[1].trim().split(/\s+/)) {
      const b = rangeBounds(ref);
      if (b) total += (b.bottom - b.top + 1) * (b.right - b.left + 1);
    }
  }
  if (total <= VALIDATION_CELL_BUDGET) return null;
  const used = usedArea(xml);
  const maxRow = Math.max(used.rows, 1) + MARGIN_ROWS;
  const maxCol = Math.max(used.cols, 1) + MARGIN_COLS;
  const out = xml.replace(/(<dataValidation\s[^>]*?\bsqref\s*=\s*")([^"]*)(")/g, (_w, pre: string, sqref: string, post: string) => {
    const kept: string[] = [];
    for (const ref of sqref.trim().split(/\s+/)) {
      const b = rangeBounds(ref);
      if (!b) continue;
      const bottom = Math.min(b.bottom, maxRow);
      const right = Math.min(b.right, maxCol);
      if (b.top > bottom || b.left > right) continue; // wholly outside the kept area
      kept.push(`${columnName(b.left)}${b.top}:${columnName(right)}${bottom}`);
    }
    return pre + (kept.length ? kept.join(' ') : 'A1') + post;
  });
  return { xml: out, lastRow: maxRow };
}

/** Merged ranges bigger than MERGE_CELL_LIMIT cut to the used area (the fast reader cuts them alike). */
function cutMerges(xml: string): { xml: string; cut: string[] } | null {
  if (xml.indexOf('mergeCell') < 0) return null;
  let used: { rows: number; cols: number } | null = null;
  const cut: string[] = [];
  const out = xml.replace(/(<mergeCell\s[^>]*?\bref\s*=\s*")([^"]*)(")/g, (whole, pre: string, ref: string, post: string) => {
    const b = rangeBounds(ref);
    if (!b || cellsIn(b) <= MERGE_CELL_LIMIT) return whole;
    used ??= usedArea(xml);
    const c = cutToUsedArea(b, used);
    const text = `${columnName(c.left)}${c.top}:${columnName(c.right)}${c.bottom}`;
    cut.push(`${ref} → ${text}`);
    return pre + text + post;
  });
  return cut.length ? { xml: out, cut } : null;
}

/**
 * Rows and columns within Excel's limits and the cells the sheet spans (each row up to its last
 * cell, merges added) within the budget: the same limits as the fast reader (build-grid.ts), so
 * ExcelJS never gets a row numbered 2,000,000,000 or column XFD on 100,000 rows. Every <row> and
 * <c> has its r here (numberRowsAndCells ran).
 */
function checkSheetSize(sheet: string, xml: string, budget: GridBudget): void {
  let cells = 0;
  let rows = 0;
  let widest = 0;
  let last = 0;
  for (const m of xml.matchAll(/<(row|c)\s[^>]*?\br\s*=\s*["']\$?([A-Za-z]{0,3})\$?(\d+)["']/g)) {
    const row = parseInt(m[3], 10);
    budget.row(sheet, row);
    if (m[1] === 'row') {
      cells += last;
      last = 0;
      rows++;
      continue;
    }
    const col = decodeColumn(m[2]);
    budget.column(sheet, col, m[2] + m[3]);
    if (col > last) last = col;
    if (col > widest) widest = col;
  }
  cells += last;
  budget.sheet(sheet, cells, rows, columnName(widest));
  // Merged cells join the sheet too (cutMerges has cut the huge ones).
  for (const m of xml.matchAll(/<mergeCell\s[^>]*?\bref\s*=\s*"([^"]*)"/g)) {
    const b = rangeBounds(m[1]);
    if (!b) continue;
    budget.row(sheet, b.bottom);
    budget.column(sheet, b.right, m[1]);
    budget.sheet(sheet, cellsIn(b), Math.max(rows, b.bottom), columnName(Math.max(widest, b.right)));
  }
}

/** Excel serial of an ISO date text (inverse of excel-dates.ts, with the 1900 leap-year day). */
function serialOfIso(text: string, date1904: boolean): number | null {
  const t = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
  if (!Number.isFinite(t)) return null;
  let serial = t / 86400000 + 25569;
  if (date1904) serial -= 1462;
  else if (serial < 61) serial -= 1; // before 1900-03-01 Excel counts one day fewer
  return serial;
}

/** `t="d"` cells → serial numbers (ExcelJS reads an ISO value as the number 2024). */
function isoDatesToSerials(xml: string, date1904: boolean): string | null {
  if (!/\st\s*=\s*["']d["']/.test(xml)) return null;
  let changed = false;
  const out = xml.replace(/<c(\s[^>]*?)\st\s*=\s*["']d["']([^>]*)>([\s\S]*?)<\/c>/g, (whole, a: string, b: string, body: string) => {
    const v = /<v>([^<]*)<\/v>/.exec(body);
    const text = v ? isoCellText(v[1]) : null;
    const serial = text === null ? null : serialOfIso(text, date1904);
    if (serial === null || /<f[\s>]/.test(body)) return whole;
    changed = true;
    return `<c${a}${b}>${body.replace(/<v>[^<]*<\/v>/, `<v>${serial}</v>`)}</c>`;
  });
  return changed ? out : null;
}

/** Custom number formats with backslash escapes → quoted runs (see number-format.ts). */
function canonicalStyles(xml: string): string {
  if (xml.indexOf('\\') < 0) return xml;
  return xml.replace(/(<(?:\w+:)?numFmt\s[^>]*?\bformatCode\s*=\s*)("([^"]*)"|'([^']*)')/g, (whole, pre: string, _q: string, dq?: string, sq?: string) => {
    const raw = decodeAttr(dq ?? sq ?? '');
    if (raw.indexOf('\\') < 0) return whole;
    return `${pre}"${escapeAttr(canonicalFormatCode(raw))}"`;
  });
}

function decodeAttr(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/**
 * Core properties written with the core-properties namespace as default ("<lastModifiedBy>"):
 * ExcelJS knows them only as "cp:…" and stops on the file otherwise.
 */
function corePropertiesPrefixed(xml: string): string {
  const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
  if (!new RegExp(`\\sxmlns\\s*=\\s*["']${CP.replace(/[./]/g, '\\$&')}["']`).test(xml)) return xml;
  let out = xml.replace(/<(\/?)(?![\w.-]+:)([A-Za-z][\w.-]*)/g, '<$1cp:$2');
  if (!/\sxmlns:cp\s*=/.test(out)) out = out.replace(/<cp:coreProperties/, `<cp:coreProperties xmlns:cp="${CP}"`);
  return out;
}

/** What ExcelJS loses of a sheet's cells, from the fast reader's scan of the original XML. */
function extrasOf(xml: string): SheetExtras {
  const extras: SheetExtras = new Map();
  // Only formulas and t="d" cells have extras: most sheets need no scan at all.
  if (!/<([\w.-]+:)?f[\s>/]/.test(xml) && !/\st\s*=\s*["']d["']/.test(xml)) return extras;
  for (const row of readSheetXml(xml).rows) {
    for (const c of row.cells) {
      let extra: CellExtra | null = null;
      if (c.formula !== undefined || c.shareType !== undefined) {
        if (!c.hasV) extra = { noResult: true };
        else if (c.t === 'str') extra = { text: xmlDecodeAgain(c.value ?? '') };
        else if (c.t === 'b') extra = { bool: parseInt(c.value ?? '', 10) !== 0 };
        else if (c.t === 'e') extra = { error: c.value ?? '' };
      }
      if (c.t === 'd' && c.value !== undefined) extra = { text: isoCellText(c.value) ?? c.value };
      if (extra) extras.set(c.address, extra);
    }
  }
  return extras;
}

/** A relative target from one part to another (both part names). */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** Sync access to the text parts, as the fast reader's package functions want it. */
function partsOf(texts: Map<string, string>): ZipParts {
  const folded = new Map<string, string>();
  for (const [k, v] of texts) if (!folded.has(k.toLowerCase())) folded.set(k.toLowerCase(), v);
  const find = (n: string): string | undefined => texts.get(n) ?? folded.get(n.toLowerCase());
  return { has: (n) => find(n) !== undefined, names: () => [...texts.keys()], text: (n) => find(n) ?? null };
}

export async function preparePackage(data: Uint8Array, options: { dropTables?: boolean } = {}): Promise<PreparedPackage> {
  const unchanged = (extras: Map<string, SheetExtras>, hasTables: boolean): PreparedPackage => ({ bytes: data, extras, copyNotes: [], hasTables, changes: [] });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return unchanged(new Map(), false); // not a zip JSZip reads: ExcelJS will say so (open-workbook.ts)
  }
  const changes: string[] = [];
  const copyNotes: Bilingual[] = [];
  // Every entry inflated once within the budget before anything else (a bomb stops here with its
  // sentence, InputLimitError); the XML parts are kept as text.
  const isText = (name: string): boolean => /\.(xml|rels)$/i.test(name);
  const inflated = await inflateAll(zip, isText);
  // Entry names as part names (backslashes, a leading "/"): renamed where they differ.
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  for (const f of entries) {
    const name = partName(f.name);
    if (name !== f.name) {
      zip.file(name, await f.async('uint8array'));
      zip.remove(f.name);
      const bytes = inflated.get(f.name);
      if (bytes) inflated.set(name, bytes);
      inflated.delete(f.name);
      changes.push(`renamed ${f.name}`);
    }
  }
  const texts = new Map<string, string>();
  for (const [name, bytes] of inflated) {
    if (!zip.file(name) || !isText(name)) continue;
    if (isUtf16(bytes)) {
      // UTF-16 parts are valid XML; ExcelJS reads UTF-8 only: handed on as UTF-8.
      const xml = declareUtf8(decodePart(bytes));
      zip.file(name, xml);
      texts.set(name, xml);
      changes.push(`UTF-16 ${name} as UTF-8`);
    } else texts.set(name, decodePart(bytes));
  }
  const parts = partsOf(texts);
  let wb;
  try {
    wb = readWorkbookPart(parts);
  } catch {
    return { ...unchanged(new Map(), false), changes }; // ExcelJS's path gives its message
  }
  const write = (name: string, xml: string): void => {
    zip.file(name, xml);
    texts.set(name, xml);
  };
  const extras = new Map<string, SheetExtras>();
  const wbPath = 'xl/workbook.xml';
  const wbRelsPath = relsPathOf(wbPath);
  let wbRels = texts.get(wbRelsPath) ?? null;
  // Worksheet numbers ExcelJS will see: keep "sheetN" names, give the others free numbers.
  const used = new Set<number>();
  for (const s of wb.sheets) {
    const m = EXCELJS_SHEET.exec(s.path);
    if (m) used.add(parseInt(m[1], 10));
  }
  let next = 1;
  let hasTables = false;
  const budget = new GridBudget();
  let mergeCount = 0;
  for (const s of wb.sheets) {
    const original = texts.get(s.path) ?? parts.text(s.path);
    if (original === null) continue;
    extras.set(s.name, extrasOf(original));
    let xml = cdataToText(dropPrefixes(original));
    xml = numberRowsAndCells(xml);
    const iso = isoDatesToSerials(xml, wb.date1904);
    if (iso !== null) {
      xml = iso;
      copyNotes.push(copyNoteTexts.isoDates(s.name));
      changes.push(`ISO dates in ${s.name}`);
    }
    const merges = cutMerges(xml);
    if (merges) {
      xml = merges.xml;
      copyNotes.push(copyNoteTexts.mergeCut(s.name, merges.cut));
      changes.push(`merges cut in ${s.name}`);
    }
    checkSheetSize(s.name, xml, budget);
    mergeCount += (xml.match(/<mergeCell[\s/>]/g) ?? []).length;
    if (mergeCount > MAX_COPY_MERGES) throw new InputLimitError(limitProblems.tooManyMerges(s.name, mergeCount));
    const cut = cutValidations(xml);
    if (cut) {
      xml = cut.xml;
      copyNotes.push(copyNoteTexts.validationCut(s.name, cut.lastRow));
      changes.push(`validations cut in ${s.name}`);
    }
    let rels = texts.get(s.relsPath) ?? parts.text(s.relsPath);
    if (rels !== null) rels = dropPrefixes(rels);
    if (/<tablePart[\s/>]/.test(xml)) {
      hasTables = true;
      if (options.dropTables) {
        xml = xml.replace(/<tableParts[\s\S]*?<\/tableParts>|<tableParts[^>]*\/>/g, '');
        if (rels !== null) rels = rels.replace(/<Relationship\s[^>]*Type="[^"]*\/table"[^>]*\/>/g, '');
        changes.push(`tables dropped in ${s.name}`);
      }
    }
    // ExcelJS loads only "xl/worksheets/sheetN.xml": move other names there (SSRS, Numbers).
    let path = s.path;
    if (!EXCELJS_SHEET.test(s.path)) {
      while (used.has(next)) next++;
      used.add(next);
      path = `xl/worksheets/sheet${next}.xml`;
      zip.remove(s.path);
      if (texts.has(s.relsPath)) zip.remove(s.relsPath);
      if (wbRels !== null) {
        const rel = [...readRels(wbRels).values()].find((r) => resolveTarget(wbPath, r.target) === s.path);
        if (rel) {
          const target = `worksheets/sheet${next}.xml`;
          wbRels = wbRels.replace(new RegExp(`(<Relationship\\s[^>]*Id="${rel.id.replace(/[^\w]/g, '\\$&')}"[^>]*Target=")[^"]*(")`), `$1${target}$2`)
            .replace(new RegExp(`(<Relationship\\s[^>]*Target=")[^"]*("[^>]*Id="${rel.id.replace(/[^\w]/g, '\\$&')}")`), `$1${target}$2`);
        }
      }
      changes.push(`moved ${s.path} to ${path}`);
    }
    if (rels !== null) {
      // ExcelJS finds a sheet's comments, notes drawing and tables only under its own names
      // ("xl/comments1.xml", "xl/drawings/vmlDrawing1.vml") and by relative targets: parts named
      // otherwise (ClosedXML: "vmldrawing.vml") are renamed, and every target made relative to
      // where the sheet now is.
      const renamed = new Map<string, string>();
      for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
        const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? '';
        const target = /Target="([^"]*)"/.exec(m[0])?.[1];
        const kind = Object.keys(EXCELJS_PARTS).find((k) => type.endsWith(`/${k}`));
        if (!kind || target === undefined || /TargetMode="External"/.test(m[0])) continue;
        const abs = resolveTarget(s.path, target);
        const rule = EXCELJS_PARTS[kind];
        if (rule.pattern.test(abs) || renamed.has(abs)) continue;
        const entry = zip.file(abs);
        if (!entry) continue;
        let n = 1;
        while (zip.file(rule.name(n))) n++;
        const to = rule.name(n);
        zip.file(to, await entry.async('uint8array'));
        zip.remove(abs);
        if (texts.has(abs)) {
          texts.set(to, texts.get(abs) as string);
          texts.delete(abs);
        }
        renamed.set(abs, to);
        changes.push(`moved ${abs} to ${to}`);
      }
      rels = rels.replace(/(<Relationship\s[^>]*Target=")([^"]*)(")/g, (w, a: string, t: string, b: string) => {
        if (/TargetMode="External"/.test(w) || /^[a-z][a-z0-9+.-]*:/i.test(t)) return w;
        const abs = resolveTarget(s.path, t);
        if (path === s.path && !t.startsWith('/') && !renamed.has(abs)) return w;
        return a + relativeTarget(path, renamed.get(abs) ?? abs) + b;
      });
    }
    if (xml !== original || path !== s.path) {
      write(path, xml);
      if (xml !== original) changes.push(`rewrote ${s.path}`);
    }
    if (rels !== null && (rels !== texts.get(s.relsPath) || path !== s.path)) {
      write(relsPathOf(path), rels);
      changes.push(`rewrote ${s.relsPath}`);
    }
  }
  if (options.dropTables && hasTables) copyNotes.push(copyNoteTexts.tablesDropped);
  if (wbRels !== null) {
    const fixed = dropPrefixes(wbRels);
    if (fixed !== texts.get(wbRelsPath)) {
      write(wbRelsPath, fixed);
      changes.push('rewrote workbook relationships');
    }
  }
  // Shared strings and styles where ExcelJS looks for them ("SharedStrings.xml" is not found).
  for (const [found, canonical] of [[wb.sharedStrings, 'xl/sharedStrings.xml'], [wb.styles, 'xl/styles.xml']] as [string | null, string][]) {
    // The entry as the zip spells it (part names are case-insensitive; ExcelJS's lookup is not).
    const entry = found === null ? undefined : [...texts.keys()].find((k) => k.toLowerCase() === found.toLowerCase());
    if (entry === undefined || entry === canonical) continue;
    const xml = texts.get(entry) as string;
    zip.remove(entry);
    texts.delete(entry);
    write(canonical, xml);
    changes.push(`moved ${entry} to ${canonical}`);
  }
  for (const [path, fix] of [
    ['xl/workbook.xml', (x: string) => cdataToText(dropPrefixes(x)).replace(/(\sdate1904\s*=\s*)["']true["']/, '$1"1"')],
    ['docProps/core.xml', corePropertiesPrefixed],
    ['xl/styles.xml', (x: string) => canonicalStyles(dropPrefixes(x))],
    ['xl/sharedStrings.xml', (x: string) => cdataToText(dropPrefixes(x))],
    ['docProps/app.xml', dropPrefixes],
  ] as [string, (x: string) => string][]) {
    const xml = texts.get(path);
    if (xml === undefined) continue;
    const fixed = fix(xml);
    if (fixed !== xml) {
      write(path, fixed);
      changes.push(`rewrote ${path}`);
    }
  }
  // Every other relationships part ExcelJS reads ("ns0:Relationships" stops it).
  for (const [name, xml] of [...texts]) {
    if (!/\.rels$/.test(name) || !zip.file(name)) continue;
    const fixed = dropPrefixes(xml);
    if (fixed !== xml) {
      write(name, fixed);
      changes.push(`rewrote ${name}`);
    }
  }
  if (options.dropTables) {
    // ExcelJS parses every table part it finds, used or not: the ones it fails on must go.
    for (const name of Object.keys(zip.files)) if (/^xl\/tables\//.test(name)) zip.remove(name);
  }
  for (const f of Object.values(zip.files)) {
    if (!f.dir && /^xl\/comments\d+\.xml$/.test(f.name)) {
      const xml = texts.get(f.name);
      if (xml !== undefined) {
        // A plain <t> in a comment's <text> (openpyxl) wrapped in a run: ExcelJS reads runs only.
        const fixed = cdataToText(dropPrefixes(xml)).replace(/(<text>\s*)(<t[\s>][\s\S]*?<\/t>)(\s*<\/text>)/g, '$1<r>$2</r>$3');
        if (fixed !== xml) {
          write(f.name, fixed);
          changes.push(`rewrote ${f.name}`);
        }
      }
    }
  }
  if (changes.length === 0) return { bytes: data, extras, copyNotes, hasTables, changes };
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { bytes, extras, copyNotes, hasTables, changes };
}
