/**
 * Round columns as provinces write them, in one header row or under a merged group header, and
 * the unit's answer columns told apart from its original explanation by position and wording.
 */
import { classifyHeader } from '../../../src/engine/layout/headers';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';
import { SheetBuilder } from './sheet-builder';

const role = (text: string) => classifyHeader(text)?.role ?? null;

describe('round headers', () => {
  it.each<[string, ColumnRole]>([
    ['Thẩm định lần 1', 'appraised'],
    ['Thẩm định lần 2', 'appraised2'],
    ['Điểm thẩm định lần 2', 'appraised2'],
    ['Điểm thẩm định (vòng 1)', 'appraised'],
    ['Điểm thẩm định (vòng 2)', 'appraised2'],
    ['Điểm thẩm định vòng II', 'appraised2'],
    ['Điểm thẩm định đợt 2', 'appraised2'],
    ['Thẩm định lần thứ hai', 'appraised2'],
    ['Điểm thẩm định lần đầu', 'appraised'],
    ['Điểm điều tra XHH lần 2', 'survey'], // a round marker does not turn other roles into round 2
    ['Điểm sau giải trình', 'appraised2'],
    ['ĐIỂM SAU GIẢI TRÌNH', 'appraised2'],
    ['Điểm thẩm định sau giải trình', 'appraised2'],
    ['Ý kiến thẩm định lần 1', 'appraiserNote'],
    ['Ý kiến thẩm định lần 2', 'appraiserNote2'],
    ['Ý kiến thẩm định sau giải trình', 'appraiserNote2'],
    ['Giải trình của đơn vị (sau thẩm định)', 'unitAnswer'],
    ['Giải trình sau thẩm định', 'unitAnswer'],
    ['Giải trình bổ sung', 'unitAnswer'],
    ['Tài liệu bổ sung', 'addedEvidence'],
    ['Tài liệu kiểm chứng bổ sung', 'addedEvidence'],
    ['TLKC bổ sung', 'addedEvidence'],
    // unchanged: plain headers keep their roles
    ['Điểm thẩm định', 'appraised'],
    ['Giải trình của đơn vị', 'explanation'],
    ['Giải trình', 'explanation'],
    ['Ý kiến thẩm định', 'appraiserNote'],
    ['Điểm thẩm định (ghi chú)', 'appraiserNote'],
  ])('%j → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });
});

/** A one-row header sheet with two items under it, each header cell as given. */
function oneRow(headers: string[], rows: (string | number | null)[][] = []) {
  const b = new SheetBuilder('Thẩm định');
  b.row('KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2024');
  b.row(...headers);
  for (const r of rows) b.row(...r);
  return readSheet(b.build())!;
}

/** A two-row header: `upper` cells (merged over `span` columns when given), `lower` cells below. */
function twoRow(upper: (string | null)[], lower: (string | null)[], spans: [number, number][], rows: (string | number | null)[][] = []) {
  const b = new SheetBuilder('Thẩm định');
  b.row('KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2024');
  b.row(...upper.map((u) => u ?? ''));
  b.row(...lower.map((l) => l ?? ''));
  for (const r of rows) b.row(...r);
  // Cells without a lower text are merged down; groups are merged across.
  upper.forEach((u, c) => {
    if (u !== null && (lower[c] ?? null) === null) b.merge(1, c, 2, c);
  });
  for (const [from, to] of spans) b.merge(1, from, 1, to);
  return readSheet(b.build())!;
}

const DATA = [
  ['1.1', 'Kế hoạch CCHC', 2, 2, 'KH số 1/KH-UBND ngày 2/1/2024', 1, 'Ban hành chậm', 'Đã ban hành đúng hạn, gửi kèm văn bản', 'Công văn số 9/UBND ngày 3/3/2024', 2, 'Chấp nhận'],
  ['1.2', 'Báo cáo CCHC', 2, 2, 'BC số 2/BC-UBND ngày 2/6/2024', 2, null, null, null, null, null],
];

describe('reading both rounds from a header', () => {
  test('one row: "Thẩm định lần 1 | Thẩm định lần 2" with answer columns between the rounds', () => {
    const p = oneRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Thẩm định lần 1', 'Ý kiến thẩm định lần 1', 'Giải trình của đơn vị', 'Tài liệu bổ sung', 'Thẩm định lần 2', 'Ý kiến thẩm định lần 2'],
      DATA,
    );
    expect(p.columns).toEqual({
      code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6,
      unitAnswer: 7, addedEvidence: 8, appraised2: 9, appraiserNote2: 10,
    });
    const row = p.rows[0];
    expect(row.appraised!.reading).toEqual({ kind: 'number', value: 1, fromText: false });
    expect(row.appraised2).toEqual({ address: 'J3', reading: { kind: 'number', value: 2, fromText: false } });
    expect(row.unitAnswer).toEqual({ address: 'H3', text: 'Đã ban hành đúng hạn, gửi kèm văn bản' });
    expect(row.addedEvidence!.text).toBe('Công văn số 9/UBND ngày 3/3/2024');
    expect(row.appraiserNote2!.text).toBe('Chấp nhận');
    expect(row.explanation).toBeNull();
    expect(p.rows[1].appraised2!.reading.kind).toBe('blank');
    expect(p.rows[1].unitAnswer).toBeNull();
  });

  test('one row: "Điểm thẩm định | Điểm sau giải trình"', () => {
    const p = oneRow(['STT', 'Nội dung', 'Điểm tối đa', 'Tự chấm', 'Điểm thẩm định', 'Điểm sau giải trình', 'Ghi chú']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5, note: 6 });
    expect(p.headerText.appraised2).toBe('Điểm sau giải trình');
  });

  test('one row: "Điểm thẩm định (vòng 1) | (vòng 2)" — a bare round marker continues the column before it', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định (vòng 1)', '(vòng 2)', 'Ý kiến thẩm định (vòng 1)', '(vòng 2)']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5, appraiserNote: 6, appraiserNote2: 7 });
  });

  test('one row: a lone "Thẩm định lần 2" next to a plain "Điểm thẩm định" (used to be ignored in silence)', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm thẩm định lần 2']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5 });
  });

  test('two rows: "Điểm thẩm định" merged over "Lần 1 | Lần 2", "Ý kiến thẩm định" over "Lần 1 | Lần 2"', () => {
    const p = twoRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm thẩm định', null, 'Ý kiến thẩm định', null],
      [null, null, null, null, 'Lần 1', 'Lần 2', 'Lần 1', 'Lần 2'],
      [[4, 5], [6, 7]],
      [['1.1', 'Kế hoạch', 2, 2, 1, 2, 'Chậm', 'Chấp nhận giải trình']],
    );
    expect(p.headerRows).toEqual({ first: 1, last: 2 });
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5, appraiserNote: 6, appraiserNote2: 7 });
    expect(p.rows[0].appraiserNote2!.text).toBe('Chấp nhận giải trình');
  });

  test('two rows: "Thẩm định lần 1" and "Thẩm định lần 2" each over "Điểm | Ý kiến"', () => {
    const p = twoRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định lần 1', null, 'Giải trình của đơn vị', 'Thẩm định lần 2', null],
      [null, null, null, null, 'Điểm', 'Ý kiến', null, 'Điểm', 'Ý kiến'],
      [[4, 5], [7, 8]],
    );
    expect(p.columns).toEqual({
      code: 0, title: 1, max: 2, self: 3, appraised: 4, appraiserNote: 5, unitAnswer: 6, appraised2: 7, appraiserNote2: 8,
    });
  });

  test('two rows: "Điểm thẩm định" merged over "Lần đầu | Sau giải trình", "Ý kiến thẩm định" over "Lần thứ nhất | Lần thứ hai"', () => {
    const p = twoRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', null, 'Ý kiến thẩm định', null],
      [null, null, null, null, 'Lần đầu', 'Sau giải trình', 'Lần thứ nhất', 'Lần thứ hai'],
      [[4, 5], [6, 7]],
    );
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5, appraiserNote: 6, appraiserNote2: 7 });
  });

  test('two rows: "Điểm thẩm định" merged over "(vòng 1) | (vòng 2)"', () => {
    const p = twoRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', null],
      [null, null, null, null, '(vòng 1)', '(vòng 2)'],
      [[4, 5]],
    );
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5 });
  });
});

describe('"Giải trình của đơn vị": the original explanation or the answer to round 1', () => {
  test('left of round 1 it is the explanation; right of it, on a two-round sheet, the answer', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Giải trình', 'Thẩm định lần 1', 'Giải trình của đơn vị', 'Thẩm định lần 2']);
    expect(p.columns).toMatchObject({ explanation: 4, appraised: 5, unitAnswer: 6, appraised2: 7 });
  });

  test('an original explanation on the left makes a second one right of the appraisal the answer, even with one round', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Giải trình', 'Điểm thẩm định', 'Ý kiến thẩm định', 'Giải trình của đơn vị']);
    expect(p.columns).toMatchObject({ explanation: 4, appraised: 5, appraiserNote: 6, unitAnswer: 7 });
  });

  test('a one-round sheet with its only explanation column after the appraisal keeps it as the explanation', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Giải trình của đơn vị']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, explanation: 5 });
  });

  test('after both rounds (no column between them) the only explanation column is the original one', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định lần 1', 'Thẩm định lần 2', 'Giải trình của đơn vị']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5, explanation: 6 });
  });

  test('a second evidence column right of the appraisal is the added evidence', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Tài liệu kiểm chứng']);
    expect(p.columns).toMatchObject({ evidence: 4, appraised: 5, addedEvidence: 6 });
  });

  test('a lone "Điểm sau giải trình" (no round-1 column) is the appraisal', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm sau giải trình', 'Ý kiến sau giải trình']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraiserNote: 5 });
  });
});

describe('more than two rounds', () => {
  test('"Lần 1 | Lần 2 | Lần 3": round 1 and the last round are read; the round between is said, not dropped in silence', () => {
    const p = twoRow(
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', null, null],
      [null, null, null, null, 'Lần 1', 'Lần 2', 'Lần 3'],
      [[4, 6]],
    );
    expect(p.columns).toMatchObject({ appraised: 4, appraised2: 6 });
    expect(p.notes).toEqual([
      {
        code: 'layout.columnNotRead',
        cell: 'F2',
        message: {
          vi: 'Biểu có hơn hai vòng thẩm định: cột F ("Điểm thẩm định / Lần 2") không được đọc; điểm cuối cùng lấy từ cột G (vòng sau cùng), nếu trống thì từ lần 1. Đề nghị ghi điểm cuối cùng của mọi tiêu chí đã thẩm định lại vào cột G.',
          en: 'The sheet has more than two appraisal rounds: column F ("Điểm thẩm định / Lần 2") is not read; final scores come from column G (the last round), or round 1 where it is blank. Write the final score of every re-appraised item in column G.',
        },
      },
    ]);
  });

  test('"lần 2 | lần 3" without a round-1 column: the last round is read as the appraisal and the note names its column', () => {
    // Columns A–F: E = lần 2 (not read), F = lần 3 (the strongest round, read as the only appraisal).
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Thẩm định lần 2', 'Thẩm định lần 3']);
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 5 });
    expect(p.notes).toEqual([
      {
        code: 'layout.columnNotRead',
        cell: 'E2',
        message: {
          vi: 'Biểu không có cột thẩm định lần 1: cột E ("Thẩm định lần 2") không được đọc; điểm thẩm định lấy từ cột F (vòng sau cùng). Đề nghị ghi điểm cuối cùng của mọi tiêu chí vào cột F.',
          en: 'The sheet has no round-1 appraisal column: column E ("Thẩm định lần 2") is not read; appraised scores come from column F (the last round). Write the final score of every item in column F.',
        },
      },
    ]);
  });

  test('two rounds give no such note', () => {
    const p = oneRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Thẩm định lần 1', 'Thẩm định lần 2']);
    expect(p.notes).toEqual([]);
  });
});
