/**
 * resolveRoundColumns and roundOfPrevious on hand-made header cells (mutants round-columns.test.ts
 * left alive): a lone round-2 column, rounds between the first and the last, the unit's answer
 * and added evidence decided by position, the strongest original kept. Expected columns are read
 * off the rules in round-columns.ts's header comment.
 */
import { isAppraisalRole, resolveRoundColumns, roundOfPrevious, type HeaderCell } from '../../../src/engine/layout/round-columns';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';

const cell = (col: number, role: ColumnRole, text: string, strength = 1010): HeaderCell => ({ col, role, strength, text });

describe('a lone round-2 column is the appraisal', () => {
  test('appraised2 and its note move to round 1, texts with them', () => {
    const all = [cell(3, 'self', 'Tự chấm'), cell(4, 'appraised2', 'Điểm sau giải trình'), cell(5, 'appraiserNote2', 'Ý kiến sau giải trình')];
    const columns = { self: 3, appraised2: 4, appraiserNote2: 5 };
    const headerText = { self: 'Tự chấm', appraised2: 'Điểm sau giải trình', appraiserNote2: 'Ý kiến sau giải trình' };
    expect(resolveRoundColumns(all, columns, headerText)).toEqual([]);
    expect(columns).toStrictEqual({ self: 3, appraised: 4, appraiserNote: 5 });
    expect(headerText).toStrictEqual({ self: 'Tự chấm', appraised: 'Điểm sau giải trình', appraiserNote: 'Ý kiến sau giải trình' });
  });

  test('a round-1 note already there keeps the round-2 note as round 2', () => {
    const columns = { appraised2: 4, appraiserNote: 5, appraiserNote2: 6 };
    resolveRoundColumns([], columns, {});
    expect(columns).toStrictEqual({ appraised: 4, appraiserNote: 5, appraiserNote2: 6 });
  });

  test('without a header text nothing is invented', () => {
    const headerText = {};
    resolveRoundColumns([], { appraised2: 4 }, headerText);
    expect(headerText).toStrictEqual({});
  });
});

describe('more than two rounds: the rounds between are returned, not read', () => {
  test('"lần 1 | lần 2 | lần 3": lần 2 is left out', () => {
    const all = [cell(4, 'appraised', 'lần 1'), cell(5, 'appraised2', 'lần 2', 9.02), cell(6, 'appraised2', 'lần 3', 9.03)];
    expect(resolveRoundColumns(all, { appraised: 4, appraised2: 6 }, {})).toEqual([all[1]]);
  });

  test('without round 1: the last round becomes round 1, the one before it is still said', () => {
    const all = [cell(5, 'appraised2', 'lần 2', 9.02), cell(6, 'appraised2', 'lần 3', 9.03)];
    const columns: Partial<Record<ColumnRole, number>> = { appraised2: 6 };
    expect(resolveRoundColumns(all, columns, {})).toEqual([all[0]]);
    expect(columns).toStrictEqual({ appraised: 6 });
  });

  test('no appraisal column at all: nothing to resolve', () => {
    const columns = { self: 3, explanation: 4 };
    expect(resolveRoundColumns([cell(4, 'explanation', 'Giải trình')], columns, {})).toEqual([]);
    expect(columns).toStrictEqual({ self: 3, explanation: 4 });
  });
});

describe('"Giải trình" right of the round-1 score', () => {
  test('with another explanation left of round 1: the right one is the answer, the left one the original', () => {
    const all = [cell(3, 'explanation', 'Giải trình'), cell(4, 'appraised', 'Thẩm định'), cell(5, 'explanation', 'Giải trình của đơn vị')];
    const columns: Partial<Record<ColumnRole, number>> = { explanation: 3, appraised: 4 };
    const headerText: Partial<Record<ColumnRole, string>> = { explanation: 'Giải trình', appraised: 'Thẩm định' };
    resolveRoundColumns(all, columns, headerText);
    expect(columns).toStrictEqual({ explanation: 3, appraised: 4, unitAnswer: 5 });
    expect(headerText).toStrictEqual({ explanation: 'Giải trình', appraised: 'Thẩm định', unitAnswer: 'Giải trình của đơn vị' });
  });

  test('the strongest explanation left of round 1 stays the original (the first on a tie)', () => {
    const all = [cell(1, 'explanation', 'Lý do', 5), cell(2, 'explanation', 'Giải trình', 1010), cell(3, 'explanation', 'Thuyết minh', 1010), cell(4, 'appraised', 'Thẩm định'), cell(6, 'explanation', 'Giải trình của đơn vị')];
    const columns: Partial<Record<ColumnRole, number>> = { explanation: 6, appraised: 4 };
    const headerText: Partial<Record<ColumnRole, string>> = { explanation: 'Giải trình của đơn vị' };
    resolveRoundColumns(all, columns, headerText);
    expect(columns).toStrictEqual({ explanation: 2, appraised: 4, unitAnswer: 6 });
    expect(headerText).toStrictEqual({ explanation: 'Giải trình', unitAnswer: 'Giải trình của đơn vị' });
  });

  test('a one-round sheet with its explanation last: it stays the explanation', () => {
    const columns = { appraised: 4, explanation: 5 };
    resolveRoundColumns([cell(4, 'appraised', 'Thẩm định'), cell(5, 'explanation', 'Giải trình')], columns, {});
    expect(columns).toStrictEqual({ appraised: 4, explanation: 5 });
  });

  test.each<[string, Partial<Record<ColumnRole, number>>]>([
    ['a round-2 score after it', { appraised2: 7 }],
    ['a round-2 note', { appraiserNote2: 7 }],
    ['an added-evidence column', { addedEvidence: 7 }],
  ])('a two-round sheet (%s): the explanation between the rounds is the answer, no original left', (_, extra) => {
    const columns: Partial<Record<ColumnRole, number>> = { appraised: 4, explanation: 5, ...extra };
    const headerText: Partial<Record<ColumnRole, string>> = { explanation: 'Giải trình' };
    resolveRoundColumns([cell(4, 'appraised', 'Thẩm định'), cell(5, 'explanation', 'Giải trình')], columns, headerText);
    expect(columns).toStrictEqual({ appraised: 4, unitAnswer: 5, ...extra });
    expect(headerText).toStrictEqual({ unitAnswer: 'Giải trình' });
  });

  test('an explanation after the round-2 score stays the explanation', () => {
    const columns = { appraised: 4, appraised2: 5, explanation: 6 };
    resolveRoundColumns([cell(4, 'appraised', 'lần 1'), cell(5, 'appraised2', 'lần 2'), cell(6, 'explanation', 'Giải trình')], columns, {});
    expect(columns).toStrictEqual({ appraised: 4, appraised2: 5, explanation: 6 });
  });

  test('an answer column already named keeps everything as it is', () => {
    const columns = { explanation: 3, appraised: 4, unitAnswer: 6 };
    resolveRoundColumns([cell(3, 'explanation', 'Giải trình'), cell(4, 'appraised', 'Thẩm định'), cell(5, 'explanation', 'Giải trình 2')], columns, {});
    expect(columns).toStrictEqual({ explanation: 3, appraised: 4, unitAnswer: 6 });
  });

  test('an explanation cell whose column another role took is not a candidate', () => {
    // column 5 was read as the appraiser note; an explanation reading of it is left alone
    const columns = { explanation: 3, appraised: 4, appraiserNote: 5 };
    resolveRoundColumns([cell(3, 'explanation', 'Giải trình'), cell(4, 'appraised', 'Thẩm định'), cell(5, 'explanation', 'Ghi chú')], columns, {});
    expect(columns).toStrictEqual({ explanation: 3, appraised: 4, appraiserNote: 5 });
  });
});

describe('a second evidence column right of round 1 is the added evidence', () => {
  test('evidence both left and right of round 1: the right one is added evidence', () => {
    const columns: Partial<Record<ColumnRole, number>> = { evidence: 3, appraised: 4 };
    const headerText: Partial<Record<ColumnRole, string>> = { evidence: 'TLKC' };
    resolveRoundColumns([cell(3, 'evidence', 'TLKC'), cell(4, 'appraised', 'Thẩm định'), cell(6, 'evidence', 'Tài liệu')], columns, headerText);
    expect(columns).toStrictEqual({ evidence: 3, appraised: 4, addedEvidence: 6 });
    expect(headerText).toStrictEqual({ evidence: 'TLKC', addedEvidence: 'Tài liệu' });
  });

  test('evidence only right of round 1 stays the evidence', () => {
    const columns = { appraised: 4, evidence: 6 };
    resolveRoundColumns([cell(4, 'appraised', 'Thẩm định'), cell(6, 'evidence', 'TLKC')], columns, {});
    expect(columns).toStrictEqual({ appraised: 4, evidence: 6 });
  });

  test('evidence only left of round 1 stays the evidence', () => {
    const columns = { appraised: 4, evidence: 2 };
    resolveRoundColumns([cell(2, 'evidence', 'TLKC'), cell(4, 'appraised', 'Thẩm định')], columns, {});
    expect(columns).toStrictEqual({ appraised: 4, evidence: 2 });
  });
});

describe('a bare round marker after an appraisal column', () => {
  const prev = (role: ColumnRole, strength = 1014) => ({ match: { role, strength, weak: false } });

  test('round 1 is the same column\'s round 1; round 2 its round 2, a hair stronger', () => {
    expect(roundOfPrevious(prev('appraised'), '(vòng 1)')).toEqual({ role: 'appraised', strength: 1014, weak: false });
    expect(roundOfPrevious(prev('appraised'), '(vòng 2)')).toEqual({ role: 'appraised2', strength: 1014.02, weak: false });
    expect(roundOfPrevious(prev('appraised2'), 'Lần 1')).toEqual({ role: 'appraised', strength: 1014, weak: false });
    expect(roundOfPrevious(prev('appraiserNote'), '(vòng 2)')).toEqual({ role: 'appraiserNote2', strength: 1014.02, weak: false });
    expect(roundOfPrevious(prev('appraiserNote2'), 'Lần 1')).toEqual({ role: 'appraiserNote', strength: 1014, weak: false });
    expect(roundOfPrevious(prev('appraised'), 'Lần 3')).toEqual({ role: 'appraised2', strength: 1014.03, weak: false });
  });

  test('not after a non-appraisal column, and not for text that is more than a marker', () => {
    expect(roundOfPrevious(prev('self'), '(vòng 2)')).toBeNull();
    expect(roundOfPrevious(prev('appraised'), 'Ghi chú')).toBeNull();
  });

  test('isAppraisalRole: the four appraisal columns only', () => {
    const all: ColumnRole[] = ['code', 'title', 'max', 'method', 'declared', 'self', 'evidence', 'explanation', 'appraised', 'survey', 'appraiserNote', 'note', 'appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence'];
    expect(all.filter(isAppraisalRole)).toEqual(['appraised', 'appraiserNote', 'appraised2', 'appraiserNote2']);
  });
});
