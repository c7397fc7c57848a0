/**
 * The styles part of a written workbook: each distinct CellStyle (sheet-spec.ts) becomes one cell
 * format, with its font, fill, border and number format shared, as ExcelJS writes them for the
 * same styles (excel-style.ts): only what the style sets, on top of Calibri 11.
 */
import type { CellStyle } from '../../engine/sheet-spec';
import { xmlText } from './xml-text';

/** Excel's built-in number formats (no numFmt element needed), as ExcelJS maps them. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11,
  '# ?/?': 12, '# ??/??': 13, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21, 'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37,
  '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40, 'mm:ss': 45,
  '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};

const argb = (hex: string): string => 'FF' + hex.replace(/^#/, '').toUpperCase();

const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const THIN = '<color rgb="FF000000"/>';
const ALL_THIN = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/**
 * Every field xf() reads, each told apart exactly (texts with their length, so no separator can
 * be mistaken for a character of a colour or a number format): equal keys give equal XML.
 */
function styleKey(s: CellStyle): string {
  const text = (t: string | undefined) => (t ? `${t.length}:${t}` : '-');
  return (
    (s.bold ? 'b' : '') + (s.italic ? 'i' : '') + (s.border ? 'o' : '') + (s.wrap ? 'w' : '') + (s.locked === false ? 'u' : '') +
    `|${s.fontSize || ''}|` + text(s.hAlign) + text(s.vAlign) + text(s.fontColor) + text(s.fill) + text(s.numberFormat)
  );
}

/** Keeps a table of distinct entries, each once, in order of first use. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: string[]) {
    first.forEach((x) => this.id(x));
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleTable {
  private readonly fonts = new Table([DEFAULT_FONT]);
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /**
   * Ids by a short key of what xf() reads: a style seen before (the builders make a fresh object
   * for most cells) costs one short string, not its XML and a lookup by that XML.
   */
  private readonly byKey = new Map<string, number>();
  /**
   * Ids by the style object itself: most cells share one of a few constant styles (cells.ts), so
   * they cost one lookup and no key. Styles are plain data never changed once made.
   */
  private readonly byObject = new WeakMap<CellStyle, number>();

  /** The cell format id ("s" attribute) of a style; 0 for none. */
  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    let id = this.byObject.get(style);
    if (id !== undefined) return id;
    const key = styleKey(style);
    id = this.byKey.get(key);
    if (id === undefined) {
      id = this.xfs.id(this.xf(style));
      this.byKey.set(key, id);
    }
    this.byObject.set(style, id);
    return id;
  }

  private xf(s: CellStyle): string {
    const attrs: string[] = [];
    const font = s.bold || s.italic || s.fontSize || s.fontColor
      ? this.fonts.id(
          '<font>' +
            (s.bold ? '<b/>' : '') +
            (s.italic ? '<i/>' : '') +
            (s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : '') +
            (s.fontSize ? `<sz val="${s.fontSize}"/>` : '') +
            '</font>',
        )
      : 0;
    const fill = s.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`) : 0;
    const border = s.border ? this.borders.id(ALL_THIN) : 0;
    const numFmt = s.numberFormat ? this.format(s.numberFormat) : 0;
    attrs.push(`numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`);
    if (numFmt) attrs.push('applyNumberFormat="1"');
    if (font) attrs.push('applyFont="1"');
    if (fill) attrs.push('applyFill="1"');
    if (border) attrs.push('applyBorder="1"');
    const align = s.wrap || s.hAlign || s.vAlign;
    if (align) attrs.push('applyAlignment="1"');
    if (s.locked === false) attrs.push('applyProtection="1"');
    const children =
      (align
        ? '<alignment' +
          (s.hAlign ? ` horizontal="${s.hAlign}"` : '') +
          (s.vAlign ? ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"` : '') +
          (s.wrap ? ' wrapText="1"' : '') +
          '/>'
        : '') + (s.locked === false ? '<protection locked="0"/>' : '');
    return children ? `<xf ${attrs.join(' ')}>${children}</xf>` : `<xf ${attrs.join(' ')}/>`;
  }

  private format(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
