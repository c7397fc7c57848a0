/**
 * The seal as stored in a workbook: a very hidden sheet SEAL_SHEET, label in column A and value
 * in column B (a sheet, not a custom XML part, because it survives Excel, LibreOffice and the
 * add-in alike, and Office.js can write it). The compact copy of the sealed values (the
 * canonical JSON text) is split over as many rows as needed, a cell holding at most 32,767
 * characters.
 *
 *   A1 "par-check · Dấu chốt số liệu / Data seal"
 *   A2 format     B2 par-seal/1
 *   A3 digest     B3 <SHA-256 of the canonical text, hex>
 *   A4 code       B4 XXXX-XXXX-XXXX
 *   A5 sealedAt   B5 <ISO time>
 *   A6 content    B6 <canonical text, part 1>
 *   A7 content    B7 <part 2> …
 */
import { z } from 'zod';
import type { Bilingual } from '../text/lang';
import { SEAL_COLUMNS, SEAL_FORMAT, canonicalText, sealDigest, type SealContent } from './seal-content';
import { sealCode } from './seal-code';
import type { SheetSpec, SpecCell } from '../sheet-spec';

import { SEAL_SHEET } from './seal-sheet-name';

export { SEAL_SHEET };
const TITLE = 'par-check · Dấu chốt số liệu / Data seal';
/** Below Excel's 32,767 characters per cell, with room to spare. */
const CHUNK = 30000;

export interface SealRecord {
  digest: string;
  code: string;
  /** ISO 8601 time of sealing. */
  sealedAt: string;
  content: SealContent;
}

/** A seal of this content, made at `now`. */
export function makeSeal(content: SealContent, now: Date): SealRecord {
  const digest = sealDigest(content);
  return { digest, code: sealCode(digest), sealedAt: now.toISOString(), content };
}

/** The seal sheet's rows (strings only: the adapter writes them as text, never as formulas). */
export function sealRows(record: SealRecord): string[][] {
  const text = canonicalText(record.content);
  const rows: string[][] = [[TITLE], ['format', SEAL_FORMAT], ['digest', record.digest], ['code', record.code], ['sealedAt', record.sealedAt]];
  for (let i = 0; i < text.length; i += CHUNK) rows.push(['content', text.slice(i, i + CHUNK)]);
  return rows;
}

const column = z.enum(SEAL_COLUMNS as [string, ...string[]]);
const contentSchema = z.object({
  format: z.literal(SEAL_FORMAT),
  sheets: z.array(
    z.object({
      sheet: z.string(),
      set: z.object({ id: z.string(), version: z.string() }).nullable(),
      rows: z.array(z.tuple([z.string()]).rest(z.tuple([column, z.string()]))),
    }),
  ),
});

export type ReadSeal = { ok: true; record: SealRecord } | { ok: false; problem: Bilingual };

const damaged = (why: string): ReadSeal => ({
  ok: false,
  problem: {
    vi: `Dấu chốt trong tệp bị hỏng hoặc đã bị sửa (${why}): không thể đối chiếu. Đề nghị đơn vị gửi lại bản đã chốt, hoặc đối chiếu với mã chốt trong công văn.`,
    en: `The seal in the file is damaged or was edited (${why}): it cannot be verified. Ask the unit for the sealed copy again, or compare with the seal code in its cover letter.`,
  },
});

/** The seal back from the sheet's cell texts (row by row, column A and B). */
export function readSealRows(rows: string[][]): ReadSeal {
  const value = (label: string) => rows.find((r) => r[0] === label)?.[1] ?? null;
  if (value('format') !== SEAL_FORMAT) return damaged(`format ${value('format') ?? '—'}`);
  const digest = value('digest');
  const code = value('code');
  const sealedAt = value('sealedAt');
  if (!digest || !/^[0-9a-f]{64}$/.test(digest)) return damaged('digest');
  if (!code) return damaged('code');
  const text = rows.filter((r) => r[0] === 'content').map((r) => r[1] ?? '').join('');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return damaged('content');
  }
  const content = contentSchema.safeParse(parsed);
  if (!content.success) return damaged('content');
  return { ok: true, record: { digest, code, sealedAt: sealedAt ?? '', content: content.data as SealContent } };
}

/**
 * The seal sheet as a SheetSpec (the pane writes it through the port): every value written as
 * text, very hidden so users do not stumble on it.
 */
export function sealSheetSpec(record: SealRecord): SheetSpec {
  const cells: SpecCell[] = [];
  sealRows(record).forEach((row, r) => row.forEach((text, c) => cells.push({ row: r, col: c, value: { text } })));
  return { name: SEAL_SHEET, cells, columnWidths: [14, 80], visibility: 'veryHidden' };
}
