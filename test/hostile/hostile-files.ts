/**
 * Hostile inputs made at test time, small on disk (issue 14): zips whose directory lies, bombs,
 * entries sharing one stream, sheets with absurd rows, columns and merges, criteria sets too big
 * or too deep. Written byte by byte (a tiny zip writer) because the point is to write what no
 * honest library writes. Used by test/hostile/*.test.ts and bench/hostile.bench.ts.
 */
import { constants, deflateRawSync } from 'zlib';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One zip entry as written: `data` already compressed when method is 8. */
export interface ZipEntry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** Uncompressed size written in the headers (the truth unless a test wants a lie). */
  size: number;
  crc?: number;
  /** Central-directory entries only, pointing at an earlier entry's local header (by index). */
  sameAs?: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A deflated entry with its true size and CRC. */
export function deflated(name: string, text: string | Uint8Array): ZipEntry {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, method: 8, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

/** Write the zip: local headers and data for entries without `sameAs`, a central entry for every one. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    if (e.sameAs !== undefined) {
      offsets[i] = offsets[e.sameAs];
      return;
    }
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(e.crc ?? 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size >>> 0, 22);
    h.writeUInt16LE(name.length, 26);
    offsets[i] = at;
    chunks.push(h, name, Buffer.from(e.data));
    at += 30 + name.length + e.data.length;
  });
  const cdStart = at;
  for (const [i, e] of entries.entries()) {
    const src = e.sameAs !== undefined ? entries[e.sameAs] : e;
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x800, 8);
    h.writeUInt16LE(src.method, 10);
    h.writeUInt32LE(src.crc ?? 0, 16);
    h.writeUInt32LE(src.data.length, 20);
    h.writeUInt32LE(e.size >>> 0, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt32LE(offsets[i], 42);
    chunks.push(h, name);
    at += 46 + name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(at - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

/**
 * A deflate stream of `head`, then `bytes` spaces, then `tail`, built without deflating them all:
 * one megabyte of spaces is deflated once (sync flush, so it ends on a byte boundary with no back
 * reference before its own start) and repeated. 1 GB costs about 1 MB.
 */
export function spacesStream(head: string, bytes: number, tail: string): { data: Buffer; size: number } {
  const MB = 1 << 20;
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const parts: Buffer[] = [deflateRawSync(Buffer.from(head), flush)];
  const block = deflateRawSync(Buffer.alloc(MB, 0x20), flush);
  const whole = Math.floor(bytes / MB);
  for (let i = 0; i < whole; i++) parts.push(block);
  if (bytes % MB) parts.push(deflateRawSync(Buffer.alloc(bytes % MB, 0x20), flush));
  parts.push(deflateRawSync(Buffer.from(tail)));
  return { data: Buffer.concat(parts), size: Buffer.byteLength(head) + bytes + Buffer.byteLength(tail) };
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
const sheetXml = (body: string): string => `${SHEET_HEAD}${body}</worksheet>`;

/** The parts every workbook needs, for `names.length` sheets at xl/worksheets/sheetN.xml. */
function packageParts(names: string[]): ZipEntry[] {
  const list = names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = names.map((_n, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const types = names.map((_n, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return [
    deflated('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}</Types>`),
    deflated('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflated('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${list}</sheets></workbook>`),
    deflated('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_NS}">${rels}</Relationships>`),
  ];
}

/** A one-sheet workbook around this <worksheet> body. */
export function oneSheet(body: string, name = 'Biểu chấm điểm'): Buffer {
  return writeZip([...packageParts([name]), deflated('xl/worksheets/sheet1.xml', sheetXml(body))]);
}

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const num = (ref: string, v: number): string => `<c r="${ref}"><v>${v}</v></c>`;
const text = (ref: string, s: string): string => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** A sheet part that inflates to `bytes` spaces while the zip says it holds `declared` bytes. */
export function lyingSizes(bytes: number, declared = 1000): Buffer {
  const { data } = spacesStream(`${SHEET_HEAD}<sheetData>`, bytes, '</sheetData></worksheet>');
  return writeZip([...packageParts(['Biểu chấm điểm']), { name: 'xl/worksheets/sheet1.xml', method: 8, data, size: declared }]);
}

/** `sheets` sheet entries, all pointing at one stream of `bytes` spaces (each declared `declared` bytes, or its true size). */
export function overlappingEntries(sheets: number, bytes: number, declared: number | 'true' = 1000): Buffer {
  const { data, size: trueSize } = spacesStream(`${SHEET_HEAD}<sheetData>`, bytes, '</sheetData></worksheet>');
  const names = Array.from({ length: sheets }, (_x, i) => `Sheet${i + 1}`);
  const parts = packageParts(names);
  const first = parts.length;
  const size = declared === 'true' ? trueSize : declared;
  const entries: ZipEntry[] = [...parts, { name: 'xl/worksheets/sheet1.xml', method: 8, data, size }];
  for (let i = 2; i <= sheets; i++) entries.push({ name: `xl/worksheets/sheet${i}.xml`, method: 8, data, size, sameAs: first });
  return writeZip(entries);
}

/** A cell on row 2,000,000,000 (Excel stops at 1,048,576). */
export function hugeRowNumber(r = 2_000_000_000): Buffer {
  return oneSheet(`<sheetData>${row(1, text('A1', 'STT'))}${row(r, num(`A${r}`, 1))}</sheetData>`);
}

/** A few cells and one merge over the whole sheet. */
export function wholeSheetMerge(): Buffer {
  return oneSheet(`<sheetData>${row(1, text('A1', 'STT') + text('B1', 'Tiêu chí'))}${row(2, num('A2', 1))}</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`);
}

/** A cell in the last column (XFD) on each of `rows` rows. */
export function lastColumnRows(rows: number): Buffer {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) out.push(row(r, num(`XFD${r}`, r)));
  return oneSheet(`<sheetData>${out.join('')}</sheetData>`);
}

/** `count` merges A{r}:B{r}, one per row, with a value in each master. */
export function manyMerges(count: number): Buffer {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(row(r, num(`A${r}`, r)));
    merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  }
  return oneSheet(`<sheetData>${rows.join('')}</sheetData><mergeCells count="${count}">${merges.join('')}</mergeCells>`);
}

/** A valid-looking criteria set with `count` leaf items under one area. */
export function wideSet(count: number): string {
  const children = Array.from({ length: count }, (_x, i) => ({ code: `1.${i + 1}`, title: `Tiêu chí ${i + 1}`, maxPoints: 1 }));
  return JSON.stringify(setAround([{ code: '1', title: 'Lĩnh vực 1', maxPoints: count, children }]));
}

/** A criteria set nested `depth` levels deep (1 → 1.1 → 1.1.1 → …). */
export function deepSet(depth: number): string {
  // Built from the inside out (a recursive builder would itself overflow the stack).
  let item: Record<string, unknown> = { code: '1' + '.1'.repeat(depth - 1), title: 'Lá', maxPoints: 1 };
  for (let d = depth - 1; d >= 1; d--) item = { code: '1' + '.1'.repeat(d - 1), title: `Mức ${d}`, maxPoints: 1, children: [item] };
  // JSON.stringify recurses too, but a native frame is small: 1,000 levels are fine.
  return JSON.stringify(setAround([item]));
}

function setAround(items: unknown[]): Record<string, unknown> {
  return { format: 'par-criteria/1', id: 'bo-thu', version: '2024', title: 'Bộ thử', year: 2024, unitLevel: 'department', scale: 100, items };
}
