/**
 * Text we write into a workbook, made safe for it (issue 14): characters XML 1.0 forbids
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF, lone surrogates) are dropped,
 * since one of them in a unit name makes the whole saved workbook unreadable; and a text longer
 * than Excel's cell limit (32,767 characters) is cut, ending in a note that says so.
 * Both adapters render a SheetSpec through safeSheetSpec, so the rule lives here once.
 */
import type { PrintLine, SheetSpec, SpecValue } from './sheet-spec';

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Ends a text cut to the cell limit: the reader sees it was cut. */
export const CUT_NOTE = '… [đã cắt bớt / text cut]';

// Lone surrogates: a high one not followed by a low one, a low one not preceded by a high one.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids (tab, line feed and carriage return stay). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** XML-safe and at most `limit` characters (UTF-16 units, as Excel counts), never splitting a surrogate pair. */
export function cellText(text: string, limit = EXCEL_CELL_LIMIT): string {
  const clean = xmlSafe(text);
  if (clean.length <= limit) return clean;
  let end = limit - CUT_NOTE.length;
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return clean.slice(0, end) + CUT_NOTE;
}

function safeValue(value: SpecValue): SpecValue {
  if (value === null) return null;
  if ('text' in value) return { text: cellText(value.text) };
  if ('number' in value) return value;
  if ('formula' in value) {
    const formula = xmlSafe(value.formula);
    if (typeof value.result === 'string') return { formula, result: cellText(value.result) };
    return value.result === undefined ? { formula } : { formula, result: value.result };
  }
  return { link: { ...value.link, text: cellText(value.link.text), ...(value.link.url ? { url: xmlSafe(value.link.url) } : {}) } };
}

const safeLine = (line: PrintLine | undefined): PrintLine | undefined =>
  line && {
    ...(line.left !== undefined ? { left: xmlSafe(line.left) } : {}),
    ...(line.center !== undefined ? { center: xmlSafe(line.center) } : {}),
    ...(line.right !== undefined ? { right: xmlSafe(line.right) } : {}),
  };

/** The spec with every text it writes made safe (the spec given is not changed). Sheet names are left as they are. */
export function safeSheetSpec(spec: SheetSpec): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({ ...c, value: safeValue(c.value) })),
    ...(spec.validations
      ? {
          validations: spec.validations.map((v) => ({
            ...v,
            ...(v.prompt !== undefined ? { prompt: xmlSafe(v.prompt) } : {}),
            ...(v.error !== undefined ? { error: xmlSafe(v.error) } : {}),
            ...(v.list ? { list: v.list.map((s) => cellText(s)) } : {}),
          })),
        }
      : {}),
    ...(spec.print
      ? {
          print: {
            ...spec.print,
            ...(spec.print.footer ? { footer: safeLine(spec.print.footer) } : {}),
            ...(spec.print.header ? { header: safeLine(spec.print.header) } : {}),
          },
        }
      : {}),
  };
}
