/**
 * Workbook-wide parts a worksheet's cells refer to: shared strings, cell styles (only their number
 * formats matter here) and cell notes. Each reproduces what ExcelJS 4 keeps of the part.
 */
import { reportedFormatCode } from '../number-format';
import { FastReadError } from './errors';
import { memoByPartText } from './part-memo';
import { isSpace, scanXml, tagEnd, textOf } from './xml-scan';

/** ExcelJS decodes "_x000D_"-style escapes in <t> text (upper-case hex only). */
export function unescapeX(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * sharedStrings.xml → one string per <si>: its plain <t>, or its rich runs joined; phonetic
 * runs (<rPh>) are skipped. null when the part is missing.
 */
export function readSharedStrings(xml: string | null): string[] | null {
  if (xml === null) return null;
  return plainSharedStrings(xml) ?? tokenizedSharedStrings(xml);
}

const skipSpace = (xml: string, i: number): number => {
  while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
  return i;
};

/** Whether "<si><t>" starts at `i`, by character codes (once per string: cheaper than startsWith). */
function isSiT(xml: string, i: number): boolean {
  return (
    xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 115 && xml.charCodeAt(i + 2) === 105 && xml.charCodeAt(i + 3) === 62 &&
    xml.charCodeAt(i + 4) === 60 && xml.charCodeAt(i + 5) === 116 && xml.charCodeAt(i + 6) === 62
  );
}

/** Whether "</t></si>" starts at `at` (`at` holds a '<'), by character codes. */
function isTSiEnd(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at + 1) === 47 && xml.charCodeAt(at + 2) === 116 && xml.charCodeAt(at + 3) === 62 && xml.charCodeAt(at + 4) === 60 &&
    xml.charCodeAt(at + 5) === 47 && xml.charCodeAt(at + 6) === 115 && xml.charCodeAt(at + 7) === 105 && xml.charCodeAt(at + 8) === 62
  );
}

/**
 * The shape nearly every writer gives the part, read with indexOf alone (it holds about half the
 * XML of a batch's files): an XML declaration, the <sst> root, then only
 * `<si><t>text</t></si>` (the <t> bare or with xml:space="preserve"), whitespace between them and
 * `</sst>`. null on anything else — rich or phonetic runs, prefixes, comments, CDATA, other
 * attributes or elements —, read then by the tokenizer: the same strings either way.
 */
export function plainSharedStrings(xml: string): string[] | null {
  // (No search for comments or CDATA first: every '<' of the part must be one this loop expects,
  // so one anywhere ends it with null.)
  let i = skipSpace(xml, 0);
  if (xml.startsWith('<?', i)) {
    const e = xml.indexOf('?>', i + 2);
    if (e < 0) return null;
    i = skipSpace(xml, e + 2);
  }
  if (!xml.startsWith('<sst', i) || !(isSpace(xml.charCodeAt(i + 4)) || xml.charCodeAt(i + 4) === 62)) return null;
  const rootEnd = tagEnd(xml, i + 1);
  if (rootEnd < 0 || xml.charCodeAt(rootEnd - 1) === 47 /* <sst/> */) return null;
  const out: string[] = [];
  // Whether any text may need line ends, entities or "_x…_" escapes undone: asked once of the
  // whole part rather than of each string (a part rarely has any). An entity may spell an
  // escape ("&#95;x000D_").
  const amp = xml.indexOf('&') >= 0;
  const decode = amp || xml.indexOf('\r') >= 0;
  const escapes = amp || xml.indexOf('_x') >= 0;
  i = rootEnd + 1;
  for (;;) {
    i = skipSpace(xml, i);
    if (isSiT(xml, i)) i += 7;
    else if (xml.startsWith('<si><t xml:space="preserve">', i)) i += 28;
    else if (xml.startsWith('</sst>', i)) return skipSpace(xml, i + 6) === xml.length ? out : null;
    else return null;
    const end = xml.indexOf('<', i);
    if (end < 0 || !isTSiEnd(xml, end)) return null;
    if (end === i) out.push('');
    else {
      const raw = xml.slice(i, end);
      const text = decode ? textOf(raw) : raw;
      out.push(escapes ? unescapeX(text) : text);
    }
    i = end + 9;
  }
}

/** Any shape, through the tokenizer. */
export function tokenizedSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let run: string | null = null;
  let inRun = false;
  let skip = 0; // inside <rPh>
  let text: string[] | null = null;
  scanXml(xml, {
    open(name) {
      if (!inSi) {
        if (name === 'si') {
          inSi = true;
          plain = null;
          runs = null;
        }
        return;
      }
      if (skip || name === 'rPh') {
        if (name === 'rPh') skip++;
        return;
      }
      if (name === 'r' && !inRun) {
        inRun = true;
        run = null;
      } else if (name === 't') text = [];
    },
    text(t) {
      if (text && !skip) text.push(t);
    },
    close(name) {
      if (!inSi) return;
      if (skip) {
        if (name === 'rPh') skip--;
        return;
      }
      if (name === 't' && text) {
        const t = unescapeX(text.join(''));
        text = null;
        if (inRun) run = t;
        else plain = t;
      } else if (name === 'r' && inRun) {
        inRun = false;
        // ExcelJS fails on a run after plain text in one <si>; leave such files to it.
        if (plain !== null) throw new FastReadError('rich run after plain text');
        (runs ??= []).push(run ?? '');
      } else if (name === 'si') {
        inSi = false;
        out.push(plain ?? (runs ? (runs as string[]).join('') : ''));
      }
    },
  });
  return out;
}

const DEFAULT_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

const STYLE_NAMES = ['numFmts', 'numFmt', 'cellXfs', 'xf'];

/**
 * Per cell style index (cellXfs): its number format, undefined when none (or General id 0),
 * as ExcelJS's getStyleModel gives it (from the styles prepare-package.ts hands it: canonical codes). Custom formats come from <numFmts> only (not <dxfs>).
 */
export function readStyleFormats(xml: string | null): (string | undefined)[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let where: 'numFmts' | 'cellXfs' | null = null;
  scanXml(xml, {
    open(name, a) {
      if (name === 'numFmts' || name === 'cellXfs') where = name;
      else if (where === 'numFmts' && name === 'numFmt') {
        custom.set(parseInt(a.numFmtId, 10), reportedFormatCode(a.formatCode ?? ''));
      } else if (where === 'cellXfs' && name === 'xf') xfIds.push(parseInt(a.numFmtId, 10));
    },
    close(name) {
      if (name === where) where = null;
    },
  }, STYLE_NAMES);
  return xfIds.map((id) => (id ? custom.get(id) || DEFAULT_FORMATS[id] || undefined : undefined));
}

const rememberedFormats = memoByPartText(readStyleFormats);
const NO_FORMATS: readonly (string | undefined)[] = [];

/** readStyleFormats for the fast reader, remembered by text (part-memo.ts): read only, never modified. */
export function styleFormatsOf(xml: string | null): readonly (string | undefined)[] {
  return xml === null ? NO_FORMATS : rememberedFormats(xml);
}

/**
 * Notes by cell address: the text of the <r> runs of each <comment>, or its plain <t> (openpyxl
 * writes that; ExcelJS reads runs only, so prepare-package.ts wraps a plain <t> in a run for it).
 */
export function readComments(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  let ref: string | null = null;
  let parts: string[] = [];
  let inText = false;
  let inRun = false;
  let inPhonetic = false;
  let text: string[] | null = null;
  scanXml(xml, {
    open(name, a) {
      if (name === 'comment') {
        ref = a.ref ?? null;
        parts = [];
      } else if (ref !== null && name === 'text') inText = true;
      else if (ref !== null && name === 'r') inRun = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && (inRun || (inText && !inPhonetic))) text = [];
    },
    text(t) {
      if (text) text.push(t);
    },
    close(name) {
      if (name === 't' && text) {
        parts.push(unescapeX(text.join('')));
        text = null;
      } else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'text') inText = false;
      else if (name === 'comment' && ref !== null) {
        out.set(ref, parts.join(''));
        ref = null;
      }
    },
  });
  return out;
}
