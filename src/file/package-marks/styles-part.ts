/**
 * What our marks need from the styles part: a differential format (dxf) per flag look, and cell
 * formats (xf) for the "Kết quả kiểm tra" sheet. Entries are appended (existing indexes never
 * move, so the workbook's own cells keep their formats) and an identical entry is reused, so
 * flagging a copy again does not grow the part.
 */
import { FLAG_LOOK } from '../../engine/flags/format';
import type { Severity } from '../../engine/findings/finding';
import type { CellStyle } from '../../engine/sheet-spec';
import { childElements, insertPosition, rootContent, rootPrefix, setAttr, splice, xmlEscape } from './xml-text';

const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type ListName = (typeof STYLESHEET_ORDER)[number];

const LINE = { solid: 'thin', dashed: 'dashed', dotted: 'dotted' } as const;

/** The dxf of a flag look, as Excel writes one (font, fill, border in the schema's order). */
export function flagDxf(severity: Severity, p = ''): string {
  const look = FLAG_LOOK[severity];
  const side = (s: string) => `<${p}${s} style="${LINE[look.line]}"><${p}color rgb="FF${look.borderColor}"/></${p}${s}>`;
  return (
    `<${p}dxf><${p}font>${look.bold ? `<${p}b/>` : ''}${look.italic ? `<${p}i/>` : ''}<${p}color rgb="FF${look.fontColor}"/></${p}font>` +
    `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="FF${look.fill}"/></${p}patternFill></${p}fill>` +
    `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}</${p}border></${p}dxf>`
  );
}

/** A styles part being added to. */
export class StylesPart {
  private readonly prefix: string;

  constructor(public xml: string) {
    this.prefix = rootPrefix(xml, 'styleSheet');
  }

  static empty(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }

  /** The entries of a list ("dxfs", "fonts", …) as text, and where the list is. */
  private list(name: ListName): { start: number; end: number; innerFrom: number; innerTo: number; items: string[] } | null {
    const content = rootContent(this.xml, 'styleSheet');
    const el = childElements(this.xml, content.from, content.to).find((c) => c.name === name);
    if (!el) return null;
    const text = this.xml.slice(el.start, el.end);
    const open = text.indexOf('>') + 1;
    if (text[open - 2] === '/') return { start: el.start, end: el.end, innerFrom: el.end, innerTo: el.end, items: [] };
    const closeAt = text.lastIndexOf('</');
    const items = childElements(text, open, closeAt).map((c) => text.slice(c.start, c.end));
    return { start: el.start, end: el.end, innerFrom: el.start + open, innerTo: el.start + closeAt, items };
  }

  /** Index of `item` in the list, appending it when no identical entry is there. */
  add(name: ListName, item: string): number {
    const list = this.list(name);
    const p = this.prefix;
    if (!list) {
      const content = rootContent(this.xml, 'styleSheet');
      const at = insertPosition(this.xml, content, STYLESHEET_ORDER, name);
      this.xml = splice(this.xml, at, at, `<${p}${name} count="1">${item}</${p}${name}>`);
      return 0;
    }
    const found = list.items.indexOf(item);
    if (found >= 0) return found;
    const count = list.items.length + 1;
    if (list.innerFrom === list.end) {
      // <dxfs count="0"/>: open it up.
      this.xml = splice(this.xml, list.start, list.end, `<${p}${name} count="${count}">${item}</${p}${name}>`);
    } else {
      this.xml = splice(this.xml, list.innerTo, list.innerTo, item);
      const startTagEnd = this.xml.indexOf('>', list.start) + 1;
      this.xml = splice(this.xml, list.start, startTagEnd, setAttr(this.xml.slice(list.start, startTagEnd), 'count', String(count)));
    }
    return list.items.length;
  }

  dxf(severity: Severity): number {
    return this.add('dxfs', flagDxf(severity, this.prefix));
  }

  /** The workbook's default font (the first), to which bold / size / colour are added. */
  private baseFont(): { name: string; size: number } {
    const fonts = this.list('fonts')?.items ?? [];
    const first = fonts[0] ?? '';
    const name = /<(?:[\w.-]+:)?name\s+val="([^"]*)"/.exec(first)?.[1] ?? 'Calibri';
    const size = Number(/<(?:[\w.-]+:)?sz\s+val="([^"]*)"/.exec(first)?.[1] ?? 11) || 11;
    return { name, size };
  }

  private numFmtId(code: string): number {
    const list = this.list('numFmts');
    const p = this.prefix;
    let max = 163;
    for (const item of list?.items ?? []) {
      const id = Number(/numFmtId="(\d+)"/.exec(item)?.[1]);
      if (/formatCode="([^"]*)"/.exec(item)?.[1] === xmlEscape(code)) return id;
      max = Math.max(max, id);
    }
    this.add('numFmts', `<${p}numFmt numFmtId="${max + 1}" formatCode="${xmlEscape(code)}"/>`);
    return max + 1;
  }

  /** A cell format (xf index) for a spec style. */
  xf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const p = this.prefix;
    const base = this.baseFont();
    const font =
      `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}<${p}sz val="${style.fontSize ?? base.size}"/>` +
      `${style.fontColor ? `<${p}color rgb="FF${style.fontColor.toUpperCase()}"/>` : ''}<${p}name val="${xmlEscape(base.name)}"/></${p}font>`;
    const fontId = this.add('fonts', font);
    const fillId = style.fill
      ? this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${style.fill.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const thin = (s: string) => `<${p}${s} style="thin"><${p}color rgb="FF000000"/></${p}${s}>`;
    const borderId = style.border ? this.add('borders', `<${p}border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<${p}diagonal/></${p}border>`) : 0;
    const numFmtId = style.numberFormat ? this.numFmtId(style.numberFormat) : 0;
    const align =
      style.wrap || style.hAlign || style.vAlign
        ? `<${p}alignment${style.hAlign ? ` horizontal="${style.hAlign}"` : ''}${style.vAlign ? ` vertical="${style.vAlign === 'middle' ? 'center' : style.vAlign}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const protection = style.locked === false ? `<${p}protection locked="0"/>` : '';
    const applies =
      ` applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${numFmtId ? ' applyNumberFormat="1"' : ''}` +
      `${align ? ' applyAlignment="1"' : ''}${protection ? ' applyProtection="1"' : ''}`;
    const inner = align + protection;
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${inner ? `>${inner}</${p}xf>` : '/>'}`;
    return this.add('cellXfs', xf);
  }
}
