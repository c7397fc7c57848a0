/**
 * What every check reads about one sheet (src/engine/findings/context.ts), each rule pinned on a
 * hand-built sheet of ruleSet() (helpers/parsed-fixtures.ts): rows from sheet row 11 (index 10)
 * in the order 1, 1.1, 1.1.1, 1.1.2, 1.1.3, 1.2, 1.3 (survey), 1.4; code column A, self F,
 * appraised I.
 */
import { alignRows } from '../../../src/engine/align';
import { buildContext, cellOf, codeCellOf, finding, isSurvey, textOf } from '../../../src/engine/findings/context';
import { buildParsed, type BuildOptions, type RowInput } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';
import { cleanRows, ruleSet } from '../helpers/parsed-fixtures';

const SET = ruleSet();
function ctxOf(overrides: Record<string, RowInput> = {}, options: BuildOptions = {}) {
  const parsed = buildParsed(cleanRows(overrides), options);
  return buildContext(parsed, SET, alignRows(parsed, SET));
}

describe('buildContext', () => {
  test('items in tree order, by code, with their position', () => {
    const ctx = ctxOf();
    const codes = ['1', '1.1', '1.1.1', '1.1.2', '1.1.3', '1.2', '1.3', '1.4'];
    expect(ctx.flat.map((f) => f.item.code)).toEqual(codes);
    expect([...ctx.order.entries()]).toEqual(codes.map((c, i) => [c, i]));
    expect(ctx.byCode.get('1.1.2')!.item.maxPoints).toBe(2);
  });

  test('a code listed twice in a set: the first one is the one found by code, at its position', () => {
    // 1 (2): 1.1 (1, title "first"), 1.1 again (1, title "second")
    const set = buildSet([item('1', 2, [item('1.1', 1, [], { title: 'first' }), item('1.1', 1, [], { title: 'second' })])]);
    const parsed = buildParsed([['1', {}], ['1.1', { self: 1 }]]);
    const ctx = buildContext(parsed, set, alignRows(parsed, set));
    expect(ctx.byCode.get('1.1')!.item.title).toBe('first');
    expect(ctx.order.get('1.1')).toBe(1);
  });

  test('the year: the one the sheet states, else the set\u2019s (2024)', () => {
    expect(ctxOf({}, { year: 2025 }).year).toBe(2025);
    expect(ctxOf().year).toBe(2024);
  });

  test('appraisal has started when a leaf row has a number or N/A in the appraised, survey or round-2 column', () => {
    expect(ctxOf().hasAppraisal).toBe(false);
    // words or a dash in the appraised column are not an appraisal
    expect(ctxOf({ '1.4': { appraised: 'chưa chấm' }, '1.2': { appraised: '-' } }, { appraised: true }).hasAppraisal).toBe(false);
    expect(ctxOf({ '1.4': { appraised: 0 } }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.2': { appraised: 'KAD' } }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.3': { survey: 1.5 } }, { survey: true }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.3': { survey: 'KAD' } }, { survey: true }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.4': { appraised2: 2 } }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.2': { appraised2: 'KAD' } }).hasAppraisal).toBe(true);
    expect(ctxOf({ '1.4': { appraised2: 'giữ nguyên' } }).hasAppraisal).toBe(false);
  });

  test('the scores are computed once here when not given: the self total of the clean sheet is 6.6', () => {
    // 1.1.1 1 + 1.1.2 1 + 1.1.3 0.85 + 1.2 1.75 + 1.4 2 = 6.6 (1.3 is survey, no self-score)
    const ctx = ctxOf();
    expect(ctx.scores!.self.total).toBe(6.6);
    expect(ctx.writtenTotals!.self.total).toBe(6.6);
    // written: by item, in tree order: 1.1 = 1 + 1 + 0.85 = 2.85
    expect(ctx.written.get(ctx.byCode.get('1.1')!)!.self).toBe(2.85);
    expect(ctx.written.get(ctx.byCode.get('1.4')!)!.code).toBe('1.4');
    expect(ctx.written.size).toBe(8);
  });

  test('given scores are used as they are; null (scoring failed) leaves none', () => {
    const parsed = buildParsed(cleanRows());
    const alignment = alignRows(parsed, SET);
    const own = buildContext(parsed, SET, alignment);
    const given = { scores: structuredClone(own.scores!), asWritten: structuredClone(own.writtenTotals!) };
    given.scores.self.total = 1;
    given.asWritten.self.total = 2;
    const ctx = buildContext(parsed, SET, alignment, { scores: given });
    expect([ctx.scores!.self.total, ctx.writtenTotals!.self.total]).toEqual([1, 2]);
    const none = buildContext(parsed, SET, alignment, { scores: null });
    expect([none.scores, none.writtenTotals, none.written.size]).toEqual([null, null, 0]);
  });

  test('an exemptions grant is passed on; none when not given', () => {
    const grant = { source: 'mien.xlsx', row: 3, unit: 'Sở Y tế', codes: new Map([['1.2', 'C3']]) };
    const parsed = buildParsed(cleanRows());
    expect(buildContext(parsed, SET, alignRows(parsed, SET), { exemptions: grant as never }).exemptions).toBe(grant);
    expect(ctxOf().exemptions).toBeUndefined();
  });
});

describe('cells and small helpers', () => {
  test('cellOf: the role\u2019s column on the row (1.4 on sheet row 18: F18), null without that column', () => {
    const ctx = ctxOf();
    const row = ctx.alignment.rowFor.get('1.4')!;
    expect(cellOf(ctx.parsed, row, 'self')).toBe('F18');
    expect(cellOf(ctx.parsed, row, 'appraised')).toBeNull();
    expect(cellOf(ctxOf({}, { appraised: true }).parsed, row, 'appraised')).toBe('I18');
  });

  test('codeCellOf: where the code was read, else the code column', () => {
    const ctx = ctxOf();
    const row = ctx.alignment.rowFor.get('1.2')!;
    expect(codeCellOf(ctx.parsed, { ...row, codeAddress: 'B16' })).toBe('B16');
    expect(codeCellOf(ctx.parsed, { ...row, codeAddress: null })).toBe('A16');
  });

  test('finding: the catalogue severity unless one is given', () => {
    const msg = { vi: 'v', en: 'e' };
    expect(finding('score.missing', 'F12', '1.1', msg)).toEqual({ code: 'score.missing', severity: 'warning', cell: 'F12', item: '1.1', message: msg });
    expect(finding('evidence.missing', null, null, msg, 'warning').severity).toBe('warning');
  });

  test('textOf: trimmed text, \u2019\u2019 for no cell', () => {
    expect(textOf({ text: '  Đã giải trình \n' })).toBe('Đã giải trình');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });

  test('isSurvey: the item\u2019s own kind or an ancestor\u2019s', () => {
    const set = buildSet([item('1', 4, [item('1.1', 2, [item('1.1.1', 2)], { kind: 'survey' }), item('1.2', 2)])]);
    const parsed = buildParsed([['1.2', { self: 1 }]]);
    const ctx = buildContext(parsed, set, alignRows(parsed, set));
    expect(['1', '1.1', '1.1.1', '1.2'].map((c) => isSurvey(ctx.byCode.get(c)!))).toEqual([false, true, true, false]);
  });
});
