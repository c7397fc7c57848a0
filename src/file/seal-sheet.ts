/**
 * The seal sheet (engine/seal/seal-record.ts) in an .xlsx file, by patching the package with
 * JSZip rather than rewriting it with ExcelJS: every other part of the workbook — charts, pivot
 * tables, styles, the user's sheets — stays byte for byte as it was. Writing adds (or replaces)
 * one very hidden worksheet part, its relationship, its <sheet> entry and its content type.
 * Pure (JSZip, no Node APIs): the browser page can use it too.
 */
import JSZip from 'jszip';
import { SEAL_SHEET } from '../engine/seal/seal-sheet-name';

// Reading needs no JSZip: in a module of its own so a batch's check does not load JSZip for it.
export { readSealSheet } from './seal-sheet-read';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function xmlText(s: string): string {
  // _xHHHH_ is Excel's escape of a character in cell text: a literal one is escaped in turn.
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A worksheet part holding the rows as inline strings (never formulas). */
export function sealSheetXml(rows: string[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => `<c r="${columnLetter(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`)
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetPr><tabColor rgb="FF7F7F7F"/></sheetPr><cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="2" width="80" customWidth="1"/></cols>' +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : null;
}

function resolve(fromDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (fromDir ? fromDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export class SealWriteError extends Error {}

/** The package with the seal sheet holding `rows` (added, or its content replaced). */
export async function writeSealSheet(bytes: Uint8Array, rows: string[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new SealWriteError(`missing ${name}`);
    return f.async('string');
  };
  const rootRels = await read('_rels/.rels');
  const officeRel = [...rootRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => /\/officeDocument"?/.test(attr(t, 'Type') ?? ''));
  const workbookPart = resolve('', attr(officeRel ?? '', 'Target') ?? 'xl/workbook.xml');
  const dir = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/')) : '';
  const relsPart = `${dir ? dir + '/' : ''}_rels/${workbookPart.slice(dir.length ? dir.length + 1 : 0)}.rels`;
  let workbook = await read(workbookPart);
  let rels = await read(relsPart);
  const xml = sealSheetXml(rows);

  // The seal sheet already there: replace its content only.
  const existing = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\/?>/g)].map((m) => m[0]).find((t) => attr(t, 'name') === SEAL_SHEET);
  if (existing) {
    const rid = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(existing)?.[1];
    const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid);
    const target = rel ? attr(rel, 'Target') : null;
    if (!target) throw new SealWriteError('seal sheet without its part');
    zip.file(resolve(dir, target), xml);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  // A new part: sheetN.xml after the highest N (ExcelJS reads only parts named so).
  let n = 1;
  zip.forEach((name) => {
    const m = /worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  });
  const partPath = `${dir ? dir + '/' : ''}worksheets/sheet${n}.xml`;
  zip.file(partPath, xml);

  let rid = 'rIdParCheckSeal';
  while (rels.includes(`"${rid}"`)) rid += '1';
  const relPrefix = /<(\w+:)?Relationships\b/.exec(rels)?.[1] ?? '';
  rels = rels.replace(
    new RegExp(`</${relPrefix}Relationships>`),
    `<${relPrefix}Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/></${relPrefix}Relationships>`,
  );
  zip.file(relsPart, rels);

  const sheetsTag = /<(\w+:)?sheets\b[^>]*>/.exec(workbook);
  if (!sheetsTag) throw new SealWriteError('no <sheets> in the workbook part');
  const prefix = sheetsTag[1] ?? '';
  const ids = [...workbook.matchAll(/\ssheetId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  // ExcelJS knows the relationship attribute only as "r:id": bound here in case the root binds "r" otherwise.
  const entry = `<${prefix}sheet xmlns:r="${REL_NS}" name="${SEAL_SHEET}" sheetId="${sheetId}" state="veryHidden" r:id="${rid}"/>`;
  workbook = workbook.replace(new RegExp(`</${prefix}sheets>`), `${entry}</${prefix}sheets>`);
  zip.file(workbookPart, workbook);

  const types = await read('[Content_Types].xml');
  const typesPrefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(new RegExp(`</${typesPrefix}Types>`), `<${typesPrefix}Override PartName="/${partPath}" ContentType="${WORKSHEET_TYPE}"/></${typesPrefix}Types>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
