/**
 * Verifying a sealed workbook: does its content still match its seal, and the code the unit
 * quoted? Four checks, in this order:
 *   1. the stored copy of the sealed values hashes to the stored digest, and the stored code is
 *      that digest's code — otherwise the seal itself was edited ('broken');
 *   2. the current content hashes to the stored digest — otherwise it changed since sealing
 *      ('changed'), and every changed cell is named by comparing with the stored copy;
 *   3. with a quoted code: the current content's code is the quoted one — otherwise the seal was
 *      replaced after the code was given out ('codeMismatch': content changed and re-sealed, or
 *      the digest forged to match the change).
 */
import type { Bilingual } from '../text/lang';
import type { ParsedSheet } from '../layout/parsed-sheet';
import { a1 } from '../grid';
import { SEAL_COLUMNS, canonicalText, sealDigest, type SealColumn, type SealContent, type SealedRow, type SealSource } from './seal-content';
import { sealCode } from './seal-code';
import type { SealRecord } from './seal-record';
import { sha256Hex } from './sha256';

export type ChangeColumn = SealColumn | 'code' | 'set' | 'sheet';

export interface CellChange {
  sheet: string;
  /** Item code (the current one when the row is still there, else the sealed one); null for a sheet or set change. */
  item: string | null;
  column: ChangeColumn;
  sealed: string;
  current: string;
  /** A1 address of the current cell, when there is one. */
  address: string | null;
}

export type VerifyStatus = 'unchanged' | 'changed' | 'broken' | 'codeMismatch';

export interface VerifyResult {
  status: VerifyStatus;
  /** The code of the stored seal, and of the current content. */
  sealedCode: string;
  currentCode: string;
  sealedAt: string;
  changes: CellChange[];
  /** What went wrong with the seal itself (status 'broken'). */
  brokenBecause: Bilingual | null;
}

/** Where each sealed value sits now: per sheet (in sealContent's order), per item row, per column. */
export type CellAddresses = { code: string | null; cells: Partial<Record<SealColumn, string>> }[][];

/** The A1 addresses of the values sealContent reads, in the same order. */
export function sealAddresses(sources: SealSource[]): CellAddresses {
  return sources
    .filter((s) => s.parsed !== null)
    .map((s) => {
      const parsed = s.parsed as ParsedSheet;
      return parsed.rows
        .filter((r) => r.kind === 'item')
        .map((r) => {
          const cells: Partial<Record<SealColumn, string>> = {};
          for (const col of SEAL_COLUMNS) {
            const c = parsed.columns[col];
            if (c !== undefined) cells[col] = a1(r.row, c);
          }
          return { code: r.codeAddress, cells };
        });
    });
}

export function verifySeal(record: SealRecord, current: SealContent, addresses: CellAddresses, quotedCode?: string): VerifyResult {
  const currentDigest = sealDigest(current);
  const currentCode = sealCode(currentDigest);
  const base = { sealedCode: record.code, currentCode, sealedAt: record.sealedAt };
  const storedDigest = sha256Hex(canonicalText(record.content));
  if (storedDigest !== record.digest || sealCode(record.digest) !== record.code) {
    const which = storedDigest !== record.digest ? 'digest' : 'code';
    return {
      ...base,
      status: 'broken',
      changes: diffContent(record.content, current, addresses),
      brokenBecause: {
        vi: `dấu chốt đã bị sửa: ${which === 'digest' ? 'mã băm lưu trong tệp không khớp với bản sao số liệu đã chốt' : 'mã chốt lưu trong tệp không khớp với mã băm'}`,
        en: `the seal was edited: ${which === 'digest' ? 'the digest stored in the file does not match the stored copy of the sealed values' : 'the code stored in the file does not match the digest'}`,
      },
    };
  }
  if (currentDigest !== record.digest) {
    return { ...base, status: 'changed', changes: diffContent(record.content, current, addresses), brokenBecause: null };
  }
  if (quotedCode !== undefined && quotedCode !== currentCode) {
    return { ...base, status: 'codeMismatch', changes: [], brokenBecause: null };
  }
  return { ...base, status: 'unchanged', changes: [], brokenBecause: null };
}

function cellsOf(row: SealedRow): Map<SealColumn, string> {
  const m = new Map<SealColumn, string>();
  for (const [col, value] of row.slice(1) as [SealColumn, string][]) m.set(col, value);
  return m;
}

/** Every cell whose value differs between the sealed copy and the current content. */
export function diffContent(sealed: SealContent, current: SealContent, addresses: CellAddresses): CellChange[] {
  const out: CellChange[] = [];
  const currentByName = new Map(current.sheets.map((s, i) => [s.sheet, i]));
  const usedCurrent = new Set<number>();
  sealed.sheets.forEach((s) => {
    // The sheet by name; a single scoresheet renamed is still that sheet.
    let ci = currentByName.get(s.sheet);
    if (ci === undefined && sealed.sheets.length === 1 && current.sheets.length === 1) {
      ci = 0;
      out.push({ sheet: current.sheets[0].sheet, item: null, column: 'sheet', sealed: s.sheet, current: current.sheets[0].sheet, address: null });
    }
    if (ci === undefined) {
      out.push({ sheet: s.sheet, item: null, column: 'sheet', sealed: s.sheet, current: '', address: null });
      return;
    }
    usedCurrent.add(ci);
    const c = current.sheets[ci];
    const setText = (x: typeof s.set) => (x ? `${x.id} (${x.version})` : '');
    if (setText(s.set) !== setText(c.set)) out.push({ sheet: c.sheet, item: null, column: 'set', sealed: setText(s.set), current: setText(c.set), address: null });
    out.push(...diffRows(c.sheet, s.rows, c.rows, addresses[ci] ?? []));
  });
  current.sheets.forEach((c, ci) => {
    if (!usedCurrent.has(ci)) out.push({ sheet: c.sheet, item: null, column: 'sheet', sealed: '', current: c.sheet, address: null });
  });
  return out;
}

/** Rows paired by code (the k-th "1.2" with the k-th "1.2"); rows left over paired in order (a code edited). */
function diffRows(sheet: string, sealed: SealedRow[], current: SealedRow[], where: CellAddresses[number]): CellChange[] {
  const key = (rows: SealedRow[]) => {
    const seen = new Map<string, number>();
    return rows.map((r) => {
      const n = seen.get(r[0]) ?? 0;
      seen.set(r[0], n + 1);
      return `${r[0]}\u0000${n}`;
    });
  };
  const sealedKeys = key(sealed);
  const currentIndex = new Map(key(current).map((k, i) => [k, i]));
  const pairs: [number | null, number | null][] = [];
  const leftSealed: number[] = [];
  const pairedCurrent = new Set<number>();
  sealedKeys.forEach((k, i) => {
    const j = currentIndex.get(k);
    if (j === undefined) leftSealed.push(i);
    else {
      pairs.push([i, j]);
      pairedCurrent.add(j);
    }
  });
  const leftCurrent = current.map((_, j) => j).filter((j) => !pairedCurrent.has(j));
  const n = Math.max(leftSealed.length, leftCurrent.length);
  for (let k = 0; k < n; k++) pairs.push([leftSealed[k] ?? null, leftCurrent[k] ?? null]);
  // Report in the current sheet's order (rows gone at the end, in sealed order).
  pairs.sort((a, b) => (a[1] ?? 1e9) - (b[1] ?? 1e9) || (a[0] ?? 0) - (b[0] ?? 0));

  const out: CellChange[] = [];
  for (const [i, j] of pairs) {
    const s = i === null ? null : sealed[i];
    const c = j === null ? null : current[j];
    const item = c ? c[0] : (s as SealedRow)[0];
    const addr = j === null ? null : where[j];
    if ((s?.[0] ?? '') !== (c?.[0] ?? '') || !s || !c) {
      out.push({ sheet, item, column: 'code', sealed: s ? s[0] : '', current: c ? c[0] : '', address: addr?.code ?? null });
    }
    const sc = s ? cellsOf(s) : new Map<SealColumn, string>();
    const cc = c ? cellsOf(c) : new Map<SealColumn, string>();
    for (const col of SEAL_COLUMNS) {
      const a = sc.get(col) ?? '';
      const b = cc.get(col) ?? '';
      if (a !== b) out.push({ sheet, item, column: col, sealed: a, current: b, address: addr?.cells[col] ?? null });
    }
  }
  return out;
}
