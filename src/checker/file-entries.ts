/**
 * The page's list of files and what became of each: pure state (a reducer) so it is tested
 * without a browser. The original bytes are kept for the flagged copy, which is made from a
 * fresh copy of them: the user's file itself is never changed.
 */
import type { CheckResult } from '../engine/check-result';
import type { Severity } from '../engine/findings/finding';
import type { Bilingual, Lang } from '../engine/text/lang';
import type { BatchFileResult } from '../engine/ranking/batch-file-result';
import type { RequestsReply } from '../engine/appraisal/read-reply';

export type EntryStatus = 'reading' | 'checked' | 'failed';

export interface FileEntry {
  id: number;
  name: string;
  status: EntryStatus;
  /** The file's bytes once read (for the flagged copy); null while reading or when unreadable. */
  bytes: Uint8Array | null;
  /** A digest of the bytes: two files with identical content are one unit sent twice. */
  hash: string | null;
  /** One result per unit scoresheet (most workbooks hold one); empty until checked. */
  results: CheckResult[];
  /** The file is an explanation-request workbook a unit sent back: its answers (paired with a scoresheet on the page). */
  reply: RequestsReply | null;
  /** Why the file could not be checked (both languages: the page can switch). */
  problem: Bilingual | null;
}

export interface EntriesState {
  entries: FileEntry[];
}

export type EntriesAction =
  | { type: 'added'; files: { id: number; name: string }[] }
  | { type: 'checked'; id: number; bytes: Uint8Array; hash: string | null; results: CheckResult[]; reply?: RequestsReply | null }
  | { type: 'failed'; id: number; problem: Bilingual }
  | { type: 'rechecking'; ids: number[] }
  | { type: 'removed'; id: number }
  | { type: 'cleared' };

export const emptyEntries: EntriesState = { entries: [] };

/**
 * A file added again under the same name replaces the earlier one in its place: a unit that
 * corrected its sheet sends the same file name, and the ranking must not count it twice.
 */
export function entriesReducer(state: EntriesState, action: EntriesAction): EntriesState {
  switch (action.type) {
    case 'added': {
      const entries = [...state.entries];
      for (const { id, name } of action.files) {
        const fresh: FileEntry = { id, name, status: 'reading', bytes: null, hash: null, results: [], reply: null, problem: null };
        const at = entries.findIndex((e) => e.name === name);
        if (at >= 0) entries[at] = fresh;
        else entries.push(fresh);
      }
      return { entries };
    }
    case 'checked':
      return update(state, action.id, {
        status: 'checked',
        bytes: action.bytes,
        hash: action.hash,
        results: action.results,
        reply: action.reply ?? null,
        problem: null,
      });
    case 'failed':
      return update(state, action.id, { status: 'failed', bytes: null, hash: null, results: [], reply: null, problem: action.problem });
    case 'rechecking': {
      // Bytes are kept: the file is checked again from them, not read again.
      const ids = new Set(action.ids);
      return { entries: state.entries.map((e) => (ids.has(e.id) ? { ...e, status: 'reading' as const } : e)) };
    }
    case 'removed':
      return { entries: state.entries.filter((e) => e.id !== action.id) };
    case 'cleared':
      return { entries: [] };
  }
}

/** Results for an entry that was replaced or removed meanwhile are dropped. */
function update(state: EntriesState, id: number, patch: Partial<FileEntry>): EntriesState {
  if (!state.entries.some((e) => e.id === id)) return state;
  return { entries: state.entries.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export interface Progress {
  total: number;
  done: number;
  checked: number;
  failed: number;
  busy: boolean;
}

export function progressOf(entries: FileEntry[]): Progress {
  const checked = entries.filter((e) => e.status === 'checked').length;
  const failed = entries.filter((e) => e.status === 'failed').length;
  return { total: entries.length, done: checked + failed, checked, failed, busy: checked + failed < entries.length };
}

/** Finished files as the batch builders take them (one per checked sheet), messages in the chosen language. */
export function batchResults(entries: FileEntry[], lang: Lang): (BatchFileResult & { contentHash: string | null })[] {
  const out: (BatchFileResult & { contentHash: string | null })[] = [];
  for (const e of entries) {
    // A returned requests workbook is no scoresheet: it is shown beside its unit, not ranked.
    if (e.status === 'checked') for (const result of e.results) out.push({ file: e.name, result, error: null, contentHash: e.hash });
    else if (e.status === 'failed') out.push({ file: e.name, result: null, error: (e.problem ?? { vi: '?', en: '?' })[lang], contentHash: null });
  }
  return out;
}

export function severityCount(result: CheckResult, severity: Severity): number {
  return result.findings.filter((f) => f.severity === severity).length;
}

/** "so-y-te.xlsx" → "so-y-te-da-danh-dau.xlsx" (the flagged copy's name). */
export function flaggedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '') || 'bieu-diem';
  return `${base}-da-danh-dau.xlsx`;
}

export const RANKING_FILE_NAME = 'xep-hang-cchc.xlsx';
