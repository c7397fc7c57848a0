/**
 * A results workbook written sheet by sheet, straight from SheetSpecs (src/engine/sheet-spec.ts),
 * without building an ExcelJS model: each sheet's XML is made, deflated and dropped before the
 * next, so memory holds one sheet at a time plus the compressed package, the shared strings and
 * the styles. It writes what write-sheet.ts writes for the same specs (sheet-part.ts says how),
 * with the workbook's title, creator and keywords in its document properties.
 *
 * Node only (zlib). The browser page keeps ExcelJS (file-workbook.ts).
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { cellText, safeSheetSpec, xmlSafe } from '../../engine/cell-text';
import type { SheetSpec, SpecValue } from '../../engine/sheet-spec';
import { isRowsSheet, type AnySheet, type RowBlock, type RowsSheet } from '../../engine/results/sheet-rows';
import { rowsSheetPart, sheetPart, type StringTable } from './sheet-part';
import { StyleTable } from './styles';
import { tElement, xmlText } from './xml-text';
import { TextChunks } from './text-chunks';
import { MemorySink, ZipWriter, type PartText, type ZipSink } from './zip-writer';

export interface WorkbookProperties {
  creator?: string;
  title?: string;
  keywords?: string;
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

class SharedStrings implements StringTable {
  private readonly index = new Map<string, number>();
  /** The <si> elements in order, encoded as they come (not 10,000 small strings). */
  private readonly items = new TextChunks();
  private unique = 0;
  count = 0;
  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.unique++;
      this.items.add(`<si>${tElement(text)}</si>`);
      this.index.set(text, i);
    }
    return i;
  }
  write(out: PartText): void {
    out.text(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.unique}">`,
    );
    this.items.writeTo(out);
    out.text('</sst>');
  }
}

/** Whether safeSheetSpec leaves this value as it is (no forbidden character, not too long). */
function cleanValue(v: SpecValue): boolean {
  if (v === null || 'number' in v) return true;
  if ('text' in v) return cellText(v.text) === v.text;
  if ('formula' in v) return xmlSafe(v.formula) === v.formula && (typeof v.result !== 'string' || cellText(v.result) === v.result);
  return cellText(v.link.text) === v.link.text && (!v.link.url || xmlSafe(v.link.url) === v.link.url);
}

/**
 * The spec as safeSheetSpec makes it, without its copy of every cell when no text changes (the
 * usual case: a results workbook's 175,000 cells were copied for nothing). Specs with
 * validations or page headers and footers (a few small sheets) take the copy.
 */
function cleanSpec(spec: SheetSpec): SheetSpec {
  if (spec.validations || spec.print?.header || spec.print?.footer) return safeSheetSpec(spec);
  for (const c of spec.cells) if (!cleanValue(c.value)) return safeSheetSpec(spec);
  return spec;
}

/** Each block as safeSheetSpec leaves its cells (copied only when one of its texts changes). */
function* cleanBlocks(name: string, blocks: Iterable<RowBlock>): Generator<RowBlock> {
  for (const b of blocks) {
    if (b.cells.every((c) => cleanValue(c.value))) yield b;
    else yield { cells: safeSheetSpec({ name, cells: b.cells }).cells, merges: b.merges };
  }
}

/** A sheet given in blocks, as cleanSpec leaves a whole spec: its page header and footer, then each block. */
function cleanRowsSheet(sheet: RowsSheet): RowsSheet {
  const { blocks, ...frame } = sheet;
  const print = frame.print?.header || frame.print?.footer ? safeSheetSpec({ ...frame, cells: [] }).print : frame.print;
  return { ...frame, print, blocks: cleanBlocks(sheet.name, blocks) };
}

/** The default Office theme ExcelJS writes (its fonts and colours are what "theme" colours mean). */
function themeXml(): string {
  try {
    const req = createRequire(__filename);
    return fs.readFileSync(path.join(path.dirname(req.resolve('exceljs/package.json')), 'lib', 'xlsx', 'xml', 'theme1.xml'), 'utf8');
  } catch {
    return '';
  }
}

export class StreamedWorkbook {
  private readonly zip: ZipWriter;
  private readonly styles = new StyleTable();
  private readonly strings = new SharedStrings();
  private readonly sheets: { name: string; state: 'visible' | 'hidden' | 'veryHidden'; printTitles: string | null }[] = [];
  private readonly names = new Set<string>();

  /** `sink` takes the package's bytes as they are made (see toBuffer for a workbook in memory). */
  constructor(
    private readonly properties: WorkbookProperties,
    sink: ZipSink,
  ) {
    this.zip = new ZipWriter(sink);
  }

  /** The whole package in memory: each spec written, then finished. */
  static toBuffer(specs: Iterable<AnySheet>, properties: WorkbookProperties = {}, now = new Date()): Buffer {
    const sink = new MemorySink();
    const book = new StreamedWorkbook(properties, sink);
    for (const spec of specs) book.addSheet(spec);
    book.finish(now);
    return sink.bytes();
  }

  /**
   * Write one sheet now; its spec may be dropped as soon as this returns. A sheet given in blocks
   * of rows (sheet-rows.ts) is written a block at a time, as its blocks are built.
   */
  addSheet(given: AnySheet): void {
    const spec = isRowsSheet(given) ? cleanRowsSheet(given) : cleanSpec(given);
    const key = spec.name.toLocaleLowerCase('vi');
    if (this.names.has(key)) throw new Error(`two sheets named "${spec.name}"`);
    this.names.add(key);
    const n = this.sheets.length + 1;
    const part = this.zip.addWritten(`xl/worksheets/sheet${n}.xml`, (out) =>
      isRowsSheet(spec) ? rowsSheetPart(spec, this.styles, this.strings, out) : sheetPart(spec, this.styles, this.strings, out),
    );
    if (part.rels) this.zip.addWritten(`xl/worksheets/_rels/sheet${n}.xml.rels`, part.rels);
    this.sheets.push({ name: spec.name, state: spec.visibility ?? 'visible', printTitles: part.printTitles });
  }

  /** The parts that list the sheets, then the zip's directory: the package is then complete. */
  finish(now = new Date()): void {
    const { sheets } = this;
    if (sheets.length === 0) throw new Error('a workbook needs a sheet');
    const theme = themeXml();
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    // The parts that list every sheet are written a sheet at a time (10,000 unit sheets: ≈ 4 MB
    // of XML that was made as whole strings, and arrays of them, at the very end of the run).
    const each = (out: PartText, line: (s: (typeof sheets)[number], i: number) => string) => {
      for (const [i, s] of sheets.entries()) out.text(line(s, i));
    };
    this.zip.addWritten('[Content_Types].xml', (out) => {
      out.text(
        head +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
      );
      each(out, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
      out.text(
        (theme ? `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` : '') +
          `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
          `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
          '</Types>',
      );
    });
    this.zip.add(
      '_rels/.rels',
      head +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    );
    // rId1 styles, rId2 theme, rId3 shared strings, then the sheets (as ExcelJS numbers them).
    const sheetRel = (i: number) => `rId${i + 4}`;
    this.zip.addWritten('xl/_rels/workbook.xml.rels', (out) => {
      out.text(
        head +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/>` +
          (theme ? `<Relationship Id="rId2" Type="${NS_REL}/theme" Target="theme/theme1.xml"/>` : '') +
          `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
      );
      each(out, (_, i) => `<Relationship Id="${sheetRel(i)}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
      out.text('</Relationships>');
    });
    this.zip.addWritten('xl/workbook.xml', (out) => {
      out.text(
        head +
          `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
          '<workbookPr/>' +
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews>' +
          '<sheets>',
      );
      each(out, (s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state === 'visible' ? '' : ` state="${s.state}"`} r:id="${sheetRel(i)}"/>`);
      out.text('</sheets>');
      if (sheets.some((s) => s.printTitles)) {
        out.text('<definedNames>');
        each(out, (s, i) => (s.printTitles ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(s.printTitles)}</definedName>` : ''));
        out.text('</definedNames>');
      }
      out.text('<calcPr calcId="171027"/></workbook>');
    });
    this.zip.add('xl/styles.xml', this.styles.xml());
    if (theme) this.zip.add('xl/theme/theme1.xml', theme);
    this.zip.addWritten('xl/sharedStrings.xml', (out) => this.strings.write(out));
    const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const p = this.properties;
    this.zip.add(
      'docProps/core.xml',
      head +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        (p.creator ? `<dc:creator>${xmlText(p.creator)}</dc:creator>` : '') +
        (p.title ? `<dc:title>${xmlText(p.title)}</dc:title>` : '') +
        (p.keywords ? `<cp:keywords>${xmlText(p.keywords)}</cp:keywords>` : '') +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
        '</cp:coreProperties>',
    );
    this.zip.addWritten('docProps/app.xml', (out) => {
      out.text(
        head +
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
          '<Application>Microsoft Excel</Application>' +
          `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
          `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">`,
      );
      each(out, (s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`);
      out.text('</vt:vector></TitlesOfParts></Properties>');
    });
    this.zip.finish();
  }
}
