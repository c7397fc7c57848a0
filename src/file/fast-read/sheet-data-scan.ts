/**
 * The rows of a worksheet's <sheetData> in the shape nearly every writer gives it, read with
 * indexOf and character codes: no attribute object, tag name or handler call per element (the
 * tokenizer's way, xml-scan.ts, costs several times more and a batch runs it for every cell).
 *
 * It takes only what it fully knows — <row> and <c> elements with their attributes, <v> and <f>
 * children holding plain text, whitespace —, builds the same RawRows as the tokenizer path of
 * sheet-xml.ts, and gives up (null) on anything else: inline strings, rich runs, a prefixed or
 * unknown element, a namespace declaration, a comment or CDATA, a row or cell without a usable
 * number or address. The caller then reads the part with the tokenizer, which gives the same
 * rows or throws what it throws; test/file/fast-read-sheet-data.test.ts compares the two paths.
 */
import { attr, decodeEntities, isSpace, nextAttr, tagEnd, textOf } from './xml-scan';
import { columnName, decodeAddress, type RawCell, type RawRow } from './raw-sheet';

/** A start tag read at `<`: where its attributes start and end, and where the tag ends. */
interface Tag {
  /** First character after the name. */
  attrs: number;
  /** End of the attributes (before "/>" or ">"). */
  attrsEnd: number;
  /** Index of the closing '>'. */
  end: number;
  selfClosing: boolean;
}

const tag: Tag = { attrs: 0, attrsEnd: 0, end: 0, selfClosing: false };

/**
 * The start tag `<name…` at `lt` (name already matched, `nameEnd` after it): false when the
 * character after the name cannot end a name (another element whose name starts alike).
 */
function readTag(xml: string, nameEnd: number): boolean {
  const c = xml.charCodeAt(nameEnd);
  // "<c/>" but not "<c/x>" (the tokenizer names that element "c/x").
  if (!(isSpace(c) || c === 62 /* > */ || (c === 47 /* / */ && xml.charCodeAt(nameEnd + 1) === 62))) return false;
  const e = tagEnd(xml, nameEnd);
  if (e < 0) return false;
  const selfClosing = xml.charCodeAt(e - 1) === 47;
  tag.attrs = nameEnd;
  tag.attrsEnd = selfClosing ? e - 1 : e;
  tag.end = e;
  tag.selfClosing = selfClosing;
  return true;
}

/**
 * Attribute values by name, as xml-scan.ts parseAttrs reads them (same tolerance, the last of a
 * repeated name wins), for the few names wanted. `found[k]` is set for `names[k]`, or undefined.
 * false when an attribute declares a namespace (the tokenizer would take it into account).
 */
function readAttrs(xml: string, from: number, to: number, names: readonly string[], found: (string | undefined)[]): boolean {
  for (let k = 0; k < names.length; k++) found[k] = undefined;
  for (let i = from; (i = nextAttr(xml, i, to)) >= 0; ) {
    const start = attr.nameStart;
    const len = attr.nameEnd - start;
    if (len >= 5 && xml.startsWith('xmlns', start)) return false;
    const first = xml.charCodeAt(start);
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (name.length === len && name.charCodeAt(0) === first && (len === 1 || xml.startsWith(name, start))) {
        found[k] = decodeEntities(xml.slice(attr.valueStart, attr.valueEnd));
        break;
      }
    }
  }
  return true;
}

const ROW_ATTRS = ['r', 'hidden'] as const;
const CELL_ATTRS = ['r', 's', 't'] as const;
const FORMULA_ATTRS = ['si', 't', 'ref'] as const;
const NO_NAMES: readonly string[] = [];
const values: (string | undefined)[] = [undefined, undefined, undefined];

/**
 * Plain text of an element whose start tag ended at `from - 1`, up to its end tag `close`
 * ("</v>"): the decoded text (possibly '': "&#x110000;"), undefined when there is no character
 * data at all (the tokenizer then reports no text), null when anything else comes first.
 * Sets `afterText`.
 */
let afterText = 0;
function plainText(xml: string, from: number, close: string): string | undefined | null {
  const lt = xml.indexOf('<', from);
  if (lt < 0 || !xml.startsWith(close, lt)) return null;
  afterText = lt + close.length;
  return lt > from ? textOf(xml.slice(from, lt)) : undefined;
}

/** The rows of the sheetData content between `from` and `to` (`to` at its "</sheetData>"), or null: see above. */
export function scanSheetData(xml: string, from: number, to: number): RawRow[] | null {
  const rows: RawRow[] = [];
  let row: RawRow | null = null;
  let prevCol = 0; // column of the previous cell of the row (0: none yet)
  let lastRow = 0;
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > to) return null;
    if (lt === to) return row === null ? rows : null;
    const next = xml.charCodeAt(lt + 1);
    if (next === 99 /* c */ && row !== null) {
      if (!readTag(xml, lt + 2)) return null;
      if (!readAttrs(xml, tag.attrs, tag.attrsEnd, CELL_ATTRS, values)) return null;
      const [r, s, t] = values;
      let address: string;
      let col: number;
      if (r === undefined) {
        col = prevCol + 1;
        address = columnName(col) + String(row.number);
      } else {
        const at = decodeAddress(r);
        if (!at) return null;
        address = r;
        col = at.col;
      }
      prevCol = col;
      const cell: RawCell = { address, col, t };
      if (s) cell.styleId = parseInt(s, 10);
      i = tag.end + 1;
      if (!tag.selfClosing) {
        // The cell's children: <v> and <f>; text between them is ignored, as by the tokenizer.
        for (;;) {
          const at = xml.indexOf('<', i);
          if (at < 0 || at >= to) return null;
          const kind = xml.charCodeAt(at + 1);
          if (kind === 47 /* / */) {
            if (!xml.startsWith('</c>', at)) return null;
            i = at + 4;
            break;
          }
          if (kind === 118 /* v */) {
            if (!readTag(xml, at + 2) || !readAttrs(xml, tag.attrs, tag.attrsEnd, NO_NAMES, values)) return null;
            cell.hasV = true;
            i = tag.end + 1;
            if (tag.selfClosing) continue;
            const text = plainText(xml, i, '</v>');
            if (text === null) return null;
            if (text !== undefined) cell.value = (cell.value ?? '') + text;
            i = afterText;
          } else if (kind === 102 /* f */) {
            if (!readTag(xml, at + 2)) return null;
            if (!readAttrs(xml, tag.attrs, tag.attrsEnd, FORMULA_ATTRS, values)) return null;
            cell.si = values[0];
            cell.shareType = values[1];
            cell.ref = values[2];
            i = tag.end + 1;
            if (tag.selfClosing) continue;
            const text = plainText(xml, i, '</f>');
            if (text === null) return null;
            if (text !== undefined) cell.formula = (cell.formula ?? '') + text;
            i = afterText;
          } else return null;
        }
      }
      row.cells.push(cell);
    } else if (next === 114 /* r */ && xml.startsWith('row', lt + 1)) {
      if (row !== null || !readTag(xml, lt + 4)) return null;
      if (!readAttrs(xml, tag.attrs, tag.attrsEnd, ROW_ATTRS, values)) return null;
      const [r, hidden] = values;
      // A row without r follows the previous one (as in sheet-xml.ts).
      const number = r === undefined ? lastRow + 1 : parseInt(r, 10);
      if (!(number >= 1)) return null;
      lastRow = number;
      const made: RawRow = { number, hidden: hidden === '1' || hidden === 'true', cells: [] };
      rows.push(made);
      prevCol = 0;
      row = tag.selfClosing ? null : made;
      i = tag.end + 1;
    } else if (next === 47 /* / */ && row !== null && xml.startsWith('</row>', lt)) {
      row = null;
      i = lt + 6;
    } else return null;
  }
}
