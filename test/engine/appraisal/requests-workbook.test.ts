import { pairReplies, requestsWithAnswers, countStates } from '../../../src/engine/appraisal/answers';
import { formatDayDate, parseDeadline } from '../../../src/engine/appraisal/deadline';
import { readRequestsReply, shortTexts } from '../../../src/engine/appraisal/read-reply';
import { requestsFileNames } from '../../../src/engine/appraisal/requests-file-names';
import { REQUESTS_MARK_SHEET } from '../../../src/engine/appraisal/requests-mark';
import { buildRequestsWorkbook, REQUEST_COLUMNS as C, REQUEST_HEADER_ROW, unitRequests } from '../../../src/engine/appraisal/requests-workbook';
import { gridFromValues, type Grid, type CellScalar } from '../../../src/engine/grid';
import type { SheetSpec } from '../../../src/engine/sheet-spec';
import { finding, makeResult } from '../helpers/check-result-fixtures';

/** A SheetSpec as a reader would see it once written (values only): the pure round trip. */
function specToGrid(spec: SheetSpec): Grid {
  const rows: ({ value: CellScalar; hyperlink?: string } | null)[][] = [];
  for (const c of spec.cells) {
    const v = c.value;
    const value = v === null ? null : 'text' in v ? v.text : 'number' in v ? v.number : null;
    (rows[c.row] ??= [])[c.col] = { value };
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { sheetName: spec.name, rows, hiddenRows: [], merges: spec.merges ?? [], rowCount: rows.length, colCount: 10 };
}

const valueAt = (spec: SheetSpec, row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);

/**
 * Sở Y tế, year 2024 (fixture), three leaves:
 *  1.1 self 1.5, round 1 0.5, note "Kế hoạch ban hành muộn" → lowered → explain
 *  1.2 self 1, round 1 1, evidence.missing finding              → evidence
 *  1.3 self 2, round 1 1, no note, evidence.missing              → both, stock note
 */
function sample() {
  return makeResult({
    unit: 'Sở Y tế',
    items: [
      { code: '1', max: 5, self: 4.5, appraised: 2.5 },
      { code: '1.1', max: 1.5, self: 1.5, appraised: 0.5, title: 'Ban hành kế hoạch CCHC', note: 'Kế hoạch ban hành muộn' },
      { code: '1.2', max: 1.5, self: 1, appraised: 1 },
      { code: '1.3', max: 2, self: 2, appraised: 1 },
    ],
    findings: [finding('evidence.missing', 'error', 'H12', '1.2'), finding('evidence.missing', 'error', 'H13', '1.3')],
  });
}

describe('requests workbook for one unit', () => {
  const unit = unitRequests(sample(), 'ho-so/so-y-te.xlsx');
  const [sheet, mark] = buildRequestsWorkbook(unit, { deadline: { day: 15, month: 1, year: 2025 }, council: 'Hội đồng thẩm định Chỉ số CCHC tỉnh Hà Nam' });

  it('lists one row per requested leaf with code, max, self, round-1 score, the note and what is asked', () => {
    expect(unit.requests.map((r) => [r.item, r.asked])).toEqual([['1.1', 'explain'], ['1.2', 'evidence'], ['1.3', 'both']]);
    const first = REQUEST_HEADER_ROW + 1;
    const row = (r: number) => [C.no, C.code, C.title, C.max, C.self, C.round1, C.asked].map((c) => valueAt(sheet, r, c)?.value);
    expect(row(first)).toEqual([{ number: 1 }, { text: '1.1' }, { text: 'Ban hành kế hoạch CCHC' }, { number: 1.5 }, { number: 1.5 }, { number: 0.5 }, { text: 'Giải trình' }]);
    expect(row(first + 1)[6]).toEqual({ text: 'Bổ sung tài liệu kiểm chứng' });
    expect(row(first + 2)[6]).toEqual({ text: 'Giải trình và bổ sung tài liệu kiểm chứng' });
    // The appraiser's own words are shown as they are; without a note the checker's reason is marked as such.
    expect(valueAt(sheet, first, C.note)?.value).toEqual({ text: 'Kế hoạch ban hành muộn' });
    const stock = valueAt(sheet, first + 2, C.note);
    expect((stock?.value as { text: string }).text).toMatch(/^\(Tổ thẩm định chưa ghi ý kiến; nội dung do phần mềm kiểm tra ghi\) Điểm thẩm định 1 thấp hơn/);
    expect(stock?.style?.italic).toBe(true);
  });

  it('heads the document with the council, the motto, the unit, the year and the deadline', () => {
    const texts = sheet.cells.filter((c) => c.row < REQUEST_HEADER_ROW).map((c) => (c.value as { text: string }).text);
    expect(texts).toContain('HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH HÀ NAM');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Kính gửi: Sở Y tế');
    expect(texts).toContain('Hạn gửi giải trình: 15/01/2025');
    expect(texts.some((t) => t.includes('năm 2024') && t.includes('đề nghị đơn vị giải trình') && t.includes('trước ngày 15/01/2025'))).toBe(true);
    // Signature block of the appraisal group below the table.
    const below = sheet.cells.filter((c) => c.row > REQUEST_HEADER_ROW + 3).map((c) => (c.value as { text: string } | null)?.text);
    expect(below).toContain('TM. HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH HÀ NAM');
    expect(below).toContain('(Ký, ghi rõ họ tên)');
  });

  it('shows the round-1 score when round 2 has re-appraised the item (1.1: round 1 0,5, round 2 1, self 1,5)', () => {
    const result = sample();
    const item = result.scores!.items.find((i) => i.code === '1.1')!;
    item.appraised = 1;
    item.finalFrom = 'round2';
    result.scores!.rounds = {
      round1: null, round2: null, finalFrom: 'round2',
      round2Items: [{ code: '1.1', round1: 0.5, round2: 1, notApplicable: false }],
    };
    const redone = unitRequests(result, 'so-y-te.xlsx');
    expect(redone.requests[0]).toMatchObject({ item: '1.1', appraised: 1, round1: 0.5 });
    // Items round 2 did not touch: round 1 is the final score.
    expect(redone.requests[2]).toMatchObject({ item: '1.3', appraised: 1, round1: 1 });
    const [s] = buildRequestsWorkbook(redone);
    expect(valueAt(s, REQUEST_HEADER_ROW + 1, C.round1)?.value).toEqual({ number: 0.5 });
  });

  it('asks for the approval of each N/A claim (exemption findings), showing "Không áp dụng" rather than 0', () => {
    const result = makeResult({
      unit: 'UBND xã An Bình',
      items: [
        { code: '3.1', max: 2, self: 0, appraised: 0, notApplicable: true },
        { code: '3.2', max: 2, self: 0, appraised: 0, notApplicable: true },
        { code: '3.3', max: 2, self: 2, appraised: 2 },
      ],
      findings: [finding('exemption.unconfirmed', 'info', 'F10', '3.1'), finding('exemption.notGranted', 'warning', 'F11', '3.2')],
    });
    const unit = unitRequests(result, 'an-binh.xlsx');
    expect(unit.requests.map((r) => [r.item, r.asked, r.notApplicable, r.cell])).toEqual([
      ['3.1', 'evidence', true, 'F10'],
      ['3.2', 'evidence', true, 'F11'],
    ]);
    expect(unit.requests[0].reason.vi).toContain('Đề nghị đơn vị gửi văn bản của Sở Nội vụ chấp thuận miễn đánh giá');
    expect(unit.requests[1].reason.vi).toContain('chưa có trong danh sách được Sở Nội vụ chấp thuận');
    const [s] = buildRequestsWorkbook(unit);
    const first = REQUEST_HEADER_ROW + 1;
    expect([C.max, C.self, C.round1, C.asked].map((c) => valueAt(s, first, c)?.value)).toEqual([
      { number: 2 }, { text: 'Không áp dụng' }, { text: 'Không áp dụng' }, { text: 'Bổ sung tài liệu kiểm chứng' },
    ]);
    // The "Không áp dụng" cells are what the mark's digest covers: read back unchanged.
    expect(readRequestsReply(buildRequestsWorkbook(unit).map(specToGrid))?.unchanged).toBe(true);
  });

  it('leaves lines to fill when there is no council and no deadline', () => {
    const [plain] = buildRequestsWorkbook(unit);
    const texts = plain.cells.map((c) => (c.value as { text: string } | null)?.text ?? '');
    expect(texts).toContain('HỘI ĐỒNG (TỔ) THẨM ĐỊNH …………………');
    expect(texts).toContain('Hạn gửi giải trình: ……/……/………');
    expect(texts).toContain('TM. HỘI ĐỒNG (TỔ) THẨM ĐỊNH');
  });

  it('opens only the two answer columns, protects the rest and prints on A4 landscape with the header repeated', () => {
    const first = REQUEST_HEADER_ROW + 1;
    for (let r = first; r < first + 3; r++) {
      expect(valueAt(sheet, r, C.explanation)).toMatchObject({ value: null, style: { locked: false, wrap: true } });
      expect(valueAt(sheet, r, C.evidence)).toMatchObject({ value: null, style: { locked: false, wrap: true } });
      expect(valueAt(sheet, r, C.code)?.style?.locked).toBeUndefined();
    }
    expect(sheet.protect).toBe(true);
    expect(sheet.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: REQUEST_HEADER_ROW, last: REQUEST_HEADER_ROW } });
    expect(sheet.minRowHeights?.[first]).toBeGreaterThanOrEqual(45);
    expect(mark).toMatchObject({ name: REQUESTS_MARK_SHEET, visibility: 'veryHidden' });
  });

  it('reads the sent workbook back: every request unanswered, rows unchanged', () => {
    const reply = readRequestsReply([specToGrid(sheet), specToGrid(mark)]);
    expect(reply).toMatchObject({ unit: 'Sở Y tế', file: 'so-y-te.xlsx', set: { id: 's', version: '1' }, year: 2024, deadline: '15/01/2025', unchanged: true, problems: [] });
    expect(reply?.counts).toEqual({ answered: 0, partial: 0, unanswered: 3 });
    expect(reply?.items.map((i) => [i.code, i.self, i.round1])).toEqual([['1.1', 1.5, 0.5], ['1.2', 1, 1], ['1.3', 2, 1]]);
  });

  it('reads answers by item code even when rows moved, and says when a row is gone or changed', () => {
    const grid = specToGrid(sheet);
    const first = REQUEST_HEADER_ROW + 1;
    // 1.1 explained; 1.3 (asks both) gets only evidence → partial; 1.2 left blank.
    grid.rows[first][C.explanation] = { value: 'Kế hoạch số 05/KH-SYT ban hành 10/01/2024, đúng hạn theo văn bản của tỉnh.' };
    grid.rows[first + 2][C.evidence] = { value: 'Báo cáo số 88/BC-SYT ngày 12/12/2024' };
    const reply = readRequestsReply([grid, specToGrid(mark)]);
    expect(reply?.items.map((i) => i.status)).toEqual(['answered', 'unanswered', 'partial']);
    expect(reply?.counts).toEqual({ answered: 1, partial: 1, unanswered: 1 });
    expect(reply?.items[0].cell).toBe(`I${first + 1}`);

    // The unit deleted row 1.2 (rows below move up) and changed the self score of 1.3.
    const moved = specToGrid(sheet);
    moved.rows.splice(first + 1, 1);
    moved.rows[first + 1][C.self] = { value: 1.75 };
    moved.rows[first + 1][C.explanation] = { value: 'Đã bổ sung' };
    const changed = readRequestsReply([moved, specToGrid(mark)]);
    expect(changed?.items.map((i) => [i.code, i.status])).toEqual([['1.1', 'unanswered'], ['1.2', 'unanswered'], ['1.3', 'partial']]);
    expect(changed?.items[1].cell).toBeNull();
    expect(changed?.unchanged).toBe(false);
    expect(changed?.problems.map((p) => p.vi).join(' ')).toContain('mã 1.2');
  });

  it('reads a table copied into another workbook (no mark) by its headers, and says it cannot be compared', () => {
    const grid = specToGrid(sheet);
    const first = REQUEST_HEADER_ROW + 1;
    grid.rows[first][C.explanation] = { value: 'Giải trình 1.1' };
    grid.rows[first + 1][C.evidence] = { value: 'QĐ 12/QĐ-SYT ngày 02/02/2024' };
    // Pasted two rows lower and one column to the right, under another name.
    const moved: Grid = { ...grid, sheetName: 'Sheet1', rows: [[], [], ...grid.rows.map((r) => [null, ...r])] };
    const reply = readRequestsReply([moved]);
    expect(reply).toMatchObject({ unit: 'Sở Y tế', deadline: '15/01/2025', set: null, file: null, unchanged: false, requestSheet: 'Sheet1' });
    expect(reply?.items.map((i) => [i.code, i.asked, i.status, i.self, i.round1])).toEqual([
      ['1.1', 'explain', 'answered', 1.5, 0.5],
      ['1.2', 'evidence', 'answered', 1, 1],
      ['1.3', 'both', 'unanswered', 2, 1],
    ]);
    expect(reply?.items[0].cell).toBe(`J${first + 3}`);
    expect(reply?.problems[0].vi).toContain('không còn dấu nhận diện');
  });

  it('reads a copied table whose header row holds the four telling headers and nothing else', () => {
    // Row 1 has exactly four short texts, the least a header row can have: it is folded and read.
    const grid = gridFromValues('Sheet1', [
      ['Mã tiêu chí', 'Nội dung đề nghị', 'Giải trình của đơn vị', 'Tài liệu kiểm chứng bổ sung'],
      ['1.1', 'Giải trình', 'Đã ban hành kế hoạch', null],
    ]);
    const reply = readRequestsReply([grid]);
    expect(reply?.items.map((i) => [i.code, i.asked, i.status, i.cell])).toEqual([['1.1', 'explain', 'answered', 'C2']]);
  });

  it('counts the short texts of a row (headers are at most 35 characters: "Tài liệu kiểm chứng bổ sung" + 8), up to what is enough', () => {
    const row = [
      { value: 'STT' }, // short text: 1
      { value: 'x'.repeat(36) }, // too long for a header
      { value: 5 }, // not a text
      null,
      { value: 'x'.repeat(35) }, // the longest header length: 2
      { value: 'Giải trình' }, // 3
    ];
    expect(shortTexts(row)).toBe(3);
    expect(shortTexts(row, 2)).toBe(2);
    expect(shortTexts([])).toBe(0);
  });

  it('is no reply: a scoresheet, even one with an explanation column', () => {
    const scoresheet = gridFromValues('Biểu', [
      ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Giải trình của đơn vị', 'Tài liệu kiểm chứng'],
      ['1.1', 'Kế hoạch', 1, 1, 'Đã ban hành', 'KH 12/KH-UBND'],
    ]);
    expect(readRequestsReply([scoresheet])).toBeNull();
  });
});

describe('answers carried into round two', () => {
  it('puts each answer next to its request, marks requests not sent and keeps answers of settled items', () => {
    const unit = unitRequests(sample(), 'so-y-te.xlsx');
    const [sheet, mark] = buildRequestsWorkbook(unit);
    const grid = specToGrid(sheet);
    const first = REQUEST_HEADER_ROW + 1;
    grid.rows[first][C.explanation] = { value: 'Giải trình 1.1' };
    grid.rows[first + 1][C.evidence] = { value: 'QĐ 12/QĐ-SYT ngày 02/02/2024' };
    const reply = readRequestsReply([grid, specToGrid(mark)]);
    // Round 2 on the scoresheet: 1.1 restored to 1.5 (settled), a new request on 1.4 (not sent).
    const now = makeResult({
      unit: 'Sở Y tế',
      items: [
        { code: '1', max: 7, self: 6.5, appraised: 5 },
        { code: '1.1', max: 1.5, self: 1.5, appraised: 1.5 },
        { code: '1.2', max: 1.5, self: 1, appraised: 1 },
        { code: '1.3', max: 2, self: 2, appraised: 1 },
        { code: '1.4', max: 2, self: 2, appraised: 1.5, note: 'Thiếu số liệu' },
      ],
      findings: [finding('evidence.missing', 'error', 'H12', '1.2'), finding('evidence.missing', 'error', 'H13', '1.3')],
    });
    const list = requestsWithAnswers(now, reply);
    expect(list.map((r) => [r.item, r.status, r.settled])).toEqual([
      ['1.1', 'answered', true],
      ['1.2', 'answered', false],
      ['1.3', 'unanswered', false],
      ['1.4', 'notSent', false],
    ]);
    expect(list[0].answer?.explanation).toBe('Giải trình 1.1');
    expect(list[1].answer?.evidence).toBe('QĐ 12/QĐ-SYT ngày 02/02/2024');
    expect(countStates(list)).toEqual({ answered: 2, partial: 0, unanswered: 1, notSent: 1 });
  });

  it('pairs a reply with the scoresheet of the same unit and set, by file when the unit name changed', () => {
    const reply = readRequestsReply(buildRequestsWorkbook(unitRequests(sample(), 'so-y-te.xlsx')).map(specToGrid))!;
    const other = makeResult({ unit: 'Sở Tư pháp', items: [{ code: '1.1', self: 1 }] });
    const same = makeResult({ unit: 'SỞ Y TẾ', items: [{ code: '1.1', self: 1 }] });
    const otherSet = makeResult({ unit: 'Sở Y tế', set: { id: 's', version: '2' }, items: [{ code: '1.1', self: 1 }] });
    expect(pairReplies([reply], [{ file: 'a.xlsx', result: other }, { file: 'b.xlsx', result: otherSet }, { file: 'c.xlsx', result: same }])).toEqual([2]);
    const renamed = makeResult({ unit: 'Sở Y tế tỉnh Hà Nam', items: [{ code: '1.1', self: 1 }] });
    expect(pairReplies([reply], [{ file: 'x/so-y-te.xlsx', result: renamed }])).toEqual([0]);
    expect(pairReplies([reply], [{ file: 'a.xlsx', result: other }])).toEqual([null]);
  });
});

describe('deadline', () => {
  it.each([
    ['15/01/2025', '15/01/2025'],
    ['5/1/2025', '05/01/2025'],
    [' 29/02/2024 ', '29/02/2024'],
    ['31.12.2025', '31/12/2025'],
    ['01-03-2025', '01/03/2025'],
  ])('reads %s', (input, shown) => {
    const parsed = parseDeadline(input);
    expect(parsed.ok && formatDayDate(parsed.date)).toBe(shown);
  });

  it.each([
    ['29/02/2025', 'có 28 ngày'],
    ['31/04/2025', 'có 30 ngày'],
    ['15/13/2025', 'không tồn tại'],
    ['2025-01-15', 'dd/mm/yyyy'],
    ['15/01/25', 'dd/mm/yyyy'],
    ['15/01-2025', 'dd/mm/yyyy'],
    ['hôm nay', 'dd/mm/yyyy'],
    ['15/01/1925', 'từ 2000 đến 2100'],
  ])('refuses %s with a sentence saying how to write it', (input, says) => {
    const parsed = parseDeadline(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.vi).toContain(says);
      expect(parsed.problem.vi).toContain('--deadline 15/01/2025');
      expect(parsed.problem.en).toContain('--deadline 15/01/2025');
    }
  });
});

describe('file names of the requests workbooks', () => {
  it('keeps Vietnamese, removes what file systems forbid and never gives two units one name', () => {
    expect(
      requestsFileNames(['Sở Y tế', 'Sở Y tế', 'SỞ Y TẾ', 'UBND xã A/B: "Mới"?', 'CON', '  ', 'Sở Tài chính.'.normalize('NFD')]),
    ).toEqual([
      'Đề nghị giải trình - Sở Y tế.xlsx',
      'Đề nghị giải trình - Sở Y tế (2).xlsx',
      'Đề nghị giải trình - SỞ Y TẾ (3).xlsx',
      'Đề nghị giải trình - UBND xã A B Mới.xlsx',
      'Đề nghị giải trình - Đơn vị.xlsx',
      'Đề nghị giải trình - Đơn vị (2).xlsx',
      'Đề nghị giải trình - Sở Tài chính.xlsx',
    ]);
    expect(requestsFileNames(['Sở Y tế'], 'vi', ['đề nghị giải trình - sở y tế.xlsx'])).toEqual(['Đề nghị giải trình - Sở Y tế (2).xlsx']);
  });
});
