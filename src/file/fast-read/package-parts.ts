/**
 * Package-level parts of an .xlsx: relationships, the workbook's sheet list (name, state, tab
 * order) and the date system. Mirrors how ExcelJS 4 maps sheets to worksheet parts, so both
 * readers see the same sheets in the same order.
 */
import { FastReadError } from './errors';
import { memoByPartText } from './part-memo';
import { scanXml } from './xml-scan';
import type { ZipParts } from './zip-parts';

export interface Rel {
  id: string;
  type: string;
  target: string;
}

const RELATIONSHIP = ['Relationship'];
const WORKBOOK_NAMES = ['sheet', 'workbookPr'];

export function readRels(xml: string | null): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (xml === null) return out;
  return relsIn(xml, out);
}

function relsIn(xml: string, out: Map<string, Rel>): Map<string, Rel> {
  scanXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined) out.set(a.Id, { id: a.Id, type: a.Type ?? '', target: a.Target ?? '' });
    },
    close() {},
  }, RELATIONSHIP);
  return out;
}

const NO_RELS: ReadonlyMap<string, Rel> = new Map();
const rememberedRels = memoByPartText((xml) => relsIn(xml, new Map()));

/** readRels for the fast reader, remembered by text (part-memo.ts): read only, never modified. */
export function relsOf(xml: string | null): ReadonlyMap<string, Rel> {
  return xml === null ? NO_RELS : rememberedRels(xml);
}

/** ExcelJS's utils.xmlDecode: a second decoding pass it applies to sheet names and "str" values. */
export function xmlDecodeAgain(s: string): string {
  return s.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;': return '<';
      case '&gt;': return '>';
      case '&amp;': return '&';
      case '&apos;': return "'";
      case '&quot;': return '"';
      default: return c;
    }
  });
}

export interface SheetRef {
  name: string;
  visible: boolean;
  /** Zip path of the worksheet part, e.g. "xl/worksheets/sheet1.xml" (or "xl/worksheets/Sheet1.xml", "xl/sheet.xml"). */
  path: string;
  /** Zip path of its relationships part ("xl/worksheets/_rels/sheet1.xml.rels"). */
  relsPath: string;
}

export interface WorkbookParts {
  sheets: SheetRef[];
  date1904: boolean;
  /** Paths of the shared strings and styles parts (null when the workbook has none). */
  sharedStrings: string | null;
  styles: string | null;
}

interface Listed {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

/**
 * The last few resolveTarget answers. WHY: a batch's files resolve the same targets from the same
 * parts (their relationships are remembered by text, part-memo.ts, so the very same strings come
 * back): two identity compares instead of a split, a replace and a join per target.
 */
const RESOLVED_KEEP = 8;
const resolvedFrom: string[] = [];
const resolvedTarget: string[] = [];
const resolved: string[] = [];
let resolvedNext = 0;

/** A relationship's target as a part name, resolved against the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  for (let i = 0; i < resolved.length; i++) if (resolvedTarget[i] === target && resolvedFrom[i] === fromPart) return resolved[i];
  const answer = resolveTargetOnce(fromPart, target);
  resolvedFrom[resolvedNext] = fromPart;
  resolvedTarget[resolvedNext] = target;
  resolved[resolvedNext] = answer;
  resolvedNext = (resolvedNext + 1) % RESOLVED_KEEP;
  return answer;
}

function resolveTargetOnce(fromPart: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The workbook part: named by the package's officeDocument relationship, "xl/workbook.xml" by default. */
export function workbookPath(zip: ZipParts): string {
  for (const rel of relsOf(zip.text('_rels/.rels')).values()) {
    if (rel.type.endsWith('/officeDocument')) {
      const path = resolveTarget('', rel.target);
      if (zip.has(path)) return path;
    }
  }
  return 'xl/workbook.xml';
}

/** The sheets the workbook part lists and its date system (remembered by text: read only). */
const workbookListing = memoByPartText((xml: string): { listed: Listed[]; date1904: boolean } => {
  const listed: Listed[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, a) {
      if (name === 'sheet') {
        listed.push({ name: xmlDecodeAgain(a.name ?? ''), id: parseInt(a.sheetId, 10), state: a.state, rId: a['r:id'] });
      } else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {},
  }, WORKBOOK_NAMES);
  return { listed, date1904 };
});

export function readWorkbookPart(zip: ZipParts): WorkbookParts {
  const wbPath = workbookPath(zip);
  const xml = zip.text(wbPath);
  if (xml === null) throw new FastReadError('no workbook part');
  const { listed, date1904 } = workbookListing(xml);
  const rels = relsOf(zip.text(relsPathOf(wbPath)));
  const partOf = (type: string, fallback: string): string | null => {
    for (const rel of rels.values()) {
      if (rel.type.endsWith(type)) {
        const path = resolveTarget(wbPath, rel.target);
        if (zip.has(path)) return path;
      }
    }
    return zip.has(fallback) ? fallback : null;
  };
  const byId: { ref: SheetRef; order: number }[] = [];
  for (const s of listed) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) continue;
    const path = resolveTarget(wbPath, rel.target);
    // Chartsheets and dialog sheets are not read (nor by ExcelJS); a missing part is skipped.
    if (!rel.type.endsWith('/worksheet') || !zip.has(path)) continue;
    // ExcelJS indexes worksheets by sheetId (a later duplicate wins, id 0 is dropped) and orders
    // them by the first sheet listed with that id; prepare-package.ts gives it these same parts.
    if (!(s.id >= 1) || !Number.isInteger(s.id)) continue;
    checkName(s.name);
    byId[s.id] = {
      ref: { name: s.name, visible: !s.state || s.state === 'visible', path, relsPath: relsPathOf(path) },
      order: listed.findIndex((x) => x.id === s.id),
    };
  }
  const sheets = byId.filter(Boolean).sort((a, b) => a.order - b.order).map((x) => x.ref);
  return { sheets, date1904, sharedStrings: partOf('/sharedStrings', 'xl/sharedStrings.xml'), styles: partOf('/styles', 'xl/styles.xml') };
}

/** Names ExcelJS refuses (it then fails to open the file): leave those files to it. */
function checkName(name: string): void {
  if (name === '' || name === 'History' || name.length > 31 || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) {
    throw new FastReadError('sheet name ExcelJS would not accept');
  }
}
