/**
 * Flag and clear a workbook by patching its package: the flag format of src/engine/flags (a
 * conditional-format rule and a note block per flagged cell) and the "Kết quả kiểm tra" sheet go
 * into the parts that hold them — the flagged worksheets, their comments and VML drawing parts,
 * the styles part, the workbook part when a sheet is added — and every other part (charts, pivot
 * tables, images, tables, defined names, data validation, macros' parts…) is copied as it was.
 * That is what a flagged copy must be: the unit's workbook, with our marks, nothing lost; and
 * clearing gives back the same parts.
 *
 * Pure (JSZip): the CLI and the checking page both use it.
 */
import { CHECK_RESULT_MARK } from '../../engine/findings/check-result-sheet';
import type { Severity } from '../../engine/findings/finding';
import { cellText } from '../../engine/cell-text';
import { FLAG_SEVERITY_ORDER, type Flag } from '../../engine/flags/format';
import { a1, parseA1 } from '../../engine/grid';
import type { SheetSpec } from '../../engine/sheet-spec';
import { readSharedStrings } from '../fast-read/shared-parts';
import { readWorkbookPart, relsPathOf, type SheetRef } from '../fast-read/package-parts';
import { refCells } from '../flags';
import { addNoteShapes, CommentsPart, emptyVml, removeNoteShapes, vmlIdmap } from './comments-part';
import { addFlagRules, addLegacyDrawing, legacyDrawingId, removeFlagRules, removeLegacyDrawing } from './sheet-part';
import { printTitles, specSheetXml } from './spec-sheet-part';
import { StylesPart } from './styles-part';
import { addSheet, removeSheet } from './workbook-part';
import { CONTENT_TYPES, REL_TYPES, XlsxPackage } from './xlsx-package';
import { decodeEntities } from './xml-text';

export interface SheetFlags {
  sheet: string;
  flags: Flag[];
}

export interface FlaggedPackage {
  bytes: Uint8Array;
  /** Per entry: cells marked. */
  flagged: number[];
  /** Per entry: cells whose note could not be written (a threaded comment sits there). */
  unsavedNotes: string[][];
}

const THREADED = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';

async function openPackage(bytes: Uint8Array): Promise<{ pkg: XlsxPackage; wbPath: string; sheets: SheetRef[]; stylesPath: string | null; sharedPath: string | null }> {
  const pkg = await XlsxPackage.open(bytes);
  const wbPath = await pkg.workbookPart();
  await pkg.load(wbPath);
  await pkg.load(relsPathOf(wbPath));
  const parts = readWorkbookPart(pkg.parts());
  return { pkg, wbPath, sheets: parts.sheets, stylesPath: parts.styles, sharedPath: parts.sharedStrings };
}

/** The sheet's notes: the comments part (path, null when none) and the VML drawing showing them. */
async function notesOf(pkg: XlsxPackage, sheet: SheetRef, sheetXml: string) {
  const comments = (await pkg.related(sheet.path, REL_TYPES.comments))[0] ?? null;
  const drawingId = legacyDrawingId(sheetXml);
  const vmlRel = drawingId ? (await pkg.related(sheet.path, REL_TYPES.vmlDrawing)).find((r) => r.id === drawingId) ?? null : null;
  return { comments, vml: vmlRel };
}

/** Cells holding a threaded comment (Excel 365): their legacy note is only a stand-in, so we leave it. */
async function threadedCells(pkg: XlsxPackage, sheet: SheetRef): Promise<Set<string>> {
  const out = new Set<string>();
  for (const rel of await pkg.related(sheet.path, THREADED)) {
    const xml = (await pkg.load(rel.part)) ?? '';
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?threadedComment\b[^>]*\sref="([A-Z]+\d+)"/g)) out.add(m[1]);
  }
  return out;
}

async function nextVmlIdmap(pkg: XlsxPackage): Promise<number> {
  let max = 0;
  for (const name of pkg.names().filter((n) => n.endsWith('.vml'))) max = Math.max(max, vmlIdmap((await pkg.load(name)) ?? ''));
  return max + 1;
}

// ---- clear ---------------------------------------------------------------------------------

/** The text of cell A2 of a worksheet part (how our result sheet is recognised). */
function a2Text(sheetXml: string, shared: string[] | null): string {
  const m = /<(?:[\w.-]+:)?c\b(?=[^>]*\sr="A2")([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?c>/.exec(sheetXml);
  if (!m) return '';
  const type = /\st="([^"]*)"/.exec(m[1])?.[1];
  if (type === 'inlineStr') return [...m[2].matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)].map((t) => decodeEntities(t[1])).join('');
  const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(m[2])?.[1];
  if (v === undefined) return '';
  return type === 's' ? shared?.[Number(v)] ?? '' : decodeEntities(v);
}

async function clearSheet(pkg: XlsxPackage, sheet: SheetRef): Promise<number> {
  const original = await pkg.load(sheet.path);
  if (original === null) return 0;
  const cleared = new Set<string>();
  const rules = removeFlagRules(original);
  rules.cells.flatMap(refCells).forEach((c) => cleared.add(c));
  let xml = rules.xml;
  const { comments, vml } = await notesOf(pkg, sheet, xml);
  if (comments) {
    const part = new CommentsPart(await pkg.load(comments.part));
    const gone = part.removeFlags();
    gone.cleared.forEach((c) => cleared.add(c));
    if (gone.cleared.length > 0) {
      if (part.isEmpty) {
        pkg.remove(comments.part);
        await pkg.removeRel(sheet.path, comments.id);
        await pkg.removeContentOverride(comments.part);
      } else pkg.set(comments.part, part.xml());
      if (vml) {
        const left = removeNoteShapes((await pkg.load(vml.part)) ?? '', gone.removed);
        if (!left.shapesLeft) {
          pkg.remove(vml.part);
          await pkg.removeRel(sheet.path, vml.id);
          xml = removeLegacyDrawing(xml);
        } else pkg.set(vml.part, left.vml);
      }
    }
  }
  if (xml !== original) pkg.set(sheet.path, xml);
  return cleared.size;
}

export interface ClearedPackage {
  bytes: Uint8Array;
  /** Cells that carried a mark, per sheet name (sheets without marks left out). */
  cells: Map<string, number>;
  /** Our "Kết quả kiểm tra" sheets removed. */
  resultSheets: number;
}

async function clearOpened(o: Awaited<ReturnType<typeof openPackage>>): Promise<{ cells: Map<string, number>; resultSheets: number; sheets: SheetRef[] }> {
  const { pkg, wbPath } = o;
  const shared = o.sharedPath ? readSharedStrings(await pkg.load(o.sharedPath)) : null;
  const marks = Object.values(CHECK_RESULT_MARK);
  const cells = new Map<string, number>();
  const kept: SheetRef[] = [];
  let resultSheets = 0;
  for (const sheet of o.sheets) {
    const xml = (await pkg.load(sheet.path)) ?? '';
    const a2 = a2Text(xml, shared);
    if (marks.some((m) => a2.startsWith(m))) {
      await removeSheet(pkg, wbPath, sheet);
      resultSheets++;
      continue;
    }
    kept.push(sheet);
    const n = await clearSheet(pkg, sheet);
    if (n > 0) cells.set(sheet.name, n);
  }
  return { cells, resultSheets, sheets: kept };
}

/** Take every mark of ours off (current and earlier formats, either adapter's). */
export async function clearPackage(bytes: Uint8Array): Promise<ClearedPackage> {
  const opened = await openPackage(bytes);
  const { cells, resultSheets } = await clearOpened(opened);
  if (!opened.pkg.names().some((n) => n.toLowerCase().endsWith('.vml'))) await opened.pkg.removeContentDefault('vml');
  const changed = opened.pkg.changedParts().length > 0;
  return { bytes: changed ? await opened.pkg.bytes() : bytes, cells, resultSheets };
}

// ---- flag ----------------------------------------------------------------------------------

async function flagSheet(pkg: XlsxPackage, sheet: SheetRef, flags: Flag[], styles: StylesPart): Promise<{ flagged: number; unsaved: string[] }> {
  let xml = (await pkg.load(sheet.path))!;
  const bySeverity = new Map<Severity, Set<string>>();
  const notes = new Map<string, string>();
  for (const flag of flags) {
    const at = parseA1(flag.cell);
    if (!at) continue;
    const cell = a1(at.row, at.col);
    const set = bySeverity.get(flag.severity) ?? new Set<string>();
    set.add(cell);
    bySeverity.set(flag.severity, set);
    notes.set(cell, notes.has(cell) ? `${notes.get(cell)}\n${flag.text}` : flag.text);
  }
  const rules = [...FLAG_SEVERITY_ORDER]
    .reverse()
    .filter((s) => bySeverity.has(s))
    .map((severity) => ({ severity, cells: [...bySeverity.get(severity)!], dxfId: styles.dxf(severity) }));
  xml = addFlagRules(xml, rules);

  const threaded = await threadedCells(pkg, sheet);
  const unsaved = [...notes.keys()].filter((c) => threaded.has(c));
  const writable = [...notes.keys()].filter((c) => !threaded.has(c));
  if (writable.length > 0) {
    const { comments, vml } = await notesOf(pkg, sheet, xml);
    const part = new CommentsPart(comments ? await pkg.load(comments.part) : null);
    const fresh = writable.filter((cell) => part.addFlag(cell, cellText(notes.get(cell)!)));
    if (comments) pkg.set(comments.part, part.xml());
    else {
      const name = pkg.freeName((n) => `xl/comments${n}.xml`);
      pkg.set(name, part.xml());
      await pkg.addContentOverride(name, CONTENT_TYPES.comments);
      await pkg.addRel(sheet.path, REL_TYPES.comments, name);
    }
    if (vml) pkg.set(vml.part, addNoteShapes((await pkg.load(vml.part)) ?? emptyVml(await nextVmlIdmap(pkg)), fresh));
    else {
      const name = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
      pkg.set(name, addNoteShapes(emptyVml(await nextVmlIdmap(pkg)), fresh));
      await pkg.addContentDefault('vml', CONTENT_TYPES.vml);
      const id = await pkg.addRel(sheet.path, REL_TYPES.vmlDrawing, name);
      xml = addLegacyDrawing(xml, id);
    }
  }
  pkg.set(sheet.path, xml);
  return { flagged: notes.size, unsaved };
}

/**
 * A flagged copy: earlier marks of ours taken off, these flags put on, and the result sheet (made
 * by `resultSheet` from the flag counts and the workbook's sheet names) added when it has content.
 */
export async function flagPackage(
  bytes: Uint8Array,
  entries: (SheetFlags | null)[],
  resultSheet: (counts: number[], unsavedNotes: string[][], sheetNames: string[]) => SheetSpec | null,
): Promise<FlaggedPackage> {
  const opened = await openPackage(bytes);
  const { pkg, wbPath, stylesPath } = opened;
  const { sheets } = await clearOpened(opened);
  const stylesText = stylesPath ? await pkg.load(stylesPath) : null;
  const styles = new StylesPart(stylesText ?? StylesPart.empty());
  const flagged: number[] = [];
  const unsavedNotes: string[][] = [];
  for (const entry of entries) {
    const sheet = entry ? sheets.find((s) => s.name === entry.sheet) : undefined;
    if (!entry || !sheet) {
      flagged.push(0);
      unsavedNotes.push([]);
      continue;
    }
    const done = await flagSheet(pkg, sheet, entry.flags, styles);
    flagged.push(done.flagged);
    unsavedNotes.push(done.unsaved);
  }
  const spec = resultSheet(flagged, unsavedNotes, sheets.map((s) => s.name));
  if (spec) await addSheet(pkg, wbPath, spec.name, specSheetXml(spec, styles), printTitles(spec));
  if (styles.xml !== stylesText) {
    const path = stylesPath ?? 'xl/styles.xml';
    pkg.set(path, styles.xml);
    if (!stylesPath) {
      await pkg.addContentOverride(path, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
      await pkg.addRel(wbPath, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', path);
    }
  }
  return { bytes: await pkg.bytes(), flagged, unsavedNotes };
}
