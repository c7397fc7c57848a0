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
import { columnName, decodeAddress, newRawCell, type RawCell, type RawRow } from './raw-sheet';

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

/**
 * Whether "</v></c>" starts at `at` (`at` holds a '<'), by character codes: it ends nearly every
 * cell, and a startsWith call per cell cost more than the rest of reading the value.
 */
function isVCellEnd(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at + 1) === 47 && xml.charCodeAt(at + 2) === 118 && xml.charCodeAt(at + 3) === 62 && xml.charCodeAt(at + 4) === 60 &&
    xml.charCodeAt(at + 5) === 47 && xml.charCodeAt(at + 6) === 99 && xml.charCodeAt(at + 7) === 62
  );
}

/**
 * The row number of a start tag that begins `<row r="123"` (digits, no leading zero, at most
 * nine), read by character codes, with `rowAttrsFrom` set after its closing quote; -1 for any
 * other start (then readAttrs reads every attribute).
 */
let rowAttrsFrom = 0;
function plainRowNumber(xml: string, lt: number): number {
  let i = lt + 4;
  if (xml.charCodeAt(i) !== 32 || xml.charCodeAt(i + 1) !== 114 /* r */ || xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34) return -1;
  i += 4;
  const from = i;
  let n = 0;
  let c = xml.charCodeAt(i);
  if (c === 48) return -1;
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = xml.charCodeAt(++i);
  }
  if (i === from || i - from > 9 || c !== 34) return -1;
  rowAttrsFrom = i + 1;
  return n;
}

/** What plainRowRest read (also set from the general reading of a row tag). */
const rowTag = { hidden: undefined as string | undefined, end: 0, selfClosing: false };

/** Whether c may be in an attribute name plainRowRest takes: ASCII letters, digits, "_", ":", ".", "-". */
const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;

/**
 * The rest of a row start tag after its `r="12"` as writers spell it: ` name="value"` pairs
 * (one space before each, no space around "=", double quotes), then ">" or "/>". Read by
 * character codes, each value stepped over with one search, into `rowTag` (its hidden value is
 * the last one, decoded, as readAttrs gives it). false on any other spelling, on another r and on
 * a namespace declaration, which readTag and readAttrs then read as before.
 */
function plainRowRest(xml: string, from: number): boolean {
  let hidden: string | undefined;
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) {
      rowTag.selfClosing = false;
      break;
    }
    if (c === 47 && xml.charCodeAt(i + 1) === 62) {
      rowTag.selfClosing = true;
      i++;
      break;
    }
    if (c !== 32) return false;
    const start = ++i;
    while (isNameChar(xml.charCodeAt(i))) i++;
    const len = i - start;
    if (len === 0 || xml.charCodeAt(i) !== 61 || xml.charCodeAt(i + 1) !== 34) return false;
    const close = xml.indexOf('"', i + 2);
    if (close < 0) return false;
    if (len === 1 && xml.charCodeAt(start) === 114 /* r */) return false;
    if (len >= 5 && xml.startsWith('xmlns', start)) return false;
    if (len === 6 && xml.startsWith('hidden', start)) hidden = decodeEntities(xml.slice(i + 2, close));
    i = close + 1;
  }
  rowTag.hidden = hidden;
  rowTag.end = i;
  return true;
}

/** What plainCellTag read. */
const cellTag = { address: '', col: 0, style: -1, t: undefined as string | undefined, end: 0, selfClosing: false };

/** The values of t that plainCellTag takes, as constants (no string made per cell). */
function cellType(xml: string, i: number): string | null {
  const c = xml.charCodeAt(i);
  if (xml.charCodeAt(i + 1) === 34 /* " */) {
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 101) return 'e';
    if (c === 100) return 'd';
    return null;
  }
  return c === 115 && xml.startsWith('tr"', i + 1) ? 'str' : null;
}

/**
 * The start tag of a cell as Excel and most libraries write it, `<c r="B12" s="3" t="s">` (s and
 * t optional, in this order, one space before each, upper-case letters, no entity): read by
 * character codes straight into `cellTag`. false on any other spelling, which readTag and
 * readAttrs then read (the same values for every tag this takes: the tests compare both paths).
 */
function plainCellTag(xml: string, lt: number): boolean {
  let i = lt + 2;
  if (xml.charCodeAt(i) !== 32 || xml.charCodeAt(i + 1) !== 114 /* r */ || xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34) return false;
  i += 4;
  const start = i;
  let col = 0;
  let c = xml.charCodeAt(i);
  while (c >= 65 && c <= 90) {
    col = col * 26 + (c - 64);
    c = xml.charCodeAt(++i);
  }
  if (i === start || i - start > 3) return false;
  const digits = i;
  while (c >= 48 && c <= 57) c = xml.charCodeAt(++i);
  if (i === digits || c !== 34) return false;
  const address = xml.slice(start, i);
  i++;
  let style = -1;
  if (xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === 115 /* s */ && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
    i += 4;
    const from = i;
    style = 0;
    c = xml.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      style = style * 10 + (c - 48);
      c = xml.charCodeAt(++i);
    }
    if (i === from || i - from > 9 || c !== 34) return false;
    i++;
  }
  let t: string | undefined;
  if (xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === 116 /* t */ && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
    const type = cellType(xml, i + 4);
    if (type === null) return false;
    t = type;
    i += 5 + type.length;
  }
  c = xml.charCodeAt(i);
  if (c === 62 /* > */) cellTag.selfClosing = false;
  else if (c === 47 && xml.charCodeAt(i + 1) === 62) {
    cellTag.selfClosing = true;
    i++;
  } else return false;
  cellTag.address = address;
  cellTag.col = col;
  cellTag.style = style;
  cellTag.t = t;
  cellTag.end = i;
  return true;
}

/** The rows of the sheetData content between `from` and `to` (`to` at its "</sheetData>"), or null: see above. */
export function scanSheetData(xml: string, from: number, to: number): RawRow[] | null {
  const rows: RawRow[] = [];
  // Whether any value may hold an entity or a CR (asked once, not of every value).
  const amp = xml.indexOf('&', from);
  const cr = xml.indexOf('\r', from);
  const decode = (amp >= 0 && amp < to) || (cr >= 0 && cr < to);
  let row: RawRow | null = null;
  let prevCol = 0; // column of the previous cell of the row (0: none yet)
  let lastRow = 0;
  let i = from;
  for (;;) {
    // (The next tag nearly always follows the last at once: no search call for it.)
    const lt = xml.charCodeAt(i) === 60 ? i : xml.indexOf('<', i);
    if (lt < 0 || lt > to) return null;
    if (lt === to) return row === null ? rows : null;
    const next = xml.charCodeAt(lt + 1);
    if (next === 99 /* c */ && row !== null) {
      let cell: RawCell;
      let selfClosing: boolean;
      if (plainCellTag(xml, lt)) {
        cell = newRawCell(cellTag.address, cellTag.col, cellTag.t, cellTag.style >= 0 ? cellTag.style : undefined);
        i = cellTag.end + 1;
        selfClosing = cellTag.selfClosing;
      } else {
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
        cell = newRawCell(address, col, t, s ? parseInt(s, 10) : undefined);
        i = tag.end + 1;
        selfClosing = tag.selfClosing;
      }
      prevCol = cell.col;
      // The usual content, "<v>text</v></c>", at once; anything else by the loop below.
      if (!selfClosing && xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 118 && xml.charCodeAt(i + 2) === 62) {
        // (A value is a few characters: a loop costs less than a search call.)
        let end = i + 3;
        while (end < to && xml.charCodeAt(end) !== 60) end++;
        if (end < to && isVCellEnd(xml, end)) {
          cell.hasV = true;
          if (end > i + 3) cell.value = decode ? textOf(xml.slice(i + 3, end)) : xml.slice(i + 3, end);
          i = end + 8;
          row.cells.push(cell);
          continue;
        }
      }
      if (!selfClosing) {
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
            cell.hasV = true;
            if (xml.charCodeAt(at + 2) === 62 /* <v> */) i = at + 3;
            else {
              if (!readTag(xml, at + 2) || !readAttrs(xml, tag.attrs, tag.attrsEnd, NO_NAMES, values)) return null;
              i = tag.end + 1;
              if (tag.selfClosing) continue;
            }
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
      if (row !== null) return null;
      // The usual `<row r="12" …>`: its number by character codes, the other attributes read as
      // usual (another r among them wins, as the last of a repeated name does).
      const plain = plainRowNumber(xml, lt);
      let number: number;
      let hidden: string | undefined;
      if (plain >= 0 && plainRowRest(xml, rowAttrsFrom)) {
        number = plain;
        hidden = rowTag.hidden;
      } else {
        if (!readTag(xml, lt + 4)) return null;
        if (!readAttrs(xml, plain >= 0 ? rowAttrsFrom : tag.attrs, tag.attrsEnd, ROW_ATTRS, values)) return null;
        const r = values[0];
        hidden = values[1];
        // A row without r follows the previous one (as in sheet-xml.ts).
        number = r !== undefined ? parseInt(r, 10) : plain >= 0 ? plain : lastRow + 1;
        if (!(number >= 1)) return null;
        rowTag.end = tag.end;
        rowTag.selfClosing = tag.selfClosing;
      }
      lastRow = number;
      const made: RawRow = { number, hidden: hidden === '1' || hidden === 'true', cells: [] };
      rows.push(made);
      prevCol = 0;
      row = rowTag.selfClosing ? null : made;
      i = rowTag.end + 1;
    } else if (next === 47 /* / */ && row !== null && xml.startsWith('</row>', lt)) {
      row = null;
      i = lt + 6;
    } else return null;
  }
}
