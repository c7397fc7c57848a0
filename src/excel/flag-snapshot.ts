/**
 * What the add-in needs to know before (re)writing flags, gathered in the SAME round trip as
 * another read (readGrid's), so a full check stays at two syncs: is the sheet protected, which
 * conditional-format rules are ours (by formula), which recorded notes are still ours, and
 * whether the sheet holds notes of the user's.
 */
import type { SheetFlagRecord } from './flag-memory';
import { isFlagFormula, isOurNote } from './flag-style';
import type { ExcelSupports } from './office-env';

export interface FlagSnapshot {
  sheetName: string;
  protected: boolean;
  /** Ids of the add-in's conditional-format rules on the sheet. */
  ruleIds: string[];
  /** Recorded note cells that still hold one of the add-in's notes. */
  ourNotes: string[];
  /** Notes on the sheet that are not the add-in's (0 without the Notes API). */
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
    const ourNotes: string[] = [];
    for (const p of probes) {
      if (p.note.isNullObject) continue;
      if (isOurNote(p.note.content)) ourNotes.push(p.cell);
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
 * Which of `cells` hold a user's note. Only needed when the sheet has user notes at all, and
 * costs one extra round trip then (Office.js cannot list notes with their cells).
 */
export function queueUserNoteProbe(sheet: Excel.Worksheet, cells: readonly string[]): () => Set<string> {
  const probes = cells.map((cell) => {
    const note = sheet.notes.getItemOrNullObject(cell);
    note.load('content');
    return { cell, note };
  });
  return () => {
    const taken = new Set<string>();
    for (const p of probes) {
      if (p.note.isNullObject) continue;
      if (!isOurNote(p.note.content)) taken.add(p.cell);
    }
    return taken;
  };
}
