/**
 * Which cells carry the add-in's flags, kept in the workbook's settings (workbook-records.ts,
 * written in the flags' own batch) so it survives closing the pane (and travels with the file). Notes cannot be found by position through Office.js
 * without a round trip per note, so this record is how clearFlags removes exactly the add-in's
 * notes and never a user's. Conditional-format rules need no record: their formula names them.
 */
import type { KeyValues } from './settings';

export const FLAG_MEMORY_KEY = 'par-check:flags';

export interface SheetFlagRecord {
  /** Every cell flagged by the last applyFlags (what clearFlags reports as cleared). */
  cells: string[];
  /** Cells where the add-in added a note (a user's note is never replaced). */
  notes: string[];
}

type Memory = Record<string, SheetFlagRecord>;

function readAll(settings: Pick<KeyValues, 'get'>): Memory {
  const raw = settings.get(FLAG_MEMORY_KEY);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Memory) : {};
  } catch {
    return {}; // a damaged record only means old notes are not removed; never block a check
  }
}

export function recallFlags(settings: Pick<KeyValues, 'get'>, sheetName: string): SheetFlagRecord {
  const rec = readAll(settings)[sheetName];
  return {
    cells: Array.isArray(rec?.cells) ? rec.cells.filter((c) => typeof c === 'string') : [],
    notes: Array.isArray(rec?.notes) ? rec.notes.filter((c) => typeof c === 'string') : [],
  };
}

/** Stores (or, for an empty record, forgets) the sheet's flags; the caller writes the records with its batch. */
export function rememberFlags(settings: KeyValues, sheetName: string, record: SheetFlagRecord): void {
  const all = readAll(settings);
  if (record.cells.length === 0 && record.notes.length === 0) delete all[sheetName];
  else all[sheetName] = { cells: [...record.cells], notes: [...record.notes] };
  if (Object.keys(all).length === 0) settings.remove(FLAG_MEMORY_KEY);
  else settings.set(FLAG_MEMORY_KEY, JSON.stringify(all));
}
