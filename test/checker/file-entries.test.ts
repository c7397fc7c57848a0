import type { CheckResult } from '../../src/engine/check-result';
import type { Finding } from '../../src/engine/findings/finding';
import {
  batchResults,
  emptyEntries,
  entriesReducer,
  flaggedFileName,
  nameApart,
  progressOf,
  severityCount,
  type EntriesAction,
  type EntriesState,
} from '../../src/checker/file-entries';

const finding = (severity: Finding['severity'], cell: string | null): Finding => ({
  code: 'score.aboveMax',
  severity,
  cell,
  item: null,
  message: { vi: 'v', en: 'e' },
});

const result = (unit: string, findings: Finding[] = []): CheckResult => ({
  sheetName: 'Sheet1',
  unit,
  set: null,
  setChoice: null,
  parsed: null,
  alignment: null,
  scores: null,
  findings,
});

const run = (...actions: EntriesAction[]): EntriesState => actions.reduce(entriesReducer, emptyEntries);
const bytes = new Uint8Array([1, 2, 3]);
const pdfProblem = { vi: 'Đây là tệp PDF', en: 'This is a PDF file' };

describe('the page file list', () => {
  it('adds files as "reading" and records each outcome on its own entry', () => {
    const s = run(
      {
        type: 'added',
        files: [
          { id: 1, name: 'a.xlsx' },
          { id: 2, name: 'b.xlsx' },
          { id: 3, name: 'c.xlsx' },
        ],
      },
      { type: 'checked', id: 2, bytes, hash: null, results: [result('Sở B')] },
      { type: 'failed', id: 3, problem: pdfProblem },
    );
    expect(s.entries.map((e) => [e.name, e.status])).toEqual([
      ['a.xlsx', 'reading'],
      ['b.xlsx', 'checked'],
      ['c.xlsx', 'failed'],
    ]);
    expect(s.entries[1].results[0]?.unit).toBe('Sở B');
    expect(s.entries[1].bytes).toBe(bytes);
    expect(s.entries[2].problem).toEqual(pdfProblem);
    expect(progressOf(s.entries)).toEqual({ total: 3, done: 2, checked: 1, failed: 1, busy: true });
  });

  it('keeps a second file of the same name beside the first, named apart, and says so', () => {
    const s = run(
      {
        type: 'added',
        files: [
          { id: 1, name: 'a.xlsx' },
          { id: 2, name: 'b.xlsx' },
        ],
      },
      { type: 'checked', id: 1, bytes, hash: null, results: [result('old')] },
      // Same name in another case (Windows sees one name), twice more, and a name without extension.
      {
        type: 'added',
        files: [
          { id: 3, name: 'A.xlsx' },
          { id: 4, name: 'a.xlsx' },
          { id: 5, name: 'notes' },
          { id: 6, name: 'notes' },
        ],
      },
    );
    expect(s.entries.map((e) => [e.id, e.name, e.sourceName, e.status])).toEqual([
      [1, 'a.xlsx', 'a.xlsx', 'checked'],
      [2, 'b.xlsx', 'b.xlsx', 'reading'],
      [3, 'A (2).xlsx', 'A.xlsx', 'reading'],
      [4, 'a (3).xlsx', 'a.xlsx', 'reading'],
      [5, 'notes', 'notes', 'reading'],
      [6, 'notes (2)', 'notes', 'reading'],
    ]);
    // The first file's result is kept.
    expect(s.entries[0].results[0].unit).toBe('old');
    expect(s.renamed).toEqual([
      { from: 'A.xlsx', to: 'A (2).xlsx' },
      { from: 'a.xlsx', to: 'a (3).xlsx' },
      { from: 'notes', to: 'notes (2)' },
    ]);
    // Said once: dismissed, or gone when the files change again.
    expect(entriesReducer(s, { type: 'renamedSeen' }).renamed).toEqual([]);
    expect(entriesReducer(s, { type: 'removed', id: 2 }).renamed).toEqual([]);
    expect(entriesReducer(s, { type: 'added', files: [{ id: 7, name: 'c.xlsx' }] }).renamed).toEqual([]);
  });

  it('takes a name already made apart into account ("a (2).xlsx" picked while "a (2).xlsx" is there)', () => {
    expect(nameApart('a.xlsx', new Set(['a.xlsx', 'a (2).xlsx']))).toBe('a (3).xlsx');
    expect(nameApart('Sở Y tế.xlsx', new Set(['sở y tế.xlsx']))).toBe('Sở Y tế (2).xlsx');
    expect(nameApart('.xlsx', new Set(['.xlsx']))).toBe('.xlsx (2)');
    expect(nameApart('b.xlsx', new Set(['a.xlsx']))).toBe('b.xlsx');
  });

  it('records a batch of outcomes at once, leaving the other entries as they were (same objects)', () => {
    const before = run({
      type: 'added',
      files: [
        { id: 1, name: 'a.xlsx' },
        { id: 2, name: 'b.xlsx' },
        { id: 3, name: 'c.xlsx' },
      ],
    });
    const after = entriesReducer(before, {
      type: 'settled',
      outcomes: [
        { id: 1, ok: true, bytes, hash: 'h1', results: [result('Sở A')] },
        { id: 3, ok: false, problem: pdfProblem },
        { id: 9, ok: false, problem: pdfProblem }, // removed meanwhile: dropped
      ],
    });
    expect(after.entries.map((e) => e.status)).toEqual(['checked', 'reading', 'failed']);
    expect(after.entries[1]).toBe(before.entries[1]);
    expect(after.entries[0].hash).toBe('h1');
    expect(after.entries[2].problem).toEqual(pdfProblem);
    // Nothing for any entry on the page: the very same state (no render).
    expect(entriesReducer(before, { type: 'settled', outcomes: [{ id: 9, ok: false, problem: pdfProblem }] })).toBe(before);
  });

  it('removes one file or all, and drops a result arriving for a removed file', () => {
    const s = run(
      {
        type: 'added',
        files: [
          { id: 1, name: 'a.xlsx' },
          { id: 2, name: 'b.xlsx' },
        ],
      },
      { type: 'removed', id: 1 },
      { type: 'checked', id: 1, bytes, hash: null, results: [result('gone')] },
    );
    expect(s.entries.map((e) => e.name)).toEqual(['b.xlsx']);
    expect(run({ type: 'added', files: [{ id: 1, name: 'a.xlsx' }] }, { type: 'cleared' }).entries).toEqual([]);
    expect(progressOf([])).toEqual({ total: 0, done: 0, checked: 0, failed: 0, busy: false });
  });

  it('hands finished files to the ranking with the reason in the chosen language', () => {
    const s = run(
      {
        type: 'added',
        files: [
          { id: 1, name: 'a.xlsx' },
          { id: 2, name: 'b.xlsx' },
          { id: 3, name: 'c.xlsx' },
        ],
      },
      { type: 'checked', id: 1, bytes, hash: null, results: [result('Sở A')] },
      { type: 'failed', id: 2, problem: pdfProblem },
    );
    expect(batchResults(s.entries, 'vi')).toEqual([
      { file: 'a.xlsx', result: s.entries[0].results[0], error: null, contentHash: null },
      { file: 'b.xlsx', result: null, error: 'Đây là tệp PDF', contentHash: null },
    ]);
    expect(batchResults(s.entries, 'en')[1].error).toBe('This is a PDF file');
  });

  it('counts findings by severity', () => {
    const r = result('x', [finding('error', 'F1'), finding('warning', 'F2'), finding('error', null)]);
    expect(severityCount(r, 'error')).toBe(2);
    expect(severityCount(r, 'warning')).toBe(1);
    expect(severityCount(r, 'info')).toBe(0);
  });

  it('names the flagged copy after the original', () => {
    expect(flaggedFileName('so-y-te-2024.xlsx')).toBe('so-y-te-2024-da-danh-dau.xlsx');
    expect(flaggedFileName('Biểu điểm.XLSX')).toBe('Biểu điểm-da-danh-dau.xlsx');
    expect(flaggedFileName('.xlsx')).toBe('bieu-diem-da-danh-dau.xlsx');
  });
});
