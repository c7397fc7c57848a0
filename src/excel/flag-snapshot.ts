/**
 * What the add-in needs to know before (re)writing flags, gathered in the SAME round trip as
 * another read (readGrid's), so a full check stays at two syncs: is the sheet protected, which
 * conditional-format rules are ours (by formula), which recorded notes are still ours, and
 * whether the sheet holds other notes (the user's, or marks put on by the file adapter or an
 * earlier version, which queueNoteScan finds).
 */
import { removeBlockFromText } from '../engine/flags/note-block';
import type { SheetFlagRecord } from './flag-memory';
import { isFlagFormula } from './flag-style';
import type { ExcelSupports } from './office-env';

/** A note holding our block: what stays of it once the block is out ('' → the note goes). */
export interface MarkedNote {
  cell: string;
  rest: string;
}

export interface FlagSnapshot {
  sheetName: string;
  protected: boolean;
  /** Ids of the add-in's conditional-format rules on the sheet. */
  ruleIds: string[];
  /** Recorded note cells that still hold a block of ours. */
  ourNotes: MarkedNote[];
  /** Notes on the sheet other than the recorded ones of ours (0 without the Notes API). */
  userNoteCount: number;
}

export function queueFlagSnapshot(
  sheet: Excel.Worksheet,
  sheetName: string,
  record: SheetFlagRecord,
  supports: ExcelSupports,
): () => FlagSnapshot {
  sheet.protection.load('protected');
  const rules = sheet.getRange().conditionalFormats;
  rules.load({ id: true, type: true, customOrNullObject: { rule: { formula: true } } });
  const noteCount = supports.notes ? sheet.notes.getCount() : null;
  const probes = supports.notes
    ? record.notes.map((cell) => {
        const note = sheet.notes.getItemOrNullObject(cell);
        note.load('content');
        return { cell, note };
      })
    : [];

  return () => {
    const ruleIds: string[] = [];
    for (const cf of rules.items) {
      const custom = cf.customOrNullObject;
      if (custom.isNullObject) continue;
      if (isFlagFormula(custom.rule.formula)) ruleIds.push(cf.id);
    }
    const ourNotes: MarkedNote[] = [];
    for (const p of probes) {
      if (p.note.isNullObject) continue;
      const rest = removeBlockFromText(p.note.content);
      if (rest !== null) ourNotes.push({ cell: p.cell, rest });
    }
    return {
      sheetName,
      protected: sheet.protection.protected,
      ruleIds,
      ourNotes,
      userNoteCount: noteCount ? Math.max(0, noteCount.value - ourNotes.length) : 0,
    };
  };
}

/**
 * The user's text in the notes on `cells` (our block taken out), for the cells that hold one.
 * Only needed when the sheet has other notes at all, and costs one extra round trip then
 * (Office.js cannot list notes with their cells in one).
 */
// requires ExcelApi 1.18: guarded by supports.notes
export function queueUserNoteProbe(sheet: Excel.Worksheet, cells: readonly string[]): () => Map<string, string> {
  const probes = cells.map((cell) => {
    const note = sheet.notes.getItemOrNullObject(cell);
    note.load('content');
    return { cell, note };
  });
  return () => {
    const taken = new Map<string, string>();
    for (const p of probes) {
      if (p.note.isNullObject) continue;
      const user = removeBlockFromText(p.note.content) ?? p.note.content;
      if (user) taken.set(p.cell, user);
    }
    return taken;
  };
}

/**
 * Every note on the sheet holding a block of ours, with its cell: the marks the add-in has no
 * record of (written by the file adapter, `par-check --annotate`, or before the record was lost).
 * Queue it, sync, call `locate()` (it queues the notes' locations, only when some note holds a
 * block), sync again if it said so, then `result()`.
 */
// requires ExcelApi 1.18: guarded by supports.notes
export function queueNoteScan(sheet: Excel.Worksheet): { locate(): boolean; result(): MarkedNote[] } {
  const notes = sheet.notes;
  notes.load('items/content');
  let marked: { location: Excel.Range; rest: string }[] = [];
  return {
    locate() {
      marked = [];
      for (const note of notes.items) {
        const rest = removeBlockFromText(note.content);
        if (rest === null) continue;
        const location = note.getLocation();
        location.load('address');
        marked.push({ location, rest });
      }
      return marked.length > 0;
    },
    result: () => marked.map((m) => ({ cell: m.location.address.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase(), rest: m.rest })),
  };
}
