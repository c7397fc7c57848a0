/**
 * A small, tolerant XML tokenizer: enough for the parts of an .xlsx (no DTDs, no namespaces
 * resolved — element names are kept as written, e.g. "c", "x:c", as ExcelJS's SAX parser does).
 * Text and attribute values have the XML entities decoded. Far faster than a full parser
 * because it only does indexOf scans and builds no tree.
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
function textOf(raw: string): string {
  return decodeEntities(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Attrs {
  const out: Attrs = {};
  if (s.indexOf('=') < 0) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s)) !== null) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** End of a start tag: the '>' that is not inside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
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

export function scanXml(xml: string, h: XmlHandler): void {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const stop = lt < 0 ? n : lt;
    if (h.text && stop > pos) h.text(textOf(xml.slice(pos, stop)));
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
        if (h.text) h.text(xml.slice(lt + 9, e));
        pos = e + 3;
      } else {
        const e = xml.indexOf('>', lt + 2);
        if (e < 0) throw new FastReadError('unterminated declaration');
        pos = e + 1;
      }
    } else if (next === 47 /* / */) {
      const e = xml.indexOf('>', lt + 2);
      if (e < 0) throw new FastReadError('unterminated end tag');
      h.close(xml.slice(lt + 2, e).trim());
      pos = e + 1;
    } else {
      const e = tagEnd(xml, lt + 1);
      if (e < 0) throw new FastReadError('unterminated start tag');
      const selfClosing = xml.charCodeAt(e - 1) === 47;
      const body = xml.slice(lt + 1, selfClosing ? e - 1 : e);
      let k = 0;
      while (k < body.length && !/[\s]/.test(body[k])) k++;
      const name = body.slice(0, k);
      h.open(name, parseAttrs(body.slice(k)));
      if (selfClosing) h.close(name);
      pos = e + 1;
    }
  }
}
