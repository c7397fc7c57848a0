/**
 * Small text-level XML tools for patching parts of an .xlsx in place: we change only the
 * elements we own and leave every other byte of a part as the writing program left it, which a
 * parse-and-serialise round trip would not (namespaces, attribute order, whitespace, mc:Ignorable).
 */
import { decodeEntities } from '../fast-read/xml-scan';

/** Text for an XML text node or attribute value. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export { decodeEntities };

/**
 * Text for a cell's or a note's <t>: Excel reads "_xHHHH_" there as an escaped character, so a
 * literal one (a unit may type it) is escaped in turn ("_x005F_" is "_").
 */
export function xmlText(s: string): string {
  return xmlEscape(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

/** The namespace prefix of the document's root element ("" or "x:"), e.g. for "<x:worksheet …>". */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

export interface Element {
  /** Local name (prefix stripped). */
  name: string;
  start: number;
  /** Just after the element's end tag (or after "/>"). */
  end: number;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * The child elements of the element whose content spans [from, to), top level only (nested
 * elements are skipped by depth). Comments, processing instructions and CDATA are skipped.
 */
export function childElements(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  TAG.lastIndex = from;
  let depth = 0;
  let open: { name: string; start: number } | null = null;
  for (let m = TAG.exec(xml); m && m.index < to; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue;
    const local = m[2].slice(m[2].indexOf(':') + 1);
    if (m[1] === '/') {
      depth--;
      if (depth === 0 && open) {
        out.push({ name: open.name, start: open.start, end: m.index + m[0].length });
        open = null;
      }
      if (depth < 0) break;
    } else if (m[4] === '/') {
      if (depth === 0) out.push({ name: local, start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 0) open = { name: local, start: m.index };
      depth++;
    }
  }
  return out;
}

/** Where the root element's content starts and ends (after its start tag, before its end tag). */
export function rootContent(xml: string, localName: string): { from: number; to: number } {
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}(?:[^>"']|"[^"]*"|'[^']*')*>`).exec(xml);
  if (!open) throw new Error(`no <${localName}> element`);
  if (open[0].endsWith('/>')) throw new Error(`empty <${localName}> element`);
  const close = xml.lastIndexOf(`</${open[1] ?? ''}${localName}>`);
  if (close < 0) throw new Error(`no </${localName}>`);
  return { from: open.index + open[0].length, to: close };
}

/** Position at which a child named `name` goes, given the schema's order of the parent's children. */
export function insertPosition(xml: string, content: { from: number; to: number }, order: readonly string[], name: string, skipFrom = content.from): number {
  const rank = order.indexOf(name);
  if (rank < 0) throw new Error(`unknown child ${name}`);
  for (const child of childElements(xml, skipFrom, content.to)) {
    const r = order.indexOf(child.name);
    if (r > rank) return child.start;
  }
  return content.to;
}

/** An attribute's value in a start tag (decoded), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

/** Replace (or add) an attribute in the start tag at the beginning of `element`. */
export function setAttr(element: string, name: string, value: string): string {
  const end = element.indexOf('>');
  const tag = element.slice(0, end);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const next = re.test(tag) ? tag.replace(re, `$1"${xmlEscape(value)}"`) : tag.replace(/\s*\/?$/, (t) => ` ${name}="${xmlEscape(value)}"${t.trim()}`);
  return next + element.slice(end);
}

/** Splice: replace [start, end) of `s` with `text`. */
export function splice(s: string, start: number, end: number, text: string): string {
  return s.slice(0, start) + text + s.slice(end);
}
