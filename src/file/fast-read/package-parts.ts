/**
 * Package-level parts of an .xlsx: relationships, the workbook's sheet list (name, state, tab
 * order) and the date system. Mirrors how ExcelJS 4 maps sheets to worksheet parts, so both
 * readers see the same sheets in the same order.
 */
import { FastReadError } from './errors';
import { scanXml } from './xml-scan';
import type { ZipParts } from './zip';

export interface Rel {
  id: string;
  type: string;
  target: string;
}

export function readRels(xml: string | null): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (xml === null) return out;
  scanXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined) out.set(a.Id, { id: a.Id, type: a.Type ?? '', target: a.Target ?? '' });
    },
    close() {},
  });
  return out;
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
  /** Zip path of the worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  /** The N of "sheetN.xml": ExcelJS finds the sheet's rels by it. */
  sheetNo: string;
}

interface Listed {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

export function readWorkbookPart(zip: ZipParts): { sheets: SheetRef[]; date1904: boolean } {
  const xml = zip.text('xl/workbook.xml');
  if (xml === null) throw new FastReadError('no xl/workbook.xml');
  const listed: Listed[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, a) {
      if (name === 'sheet') {
        listed.push({ name: xmlDecodeAgain(a.name ?? ''), id: parseInt(a.sheetId, 10), state: a.state, rId: a['r:id'] });
      } else if (name === 'workbookPr') date1904 = a.date1904 === '1';
    },
    close() {},
  });
  const rels = readRels(zip.text('xl/_rels/workbook.xml.rels'));
  // Worksheet parts ExcelJS loads: entries whose name matches its pattern.
  const parts = new Map<string, string>();
  for (const entry of zip.names()) {
    const m = WORKSHEET_PART.exec(entry);
    if (m) parts.set(entry, m[1]);
  }
  const byId: { ref: SheetRef; order: number }[] = [];
  for (const s of listed) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) continue;
    const path = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}`;
    const sheetNo = parts.get(path);
    if (sheetNo === undefined) continue; // a chartsheet or a missing part: ExcelJS skips it too
    // ExcelJS indexes worksheets by sheetId (a later duplicate wins, id 0 is dropped) and orders
    // them by the first sheet listed with that id.
    if (!(s.id >= 1) || !Number.isInteger(s.id)) continue;
    checkName(s.name);
    byId[s.id] = {
      ref: { name: s.name, visible: !s.state || s.state === 'visible', path, sheetNo },
      order: listed.findIndex((x) => x.id === s.id),
    };
  }
  const sheets = byId.filter(Boolean).sort((a, b) => a.order - b.order).map((x) => x.ref);
  return { sheets, date1904 };
}

/** Names ExcelJS refuses (it then fails to open the file): leave those files to it. */
function checkName(name: string): void {
  if (name === '' || name === 'History' || name.length > 31 || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) {
    throw new FastReadError('sheet name ExcelJS would not accept');
  }
}
