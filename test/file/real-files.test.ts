/**
 * Real .xlsx files written by other programs (test/fixtures/real, origin and licence in its
 * README): the fast reader and the ExcelJS path read the same grids, or both refuse with a
 * sentence, and `check` / `check --annotate` give the same answer. The few accepted differences
 * are listed below with their reason. scripts/differential-real.ts runs the same comparison over
 * any number of files by hand.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';
import { copyNoteTexts } from '../../src/file/prepare-package';
import { copyProblems, readForCheck } from '../../src/file/read-for-check';
import { fileProblems } from '../../src/file/sniff';

const DIR = join(__dirname, '..', 'fixtures', 'real');

/**
 * Files that are not read the same by both readers, and why that is accepted. "fast only": the
 * fast reader reads the file, ExcelJS cannot even after prepare-package.ts; the check stands and
 * the flagged copy is refused with a sentence. "refused": neither reads it; the user gets a sentence.
 */
const ACCEPTED: Record<string, { outcome: 'fast only' | 'refused'; why: string }> = {
  'calamine-inlineStr_with_value.xlsx': { outcome: 'fast only', why: 'inline strings written after a <v> in the same cell: ExcelJS fails on the mix' },
  'poi-BrNotClosed.xlsx': { outcome: 'fast only', why: 'an unclosed <br> in a comment\'s HTML-like text: ExcelJS\'s strict XML parser stops, the cells are fine' },
  'poi-poc-xmlbomb.xlsx': { outcome: 'fast only', why: 'an XML entity bomb in a DTD: ExcelJS stops on the undefined entity; the fast reader never expands entities' },
  'calamine-pass_protected.xlsx': { outcome: 'refused', why: 'password-protected: the encrypted-file sentence' },
  'calamine-richtext-after-plain.xlsx': { outcome: 'refused', why: 'a shared string with plain text then rich runs: not valid, neither reader guesses' },
  'poi-sample-beta.xlsx': { outcome: 'refused', why: 'a pre-release (beta) SpreadsheetML vocabulary (<sstItem>): not an .xlsx of any released Excel' },
};

const files = readdirSync(DIR).filter((f) => /\.xlsx$/.test(f)).sort();

test('the folder holds the files the README lists', () => {
  const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
  expect(files.length).toBeGreaterThanOrEqual(20);
  for (const f of files) expect(readme).toContain(f);
});

describe.each(files)('%s', (file) => {
  const bytes = readFileSync(join(DIR, file));
  const accepted = ACCEPTED[file];

  test('both readers: same grids, or the accepted difference', async () => {
    let fast: ReturnType<typeof readWorkbookSheetsFast> | null = null;
    try {
      fast = readWorkbookSheetsFast(bytes);
    } catch {
      fast = null;
    }
    let slow: FileWorkbook | null = null;
    try {
      slow = await FileWorkbook.fromBuffer(bytes);
    } catch {
      slow = null;
    }
    if (!accepted) {
      expect(fast).not.toBeNull();
      expect(slow).not.toBeNull();
      expect(fast!.map((s) => s.grid)).toStrictEqual(slow!.readAllGrids());
    } else if (accepted.outcome === 'fast only') {
      expect(fast).not.toBeNull();
      expect(slow).toBeNull();
    } else {
      expect(fast).toBeNull();
    }
  });

  test('check and check --annotate give one answer', async () => {
    const quick = await readForCheck(bytes, { needWorkbook: false });
    const full = await readForCheck(bytes, { needWorkbook: true });
    if (accepted?.outcome === 'refused') {
      expect(quick.ok).toBe(false);
      expect(full).toEqual(quick);
      if (!quick.ok) expect(quick.problem.vi.length).toBeGreaterThan(40);
      return;
    }
    if (!quick.ok || !full.ok) throw new Error(`not read: ${JSON.stringify(quick.ok ? full : quick)}`);
    expect(full.sheets).toStrictEqual(quick.sheets);
    if (accepted?.outcome === 'fast only') {
      expect(full.workbook).toBeNull();
      expect(full.copyNotes).toEqual([copyProblems.cannotOpen]);
    } else {
      expect(full.workbook).not.toBeNull();
    }
  });
});

test('answers hand-checked on a few files', async () => {
  const sheets = (f: string) => readWorkbookSheetsFast(readFileSync(join(DIR, f)));
  // Not an empty comparison: most files hold cells (three hold only formats or validations).
  const withCells = files.filter((f) => !ACCEPTED[f] && sheets(f).some((s) => s.grid.rows.some((r) => r.some((c) => c !== null))));
  expect(withCells.length).toBeGreaterThanOrEqual(24);
  // date1904="true" (not "1"): 1904 dates, in both readers
  const d1904 = sheets('calamine-date_1904.xlsx')[0].grid;
  expect(d1904.rows[0][0]?.value).toBe('2021-01-01');
  // "SharedStrings.xml" spelled with a capital S: the strings are read, not their indexes
  expect(sheets('calamine-issue_419.xlsx')[0].grid.rows[0][0]).toEqual({ value: 'Hello' });
  // A table ExcelJS fails on: the copy is made without it, and says so
  expect((await FileWorkbook.fromBuffer(readFileSync(join(DIR, 'poi-61281.xlsx')))).copyNotes).toEqual([copyNoteTexts.tablesDropped]);
  // The encrypted file gets the password sentence
  expect(await readForCheck(readFileSync(join(DIR, 'calamine-pass_protected.xlsx')), { needWorkbook: false })).toEqual({ ok: false, problem: fileProblems.encrypted });
});
