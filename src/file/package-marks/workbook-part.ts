/**
 * Adding and removing a sheet in the workbook part, as text: the <sheet> entry, its relationship
 * and content type, and the print-titles name that belongs to it. Sheets are addressed by their
 * position in <sheets> (what localSheetId counts), so removing one renumbers the names after it.
 */
import { relsPathOf, resolveTarget, type SheetRef } from '../fast-read/package-parts';
import { CONTENT_TYPES, REL_TYPES, type XlsxPackage } from './xlsx-package';
import { attr, childElements, insertPosition, rootContent, rootPrefix, setAttr, splice, xmlEscape } from './xml-text';

const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'appx', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function child(xml: string, name: string) {
  const content = rootContent(xml, 'workbook');
  return childElements(xml, content.from, content.to).find((c) => c.name === name) ?? null;
}

function rPrefix(xml: string): string {
  const root = /<(?:[\w.-]+:)?workbook\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(xml)?.[0] ?? '';
  return new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${R_NS.replace(/[./]/g, '\\$&')}["']`).exec(root)?.[1] ?? 'r';
}

/** Add a worksheet part after the last sheet; `printTitles` is the formula of its print titles. */
export async function addSheet(pkg: XlsxPackage, wbPath: string, name: string, sheetXml: string, printTitles: string | null): Promise<void> {
  const part = pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  pkg.set(part, sheetXml);
  await pkg.addContentOverride(part, CONTENT_TYPES.worksheet);
  const rId = await pkg.addRel(wbPath, REL_TYPES.worksheet, part);
  let xml = (await pkg.load(wbPath))!;
  const p = rootPrefix(xml, 'workbook');
  const sheets = child(xml, 'sheets');
  if (!sheets) throw new Error('workbook without <sheets>');
  const list = childElements(xml, xml.indexOf('>', sheets.start) + 1, sheets.end).filter((c) => c.name === 'sheet');
  const ids = list.map((c) => Number(attr(xml.slice(c.start, c.end), 'sheetId')) || 0);
  const entry = `<${p}sheet name="${xmlEscape(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${rPrefix(xml)}:id="${rId}"/>`;
  const close = xml.lastIndexOf('</', sheets.end - 1);
  xml = splice(xml, close, close, entry);
  if (printTitles) {
    const defined = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${list.length}">${xmlEscape(printTitles)}</${p}definedName>`;
    const names = child(xml, 'definedNames');
    if (names) {
      const at = xml.lastIndexOf('</', names.end - 1);
      xml = splice(xml, at, at, defined);
    } else {
      const content = rootContent(xml, 'workbook');
      const at = insertPosition(xml, content, WORKBOOK_ORDER, 'definedNames');
      xml = splice(xml, at, at, `<${p}definedNames>${defined}</${p}definedNames>`);
    }
  }
  pkg.set(wbPath, xml);
}

/** Remove a worksheet: its entry, relationship, part, the part's own rels, content type and names. */
export async function removeSheet(pkg: XlsxPackage, wbPath: string, sheet: SheetRef): Promise<void> {
  let xml = (await pkg.load(wbPath))!;
  const sheets = child(xml, 'sheets');
  if (!sheets) return;
  const list = childElements(xml, xml.indexOf('>', sheets.start) + 1, sheets.end).filter((c) => c.name === 'sheet');
  const rels = await pkg.rels(wbPath);
  const index = list.findIndex((c) => {
    const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(xml.slice(c.start, c.end))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    return rel !== undefined && resolveTarget(wbPath, rel.target) === sheet.path;
  });
  if (index < 0) return;
  const el = list[index];
  const relId = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(xml.slice(el.start, el.end))![1];
  xml = splice(xml, el.start, el.end, '');
  // Names scoped to sheets: the removed sheet's go, later sheets' indexes move down by one.
  const names = child(xml, 'definedNames');
  if (names) {
    const inner = childElements(xml, xml.indexOf('>', names.start) + 1, names.end).filter((c) => c.name === 'definedName');
    for (const n of inner.reverse()) {
      const text = xml.slice(n.start, n.end);
      const local = attr(text, 'localSheetId');
      if (local === undefined) continue;
      const i = Number(local);
      if (i === index) xml = splice(xml, n.start, n.end, '');
      else if (i > index) xml = splice(xml, n.start, n.end, setAttr(text, 'localSheetId', String(i - 1)));
    }
    const left = child(xml, 'definedNames')!;
    if (!/<(?:[\w.-]+:)?definedName\b/.test(xml.slice(left.start, left.end))) xml = splice(xml, left.start, left.end, '');
  }
  // The active and first visible tab must still name a sheet.
  const views = child(xml, 'bookViews');
  if (views) {
    const last = list.length - 2;
    xml = xml.slice(0, views.start) + xml.slice(views.start, views.end).replace(/\s(activeTab|firstSheet)="(\d+)"/g, (m, k, v) => (Number(v) > last || Number(v) === index ? ` ${k}="${Math.max(0, Math.min(Number(v) > index ? Number(v) - 1 : Number(v), last))}"` : m)) + xml.slice(views.end);
  }
  pkg.set(wbPath, xml);
  await pkg.removeRel(wbPath, relId);
  pkg.remove(sheet.path);
  pkg.remove(relsPathOf(sheet.path));
  await pkg.removeContentOverride(sheet.path);
}
