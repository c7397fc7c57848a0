import { buildRankingWorkbook, type BatchFileResult } from '../../../src/engine/ranking/ranking-workbook';
import type { SheetSpec, SpecCell, SpecValue } from '../../../src/engine/sheet-spec';
import { finding, makeResult, type ResultFixture } from '../helpers/check-result-fixtures';

const file = (name: string, f: ResultFixture): BatchFileResult => ({ file: name, result: makeResult(f), error: null });

function sheet(book: SheetSpec[], name: string): SheetSpec {
  const s = book.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; have ${book.map((x) => x.name).join(', ')}`);
  return s;
}
const at = (s: SheetSpec, row: number, col: number): SpecCell | undefined => s.cells.find((c) => c.row === row && c.col === col);
const textOf = (v: SpecValue | undefined): string | undefined => (v && 'text' in v ? v.text : undefined);
const rowOfText = (s: SheetSpec, t: string, col?: number): number => {
  const c = s.cells.find((x) => textOf(x.value) === t && (col === undefined || x.col === col));
  if (!c) throw new Error(`no cell "${t}" on ${s.name}`);
  return c.row;
};
/** What a cell displays: its text, a link's text, a number. */
const shown = (v: SpecValue | undefined): string | undefined =>
  !v ? undefined : 'text' in v ? v.text : 'link' in v ? v.link.text : 'number' in v ? String(v.number) : undefined;
/** Data rows = rows below the header holding a number in column A (the STT / rank column). */
const numberedRows = (s: SheetSpec, headerRow: number): number[] =>
  s.cells.filter((c) => c.col === 0 && c.row > headerRow && c.value !== null && 'number' in c.value).map((c) => c.row);

const twoHealthDepts = (): BatchFileResult[] => [
  file('a/so-y-te-1.xlsx', {
    unit: 'Sở Y tế',
    selfIndex: 90,
    areas: [
      { code: '1', index: 80 },
      { code: '2', index: 95.5 },
    ],
    items: [{ code: '1.1', self: 1.5, appraised: 0.5, note: 'Muộn' }],
    finalIndex: 85.25,
    classification: 'Khá',
    findings: [finding('evidence.missing', 'error', 'H10', '1.1'), finding('evidence.noReference', 'warning', 'H11', '1.2')],
  }),
  file('b/so-y-te-2.xlsx', { unit: 'Sở Y tế', selfIndex: 92, areas: [{ code: '1', index: 70 }], findings: [finding('score.negative', 'error', 'F12', '2.1')] }),
  { file: 'hong.xlsx', result: null, error: 'Tệp không phải .xlsx' },
];

describe('buildRankingWorkbook', () => {
  it('writes the ranking, one sheet per unit with unique names, the findings and the requests', () => {
    const book = buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' });
    expect(book.map((s) => s.name)).toEqual(['Xếp hạng', 'Sở Y tế', 'Sở Y tế (2)', 'Phát hiện', 'Đề nghị giải trình']);
    for (const s of book) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('ranks with the set, basis, totals, classification, area indices, counts and a link to each unit sheet', () => {
    const book = buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' });
    const r = sheet(book, 'Xếp hạng');
    const header = 3;
    const headers = r.cells.filter((c) => c.row === header).map((c) => textOf(c.value));
    expect(headers).toEqual([
      'Hạng', 'Đơn vị', 'Tệp', 'Bộ tiêu chí (phiên bản)', 'Căn cứ xếp hạng', 'Điểm tự đánh giá', 'Điểm sau thẩm định',
      'Chỉ số (%)', 'Xếp loại', 'LV 1 (%)', 'LV 2 (%)', 'Số lỗi', 'Số cảnh báo', 'Chi tiết',
    ]);
    // Self-only 92 ranks above appraised 85.25.
    const first = rowOfText(r, 'b/so-y-te-2.xlsx');
    const second = rowOfText(r, 'a/so-y-te-1.xlsx');
    expect(second).toBe(first + 1);
    expect(at(r, first, 0)?.value).toEqual({ number: 1 });
    expect(textOf(at(r, first, 4)?.value)).toBe('Chỉ số tự đánh giá');
    expect(at(r, second, 0)?.value).toEqual({ number: 2 });
    expect(textOf(at(r, second, 4)?.value)).toBe('Chỉ số sau thẩm định');
    expect(at(r, second, 7)?.value).toEqual({ number: 85.25 });
    expect(textOf(at(r, second, 8)?.value)).toBe('Khá');
    expect(at(r, second, 9)?.value).toEqual({ number: 80 });
    expect(at(r, second, 10)?.value).toEqual({ number: 95.5 });
    expect(at(r, first, 10)?.value ?? null).toBeNull();
    expect(at(r, second, 11)?.value).toEqual({ number: 1 });
    expect(at(r, second, 12)?.value).toEqual({ number: 1 });
    // Links: the first-ranked "Sở Y tế" got the plain name.
    expect(at(r, first, 13)?.value).toEqual({ link: { text: 'Xem', sheet: 'Sở Y tế', cell: 'A1' } });
    expect(at(r, second, 13)?.value).toEqual({ link: { text: 'Xem', sheet: 'Sở Y tế (2)', cell: 'A1' } });
    expect(textOf(at(r, first - 1, 0)?.value)).toContain('s (1)');
    expect(r.freezeRows).toBe(header + 1);
    expect(r.print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
    expect(r.columnWidths).toHaveLength(headers.length);
  });

  it('lists unreadable files below the ranking under "Không đọc được", with the reason', () => {
    const r = sheet(buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' }), 'Xếp hạng');
    const heading = rowOfText(r, 'Không đọc được');
    const fileRow = rowOfText(r, 'hong.xlsx');
    expect(heading).toBeGreaterThan(rowOfText(r, 'a/so-y-te-1.xlsx'));
    expect(fileRow).toBeGreaterThan(heading);
    expect(r.cells.some((c) => c.row === fileRow && textOf(c.value) === 'Tệp không phải .xlsx')).toBe(true);
  });

  it('writes one findings row per finding of every file', () => {
    const files = twoHealthDepts();
    const total = files.reduce((n, f) => n + (f.result?.findings.length ?? 0), 0);
    const f = sheet(buildRankingWorkbook({ files }), 'Phát hiện');
    expect(numberedRows(f, 1)).toHaveLength(total);
    const row = rowOfText(f, 'vi: score.negative');
    expect(f.cells.filter((c) => c.row === row).map((c) => textOf(c.value))).toEqual([
      undefined, 'b/so-y-te-2.xlsx', 'Sở Y tế', 'Lỗi', 'F12', '2.1', 'score.negative', 'vi: score.negative',
    ]);
  });

  it('writes the explanation requests of all units with self, appraised, reason and note', () => {
    const q = sheet(buildRankingWorkbook({ files: twoHealthDepts() }), 'Đề nghị giải trình');
    expect(numberedRows(q, 1)).toHaveLength(1);
    const row = rowOfText(q, '1.1', 3);
    const values = q.cells.filter((c) => c.row === row).map((c) => c.value);
    expect(values[1]).toEqual({ text: 'Sở Y tế' });
    expect(values[6]).toEqual({ number: 1.5 });
    expect(values[7]).toEqual({ number: 0.5 });
    expect(textOf(values[8] ?? undefined)).toMatch(/Điểm thẩm định 0,5 thấp hơn điểm tự đánh giá 1,5.*Thiếu tài liệu kiểm chứng/);
    expect(values[9]).toEqual({ text: 'Muộn' });
  });

  it('writes the unit sheet with its areas table, its findings and a link back', () => {
    const u = sheet(buildRankingWorkbook({ files: twoHealthDepts() }), 'Sở Y tế (2)');
    expect(at(u, 0, 0)?.value).toEqual({ text: 'Sở Y tế' });
    expect(at(u, 1, 0)?.value).toMatchObject({ link: { sheet: 'Xếp hạng' } });
    expect(textOf(at(u, rowOfText(u, 'Hạng'), 1)?.value)).toBe('2 / 2');
    const areaRow = rowOfText(u, 'Lĩnh vực 2');
    expect(at(u, areaRow, 7)?.value).toEqual({ number: 95.5 });
    const messages = u.cells.filter((c) => c.col === 1 && textOf(c.value)?.startsWith('vi: ')).map((c) => textOf(c.value));
    // Errors first (compareFindings), then warnings.
    expect(messages).toEqual(['vi: evidence.missing', 'vi: evidence.noReference']);
  });

  it('keeps formula-looking unit names as text everywhere and never writes a formula', () => {
    const names = ['=HYPERLINK("http://x")', '+84 912', '-abc', '@x'];
    const files = names.map((unit, i) =>
      file(`f${i}.xlsx`, { unit, selfIndex: 50 + i, items: [{ code: '1.1', self: 1, appraised: 0, title: unit, note: unit }], findings: [finding('x.y', 'info', 'A1', null, unit)] }),
    );
    const book = buildRankingWorkbook({ files, lang: 'en' });
    const all = book.flatMap((s) => s.cells);
    expect(all.some((c) => c.value !== null && 'formula' in c.value)).toBe(false);
    for (const n of names) {
      // Every cell showing the name (alone or inside a message) holds it as plain text.
      const holding = all.filter((c) => shown(c.value)?.includes(n));
      expect(holding.length).toBeGreaterThanOrEqual(5);
      for (const c of holding) expect(Object.keys(c.value as object)).toEqual(['text']);
    }
    // Sheet names derived from them are valid and unique.
    const unitSheets = book.slice(1, -2).map((s) => s.name);
    expect(new Set(unitSheets).size).toBe(4);
    expect(unitSheets).toContain('=HYPERLINK("http x")');
  });

  it('uses English headers with lang en but keeps the Vietnamese sheet names', () => {
    const book = buildRankingWorkbook({ files: twoHealthDepts(), lang: 'en' });
    expect(book[0].name).toBe('Xếp hạng');
    expect(textOf(at(book[0], 3, 0)?.value)).toBe('Rank');
  });
});
