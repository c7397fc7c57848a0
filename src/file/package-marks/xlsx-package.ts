/**
 * An .xlsx package opened for patching: parts are read as text when asked for, changed parts are
 * written back, and every part nobody touched goes into the new zip with its original compressed
 * bytes (JSZip reuses an unchanged entry's deflated data), so charts, pivot tables, images and
 * anything else we do not model come out exactly as they went in.
 * Pure (JSZip, no Node APIs): the browser page can use it too.
 */
import JSZip from 'jszip';
import { readRels, relsPathOf, resolveTarget, workbookPath, type Rel } from '../fast-read/package-parts';
import type { ZipParts } from '../fast-read/zip-parts';
import { partName } from '../fast-read/zip-parts';
import { declareUtf8, decodePart, InflateBudget, isUtf16 } from '../input-limits';
import { inflateEntry } from '../zip-budget';
import { xmlEscape } from './xml-text';

export const REL_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export class XlsxPackage {
  /**
   * Part name, lower-cased (part names are case-insensitive in a package: Excel finds
   * "_rels/sheet1.xml.rels" for "Sheet1.xml") → the zip entry's own name.
   */
  private readonly entries = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Bytes inflated from this package so far, against the input limit. */
  private readonly budget = new InflateBudget();

  private constructor(private readonly zip: JSZip) {
    zip.forEach((name, file) => {
      if (!file.dir) this.entries.set(key(name), name);
    });
  }

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  has(part: string): boolean {
    return this.entries.has(key(part));
  }

  /** Part names as the zip spells them. */
  names(): string[] {
    return [...this.entries.values()].map(partName);
  }

  /** Text of every part that has been read (loaded on demand with load()). */
  async load(part: string): Promise<string | null> {
    const name = key(part);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(name);
    if (entry === undefined) return null;
    // Inflated within the package's budget (a bomb stops at MAX_INFLATED_BYTES with its sentence);
    // a UTF-16 part (valid XML) is read as such and, if written back, declared UTF-8.
    const bytes = (await inflateEntry(this.zip.file(entry)!, this.budget, true))!;
    const text = isUtf16(bytes) ? declareUtf8(decodePart(bytes)) : decodePart(bytes);
    this.texts.set(name, text);
    return text;
  }

  /** Synchronous view of the parts loaded so far, for the fast reader's package helpers. */
  parts(): ZipParts {
    return {
      has: (n) => this.has(n),
      names: () => this.names(),
      text: (n) => this.texts.get(key(n)) ?? null,
    };
  }

  set(part: string, text: string): void {
    const name = key(part);
    const entry = this.entries.get(name) ?? partName(part);
    this.entries.set(name, entry);
    this.texts.set(name, text);
    this.changed.add(name);
  }

  remove(part: string): void {
    const name = key(part);
    const entry = this.entries.get(name);
    if (entry === undefined) return;
    this.zip.remove(entry);
    this.entries.delete(name);
    this.texts.delete(name);
    this.changed.add(name);
  }

  /** Parts written or removed (for tests and to know whether anything changed). */
  changedParts(): string[] {
    return [...this.changed];
  }

  async bytes(): Promise<Uint8Array> {
    // Changed parts go in as UTF-8 bytes (TextEncoder is much faster than JSZip's own encoding).
    const utf8 = new TextEncoder();
    for (const name of this.changed) {
      const entry = this.entries.get(name);
      const text = this.texts.get(name);
      if (entry !== undefined && text !== undefined) this.zip.file(entry, utf8.encode(text), { createFolders: false });
    }
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  // ---- relationships and content types ------------------------------------------------------

  async rels(part: string): Promise<Map<string, Rel>> {
    return readRels(await this.load(relsPathOf(part)));
  }

  /** The parts `part` points to with a relationship of this type (resolved part names). */
  async related(part: string, type: string): Promise<{ id: string; part: string }[]> {
    const out: { id: string; part: string }[] = [];
    for (const rel of (await this.rels(part)).values()) {
      if (rel.type === type || rel.type.endsWith('/' + type.split('/').pop())) {
        if (/^[a-z]+:/i.test(rel.target)) continue; // external target
        out.push({ id: rel.id, part: resolveTarget(part, rel.target) });
      }
    }
    return out;
  }

  /** Add a relationship from `from` to `to`; returns its new id. */
  async addRel(from: string, type: string, to: string): Promise<string> {
    const path = relsPathOf(from);
    const xml = (await this.load(path)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set((await this.rels(from)).keys());
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(from, to);
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
    const close = xml.lastIndexOf('</Relationships>');
    const next = close >= 0 ? xml.slice(0, close) + rel + xml.slice(close) : xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
    this.set(path, next);
    return id;
  }

  /** Remove a relationship by id; the rels part goes when it is left empty. */
  async removeRel(from: string, id: string): Promise<void> {
    const path = relsPathOf(from);
    const xml = await this.load(path);
    if (xml === null) return;
    const next = xml.replace(new RegExp(`<Relationship\\s(?:[^>"']|"[^"]*"|'[^']*')*?Id\\s*=\\s*["']${id}["'](?:[^>"']|"[^"]*"|'[^']*')*?/>`), '');
    if (!/<Relationship\s/.test(next)) this.remove(path);
    else this.set(path, next);
  }

  async addContentOverride(part: string, contentType: string): Promise<void> {
    const xml = (await this.load('[Content_Types].xml')) ?? '';
    if (xml.includes(`PartName="/${part}"`)) return;
    const entry = `<Override PartName="/${xmlEscape(part)}" ContentType="${contentType}"/>`;
    this.set('[Content_Types].xml', xml.replace('</Types>', `${entry}</Types>`));
  }

  async addContentDefault(extension: string, contentType: string): Promise<void> {
    const xml = (await this.load('[Content_Types].xml')) ?? '';
    if (new RegExp(`<Default\\s[^>]*Extension="${extension}"`, 'i').test(xml)) return;
    const entry = `<Default Extension="${extension}" ContentType="${contentType}"/>`;
    this.set('[Content_Types].xml', xml.replace(/(<Types[^>]*>)/, `$1${entry}`));
  }

  async removeContentDefault(extension: string): Promise<void> {
    const xml = await this.load('[Content_Types].xml');
    if (xml === null) return;
    const next = xml.replace(new RegExp(`<Default\\s[^>]*Extension="${extension}"[^>]*/>`, 'i'), '');
    if (next !== xml) this.set('[Content_Types].xml', next);
  }

  async removeContentOverride(part: string): Promise<void> {
    const xml = await this.load('[Content_Types].xml');
    if (xml === null) return;
    const next = xml.replace(new RegExp(`<Override\\s[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
    if (next !== xml) this.set('[Content_Types].xml', next);
  }

  async workbookPart(): Promise<string> {
    await this.load('_rels/.rels');
    return workbookPath(this.parts());
  }

  /** A part name not yet used, "xl/comments{n}.xml" style. */
  freeName(pattern: (n: number) => string): string {
    let n = 1;
    while (this.has(pattern(n))) n++;
    return pattern(n);
  }
}

const key = (part: string): string => partName(part).toLowerCase();

/** Target of a relationship from part `from` to part `to`, relative to `from`'s folder. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
