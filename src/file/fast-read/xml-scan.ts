/**
 * A small, tolerant XML tokenizer: enough for the parts of an .xlsx (no DTDs). Namespaces are
 * resolved only as far as .xlsx writers differ: a prefix bound to the SpreadsheetML or package
 * namespace is dropped ("x:c" → "c", as the OpenXML SDK writes), and an attribute in the
 * relationships namespace is named "r:…" whatever its prefix ("relationships:id" → "r:id").
 * Text (CDATA included) and attribute values have the XML entities decoded. Far faster than a
 * full parser because it only does indexOf scans and builds no tree.
 */
import { FastReadError } from './errors';

export type Attrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text?(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(_m: string, body: string): string {
  switch (body) {
    case 'lt': return '<';
    case 'gt': return '>';
    case 'amp': return '&';
    case 'quot': return '"';
    case 'apos': return "'";
    default: {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
  }
}

export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity);
}

/** Raw character data → text: XML line-end normalisation (as a SAX parser does), then entities. */
export function textOf(raw: string): string {
  return decodeEntities(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
}

/** No attributes: one shared, frozen object (most elements of a sheet: <v>, <f>, <t>, <row> in some writers). */
const NO_ATTRS: Attrs = Object.freeze({}) as Attrs;

export const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Where the attribute nextAttr found lies: its name [nameStart, nameEnd), its raw value [valueStart, valueEnd). */
export const attr = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * The next attribute from `i` up to `to` (a start tag's body after its name): name="value" or
 * name='value', whitespace allowed around "=". Sets `attr` and returns the index after its closing
 * quote; -1 when there is no further attribute (an unclosed quote ends the scan). A name with no
 * "=" or an unquoted value is skipped. Scanned by character codes rather than a regular expression,
 * as the reader runs it for every cell of a batch; the one grammar of both readers (parseAttrs
 * here, readAttrs in sheet-data-scan.ts), so the fast path and the tokenizer cannot drift apart.
 */
export function nextAttr(xml: string, i: number, to: number): number {
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (c = xml.charCodeAt(i)) !== 61 && c !== 47 && !isSpace(c)) i++;
    if (i === start) {
      i++; // a stray "/" or "="
      continue;
    }
    const nameEnd = i;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) continue;
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return -1;
    attr.nameStart = start;
    attr.nameEnd = nameEnd;
    attr.valueStart = i + 1;
    attr.valueEnd = close;
    return close + 1;
  }
  return -1;
}

/** The attributes between `from` and `to`, by name (the last of a repeated name wins). */
function parseAttrs(xml: string, from: number, to: number): Attrs {
  let out: Attrs | null = null;
  for (let i = from; (i = nextAttr(xml, i, to)) >= 0; ) {
    (out ??= {})[xml.slice(attr.nameStart, attr.nameEnd)] = decodeEntities(xml.slice(attr.valueStart, attr.valueEnd));
  }
  return out ?? NO_ATTRS;
}

/** End of a start tag: the '>' that is not inside a quoted attribute value. */
export function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

/** Namespaces whose elements the readers know by their local names. */
const MAIN_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
]);
const REL_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/** Prefix bookkeeping: declarations are taken as global to the part (writers declare them on the root). */
class Prefixes {
  main = new Set<string>();
  rel = new Set<string>();
  any = false;

  declare(attrs: Attrs): void {
    for (const key of Object.keys(attrs)) {
      if (!key.startsWith('xmlns:')) continue;
      const prefix = key.slice(6);
      if (MAIN_NAMESPACES.has(attrs[key])) this.main.add(prefix);
      else if (REL_NAMESPACES.has(attrs[key]) && prefix !== 'r') this.rel.add(prefix);
      this.any = this.main.size > 0 || this.rel.size > 0;
    }
  }

  element(name: string): string {
    const i = name.indexOf(':');
    return i > 0 && this.main.has(name.slice(0, i)) ? name.slice(i + 1) : name;
  }

  attrs(a: Attrs): Attrs {
    if (this.rel.size === 0) return a;
    for (const key of Object.keys(a)) {
      const i = key.indexOf(':');
      if (i > 0 && this.rel.has(key.slice(0, i))) a['r:' + key.slice(i + 1)] ??= a[key];
    }
    return a;
  }
}

function hasXmlns(attrs: Attrs): boolean {
  for (const key in attrs) if (key.startsWith('xmlns:')) return true;
  return false;
}

/** Whether the name at [from, to) is one of `names` (compared in place: no string made). */
function isOneOf(xml: string, from: number, to: number, names: readonly string[]): boolean {
  const len = to - from;
  for (let k = 0; k < names.length; k++) if (names[k].length === len && xml.startsWith(names[k], from)) return true;
  return false;
}

/** Whether [from, to) is a non-empty run of printable ASCII without spaces. */
function plainName(xml: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

/**
 * Calls `h` for each element and text of the part, in document order. With `only`, open and close
 * are called for the elements of those (local) names alone, and no text is reported: a part's
 * other elements are stepped over without reading their names or attributes — except a start tag
 * that may declare a namespace prefix, which is read as before, so the names reported are the
 * ones a full scan reports (the small parts of a package have a few wanted elements among many).
 */
export function scanXml(xml: string, h: XmlHandler, only?: readonly string[]): void {
  const ns = new Prefixes();
  let pos = 0;
  const n = xml.length;
  // Where the next "xmlns:" is (a start tag before it declares no prefix); -1: none further.
  let nextXmlns = only ? xml.indexOf('xmlns:') : -1;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const stop = lt < 0 ? n : lt;
    if (h.text && !only && stop > pos) h.text(textOf(xml.slice(pos, stop)));
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) throw new FastReadError('unterminated processing instruction');
      pos = e + 2;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) throw new FastReadError('unterminated comment');
        pos = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) throw new FastReadError('unterminated CDATA');
        if (h.text && !only) h.text(xml.slice(lt + 9, e));
        pos = e + 3;
      } else {
        const e = xml.indexOf('>', lt + 2);
        if (e < 0) throw new FastReadError('unterminated declaration');
        pos = e + 1;
      }
    } else if (next === 47 /* / */) {
      const e = xml.indexOf('>', lt + 2);
      if (e < 0) throw new FastReadError('unterminated end tag');
      pos = e + 1;
      // Stepped over unread only when the name is plain (trim() would change nothing).
      if (only && !ns.any && plainName(xml, lt + 2, e) && !isOneOf(xml, lt + 2, e, only)) continue;
      const name = xml.slice(lt + 2, e).trim();
      const local = ns.any ? ns.element(name) : name;
      if (!only || only.includes(local)) h.close(local);
    } else {
      const e = tagEnd(xml, lt + 1);
      if (e < 0) throw new FastReadError('unterminated start tag');
      const selfClosing = xml.charCodeAt(e - 1) === 47;
      const end = selfClosing ? e - 1 : e;
      let k = lt + 1;
      while (k < end && !isSpace(xml.charCodeAt(k))) k++;
      if (only) {
        if (nextXmlns >= 0 && nextXmlns < lt) nextXmlns = xml.indexOf('xmlns:', lt);
        const declares = nextXmlns >= 0 && nextXmlns < end;
        if (!declares && !ns.any && !isOneOf(xml, lt + 1, k, only)) {
          pos = e + 1;
          continue;
        }
      }
      let name = xml.slice(lt + 1, k);
      let attrs = k < end ? parseAttrs(xml, k, end) : NO_ATTRS;
      if (attrs !== NO_ATTRS && hasXmlns(attrs)) ns.declare(attrs);
      if (ns.any) {
        name = ns.element(name);
        attrs = ns.attrs(attrs);
      }
      pos = e + 1;
      if (only && !only.includes(name)) continue;
      h.open(name, attrs);
      if (selfClosing) h.close(name);
    }
  }
}
