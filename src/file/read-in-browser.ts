/**
 * The sheets of a file to check where there is no Node (the checking page and its workers): what
 * read-for-check.ts does for the CLI, with JSZip in place of zip.ts (which needs Node's zlib).
 * JSZip unzips, every entry inflated once within the InflateBudget (zip-budget.ts: a bomb stops
 * with its sentence), and the fast reader builds the grids from the parts — about a third of the
 * work of opening the file with ExcelJS. ExcelJS opens the file only when the fast reader cannot
 * read it (not a zip JSZip reads, odd parts, no sheet, two sheet names equal but for case): its
 * path (open-workbook.ts) owns the messages for bad files. Pure: JSZip, no Node APIs.
 */
import JSZip from 'jszip';
import type { Grid } from '../engine/grid';
import type { Bilingual } from '../engine/text/lang';
import { FastReadError } from './fast-read/errors';
import { readSheetsFromParts, type FastSheet } from './fast-read/sheets-from-parts';
import { partName, type ZipParts } from './fast-read/zip-parts';
import { decodePart, InputLimitError } from './input-limits';
import { isInternalSheet } from './internal-sheets';
import { openWorkbook } from './open-workbook';
import { sniffWorkbookBytes } from './sniff';
import { inflateAll } from './zip-budget';

export type BrowserRead =
  | {
      ok: true;
      /** Every user sheet (hidden ones too), in tab order. */
      listed: { name: string; visible: boolean }[];
      /** Any listed sheet's grid. */
      gridOf(name: string): Promise<Grid>;
      /** Which reader read the file (tests). */
      reader: 'fast' | 'exceljs';
    }
  | { ok: false; problem: Bilingual };

const isText = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** The package's XML parts as text, looked up as zip.ts looks them up (exact name, else ignoring case). */
async function jszipParts(data: Uint8Array): Promise<ZipParts | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return null;
  }
  let inflated: Map<string, Uint8Array>;
  try {
    inflated = await inflateAll(zip, isText);
  } catch (e) {
    if (e instanceof InputLimitError) throw e;
    return null; // a damaged entry: ExcelJS's path says so
  }
  const texts = new Map<string, string>();
  for (const [name, bytes] of inflated) {
    const part = partName(name);
    if (!texts.has(part)) texts.set(part, decodePart(bytes));
  }
  const folded = new Map<string, string>();
  for (const [k, v] of texts) if (!folded.has(k.toLowerCase())) folded.set(k.toLowerCase(), v);
  const find = (n: string): string | undefined => texts.get(n) ?? folded.get(n.toLowerCase());
  return { has: (n) => find(n) !== undefined, names: () => [...texts.keys()], text: (n) => find(n) ?? null };
}

/** The fast reader's user sheets; null when it cannot read the file or sees what the ExcelJS path must judge. */
async function fastSheets(data: Uint8Array): Promise<FastSheet[] | null> {
  const parts = await jszipParts(data);
  if (!parts) return null;
  let all: FastSheet[];
  try {
    all = readSheetsFromParts(parts, { include: (name) => !isInternalSheet(name) });
  } catch (e) {
    if (e instanceof FastReadError) return null;
    throw e; // InputLimitError (its sentence), or a bug: not hidden behind another reader
  }
  // As read-for-check.ts: no user sheet ("not a workbook" message), or names equal but for case.
  const names = new Set(all.map((s) => s.name.toLocaleLowerCase('vi')));
  if (all.length === 0 || names.size !== all.length) return null;
  return all;
}

export async function readSheetsInBrowser(data: Uint8Array): Promise<BrowserRead> {
  const sniffed = sniffWorkbookBytes(data);
  if (sniffed.problem) return { ok: false, problem: sniffed.problem };
  let fast: FastSheet[] | null;
  try {
    fast = await fastSheets(data);
  } catch (e) {
    if (e instanceof InputLimitError) return { ok: false, problem: e.problem };
    throw e;
  }
  if (fast) {
    const byName = new Map(fast.map((s) => [s.name, s.grid]));
    return {
      ok: true,
      listed: fast.map((s) => ({ name: s.name, visible: s.visible })),
      gridOf: async (name) => {
        const grid = byName.get(name);
        if (!grid) throw new Error(`no sheet ${name}`);
        return grid;
      },
      reader: 'fast',
    };
  }
  const opened = await openWorkbook(data);
  if (!opened.ok) return opened;
  const workbook = opened.workbook;
  const listed = (await workbook.listSheets()).map((s) => ({ name: s.name, visible: s.visible }));
  return { ok: true, listed, gridOf: (name) => workbook.readGrid(name), reader: 'exceljs' };
}
