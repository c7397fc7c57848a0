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
import { nameKey } from '../engine/text/file-name';

export type EntryStatus = 'reading' | 'checked' | 'failed';

export interface FileEntry {
  id: number;
  /** The name shown and used for downloads: unique on the page ("so-y-te (2).xlsx" for a second "so-y-te.xlsx"). */
  name: string;
  /** The name as picked (survey and exemptions tables name files by it). */
  sourceName: string;
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

/** A file added under a name already on the page, and the name it got. */
export interface Renamed {
  from: string;
  to: string;
}

export interface EntriesState {
  entries: FileEntry[];
  /** The files of the last addition that were named apart (said once, until the files change again). */
  renamed: Renamed[];
}

/** What became of one file's check. */
export type Settled =
  | { id: number; ok: true; bytes: Uint8Array; hash: string | null; results: CheckResult[]; reply?: RequestsReply | null }
  | { id: number; ok: false; problem: Bilingual };

export type EntriesAction =
  | { type: 'added'; files: { id: number; name: string }[] }
  | { type: 'checked'; id: number; bytes: Uint8Array; hash: string | null; results: CheckResult[]; reply?: RequestsReply | null }
  | { type: 'failed'; id: number; problem: Bilingual }
  /** Several outcomes at once: the page renders once per batch, not once per file. */
  | { type: 'settled'; outcomes: Settled[] }
  | { type: 'renamedSeen' }
  | { type: 'rechecking'; ids: number[] }
  | { type: 'removed'; id: number }
  | { type: 'cleared' };

export const emptyEntries: EntriesState = { entries: [], renamed: [] };

/**
 * `name` if no name in `taken` is the same once case and Unicode form are ignored (as Windows and
 * macOS compare names), else "name (2).xlsx", "name (3).xlsx"… — the first one free.
 */
export function nameApart(name: string, taken: Set<string>): string {
  if (!taken.has(nameKey(name))) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let k = 2;
  while (taken.has(nameKey(`${stem} (${k})${ext}`))) k++;
  return `${stem} (${k})${ext}`;
}

function settledPatch(o: Settled): Partial<FileEntry> {
  return o.ok
    ? { status: 'checked', bytes: o.bytes, hash: o.hash, results: o.results, reply: o.reply ?? null, problem: null }
    : { status: 'failed', bytes: null, hash: null, results: [], reply: null, problem: o.problem };
}

/**
 * A file added under a name already on the page is kept beside the first one, named apart
 * ("so-y-te (2).xlsx"), and the page says so (`renamed`): two different files must never
 * silently become one unit. A corrected sheet sent under the same name is therefore a second
 * file until the user removes the old one (the season lists both as files of one unit).
 */
export function entriesReducer(state: EntriesState, action: EntriesAction): EntriesState {
  switch (action.type) {
    case 'added': {
      const entries = [...state.entries];
      const taken = new Set(entries.map((e) => nameKey(e.name)));
      const renamed: Renamed[] = [];
      for (const { id, name: picked } of action.files) {
        const name = nameApart(picked, taken);
        taken.add(nameKey(name));
        if (name !== picked) renamed.push({ from: picked, to: name });
        entries.push({ id, name, sourceName: picked, status: 'reading', bytes: null, hash: null, results: [], reply: null, problem: null });
      }
      return { entries, renamed };
    }
    case 'checked':
      return settle(state, [{ ok: true, ...action }]);
    case 'failed':
      return settle(state, [{ ok: false, id: action.id, problem: action.problem }]);
    case 'settled':
      return settle(state, action.outcomes);
    case 'rechecking': {
      // Bytes are kept: the file is checked again from them, not read again.
      const ids = new Set(action.ids);
      return { ...state, entries: state.entries.map((e) => (ids.has(e.id) ? { ...e, status: 'reading' as const } : e)) };
    }
    case 'removed':
      return { entries: state.entries.filter((e) => e.id !== action.id), renamed: [] };
    case 'cleared':
      return { entries: [], renamed: [] };
    case 'renamedSeen':
      return state.renamed.length ? { ...state, renamed: [] } : state;
  }
}

/**
 * Outcomes recorded on their entries; an entry not touched keeps its identity (its card is not
 * drawn again). Outcomes for an entry removed meanwhile are dropped.
 */
function settle(state: EntriesState, outcomes: Settled[]): EntriesState {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  let changed = false;
  const entries = state.entries.map((e) => {
    const o = byId.get(e.id);
    if (!o) return e;
    changed = true;
    return { ...e, ...settledPatch(o) };
  });
  return changed ? { ...state, entries } : state;
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
