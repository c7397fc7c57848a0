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
  it('writes per block the results and component tables, then not ranked, tracking, findings, requests and one sheet per unit', () => {
    const book = buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' });
    expect(book.map((s) => s.name)).toEqual([
      'KQ sở ngành', 'LV sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Phát hiện', 'Đề nghị giải trình', 'Sở Y tế', 'Sở Y tế (2)',
    ]);
    for (const s of book) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('the results table: only the complete unit, its points, index, rank and classification; printed on A4', () => {
    const r = sheet(buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' }), 'KQ sở ngành');
    const header = rowOfText(r, 'STT');
    expect(r.cells.filter((c) => c.row === header).map((c) => textOf(c.value))).toEqual([
      'STT', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra XHH', 'Điểm thưởng', 'Điểm trừ',
      'Tổng điểm đạt được', 'Điểm tối đa', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại',
    ]);
    expect(numberedRows(r, header)).toEqual([header + 1]);
    const row = (col: number) => at(r, header + 1, col)?.value;
    expect(row(1)).toEqual({ text: 'Sở Y tế' });
    // Fixture: final 85.25 of 100 (the appraised and survey columns are checked on real sheets in
    // test/cli/season.test.ts; the fixture's items have no area row to sum them under).
    expect([row(7), row(8), row(9), row(10), row(11)]).toEqual([
      { number: 85.25 }, { number: 100 }, { number: 85.25 }, { number: 1 }, { text: 'Khá' },
    ]);
    expect(r.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: header, last: header }, footer: { center: 'Trang {page}/{pages}' } });
    expect(r.columnWidths).toHaveLength(12);
    // National heading and signature block; no finding code or English on the printed sheet.
    const texts = r.cells.map((c) => textOf(c.value)).filter(Boolean);
    expect(texts).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG CƠ QUAN']));
    expect(texts.join(' ')).not.toMatch(/evidence\.|score\.|Rank|Unit/);
  });

  it('lists the units not ranked with status and reason: the duplicate copy and the unreadable file', () => {
    const u = sheet(buildRankingWorkbook({ files: twoHealthDepts(), lang: 'vi' }), 'Chưa xếp hạng');
    const header = rowOfText(u, 'STT');
    const rows = numberedRows(u, header).map((row) => u.cells.filter((c) => c.row === row).map((c) => shown(c.value)));
    expect(rows).toEqual([
      ['1', 'Sở Y tế', 'so-y-te-2.xlsx', 'khối sở, ban, ngành', 'Mới tự đánh giá (bản trùng)',
        'Trùng đơn vị với tệp so-y-te-1.xlsx: không xếp hạng lần nữa; kiểm tra tệp nào là bản đúng. Chưa thẩm định: cột điểm thẩm định còn trống (0/0 ô).'],
      ['2', 'hong', 'hong.xlsx', '—', 'Không đọc được', 'Không đọc được tệp: Tệp không phải .xlsx'],
    ]);
  });

  it('writes one findings row per finding of every file, file names without folders', () => {
    const files = twoHealthDepts();
    const total = files.reduce((n, f) => n + (f.result?.findings.length ?? 0), 0);
    const f = sheet(buildRankingWorkbook({ files }), 'Phát hiện');
    expect(numberedRows(f, 1)).toHaveLength(total);
    const row = rowOfText(f, 'vi: score.negative');
    expect(f.cells.filter((c) => c.row === row).map((c) => textOf(c.value))).toEqual([
      undefined, 'so-y-te-2.xlsx', 'Sở Y tế', 'Lỗi', 'F12', '2.1', 'score.negative', 'vi: score.negative',
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

  it('writes the unit sheet with its status, rank, areas table (change over scored items, survey apart) and a link back', () => {
    const u = sheet(buildRankingWorkbook({ files: twoHealthDepts() }), 'Sở Y tế');
    expect(at(u, 0, 0)?.value).toEqual({ text: 'Sở Y tế' });
    expect(at(u, 1, 0)?.value).toMatchObject({ link: { sheet: 'Theo dõi' } });
    expect(textOf(at(u, rowOfText(u, 'Tình trạng'), 1)?.value)).toBe('Đã đủ điểm');
    expect(textOf(at(u, rowOfText(u, 'Hạng'), 1)?.value)).toBe('1 / 1');
    const head = rowOfText(u, 'Chênh lệch');
    expect(u.cells.filter((c) => c.row === head).map((c) => textOf(c.value))).toEqual([
      'Mã', 'Lĩnh vực', 'Điểm tối đa', 'Tối đa tự đánh giá', 'Tự đánh giá', 'Thẩm định', 'Chênh lệch', 'Điều tra XHH', 'Chỉ số thành phần (%)',
    ]);
    const messages = u.cells.filter((c) => c.col === 1 && textOf(c.value)?.startsWith('vi: ')).map((c) => textOf(c.value));
    expect(messages).toEqual(['vi: evidence.missing', 'vi: evidence.noReference']);
  });

  it('keeps formula-looking unit names as text everywhere and never writes a formula', () => {
    const names = ['=HYPERLINK("http://x")', '+84 912', '-abc', '@x'];
    const files = names.map((unit, i) =>
      file(`f${i}.xlsx`, { unit, finalIndex: 50 + i, items: [{ code: '1.1', self: 1, appraised: 0, title: unit, note: unit }], findings: [finding('x.y', 'info', 'A1', null, unit)] }),
    );
    const book = buildRankingWorkbook({ files, lang: 'en' });
    const all = book.flatMap((s) => s.cells);
    expect(all.some((c) => c.value !== null && 'formula' in c.value)).toBe(false);
    for (const n of names) {
      const holding = all.filter((c) => shown(c.value)?.includes(n));
      expect(holding.length).toBeGreaterThanOrEqual(5);
      for (const c of holding) expect(Object.keys(c.value as object)).toEqual(['text']);
    }
    const unitSheets = book.slice(6).map((s) => s.name);
    expect(new Set(unitSheets).size).toBe(4);
    expect(unitSheets).toContain('=HYPERLINK("http x")');
  });

  it('with lang en: the printed tables stay Vietnamese, the working sheets take English headers', () => {
    const book = buildRankingWorkbook({ files: twoHealthDepts(), lang: 'en' });
    expect(book[0].name).toBe('KQ sở ngành');
    expect(textOf(at(book[0], rowOfText(book[0], 'STT'), 1)?.value)).toBe('Đơn vị');
    const f = sheet(book, 'Phát hiện');
    expect(textOf(at(f, 1, 3)?.value)).toBe('Severity');
  });
});
