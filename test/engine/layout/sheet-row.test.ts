/**
 * One SheetRow from a grid row: each role's cell at its address, formulas and results kept,
 * merged-down text cells read from their master, titles from the first title column that has
 * one, and what an option line under the item gives it.
 */
import { gridFromValues, type Grid } from '../../../src/engine/grid';
import { MergeIndex } from '../../../src/engine/layout/cell-text';
import { buildRow, liftFromOptionRow, type RowContext } from '../../../src/engine/layout/sheet-row';

// A code, B title, C title (indented sub-items), D max, E declared, F self, G evidence, H appraised, I note
const columns = { code: 0, title: 1, max: 3, declared: 4, self: 5, evidence: 6, appraised: 7, note: 8 };

function ctxFor(grid: Grid, extra: Partial<RowContext> = {}): RowContext {
  return { grid, columns, hidden: new Set(grid.hiddenRows), merges: new MergeIndex(grid, 100), ...extra };
}

describe('buildRow', () => {
  test('every role read at its address; roles without a column are null', () => {
    const g = gridFromValues('s', [['1.1', 'Kế hoạch', null, 2, '85%', '1,5', 'KH số 1', 1, 'ghi chú']]);
    g.rows[0][3] = { value: 2, formula: 'SUM(D2:D3)' };
    g.rows[0][4] = { value: 0.85, numFmt: '0%' };
    const r = buildRow(ctxFor(g), 0, 'item', { code: '1.1', raw: '1.1.' }, 'A1', null);
    expect(r).toEqual({
      row: 0,
      kind: 'item',
      code: '1.1',
      codeRaw: '1.1.',
      codeAddress: 'A1',
      title: { address: 'B1', text: 'Kế hoạch' },
      max: { address: 'D1', reading: { kind: 'number', value: 2, fromText: false }, formula: 'SUM(D2:D3)' },
      method: null,
      declared: { address: 'E1', reading: { kind: 'number', value: 85, fromText: false } },
      self: { address: 'F1', reading: { kind: 'number', value: 1.5, fromText: true } },
      appraised: { address: 'H1', reading: { kind: 'number', value: 1, fromText: false } },
      survey: null,
      evidence: { address: 'G1', text: 'KH số 1' },
      explanation: null,
      appraiserNote: null,
      note: { address: 'I1', text: 'ghi chú' },
      appraised2: null,
      appraiserNote2: null,
      unitAnswer: null,
      addedEvidence: null,
      hidden: false,
      optionLines: [],
    });
  });

  test('a formula saved without a result is marked; hidden rows are hidden; no code gives nulls', () => {
    const g = gridFromValues('s', [['Tổng cộng', null, null, null, null, null]]);
    g.rows[0][5] = { value: null, formula: 'SUM(F1:F9)', noResult: true };
    g.hiddenRows = [0];
    const r = buildRow(ctxFor(g), 0, 'total', null, null, null);
    expect(r.self).toEqual({ address: 'F1', reading: { kind: 'blank' }, formula: 'SUM(F1:F9)', noResult: true });
    expect([r.code, r.codeRaw, r.codeAddress, r.kind, r.hidden]).toEqual([null, null, null, 'total', true]);
    expect(r.title).toBeNull();
  });

  test('the title: the first title column holding text, replaced by the reader\u2019s text when given', () => {
    const g = gridFromValues('s', [['1.1.1', null, 'Tiêu chí con'], ['1', 'Lĩnh vực', 'x']]);
    const ctx = ctxFor(g, { titleCols: [1, 2] });
    expect(buildRow(ctx, 0, 'item', null, null, null).title).toEqual({ address: 'C1', text: 'Tiêu chí con' });
    expect(buildRow(ctx, 1, 'item', null, null, null).title).toEqual({ address: 'B2', text: 'Lĩnh vực' });
    expect(buildRow(ctx, 1, 'item', null, null, 'Công tác chỉ đạo').title).toEqual({ address: 'B2', text: 'Công tác chỉ đạo' });
    // without titleCols only the title column
    expect(buildRow(ctxFor(g), 0, 'item', null, null, null).title).toBeNull();
    // without a title column no title, whatever the reader's text
    expect(buildRow(ctxFor(g, { columns: { code: 0 } }), 1, 'item', null, null, 'x').title).toBeNull();
  });

  test('a hyperlink without text is still a cell; an empty cell is none', () => {
    const g = gridFromValues('s', [['1.1', 'T']]);
    g.rows[0][6] = { value: null, hyperlink: 'https://x.vn/kh.pdf' };
    expect(buildRow(ctxFor(g), 0, 'item', null, null, null).evidence).toEqual({ address: 'G1', text: '', hyperlink: 'https://x.vn/kh.pdf' });
    g.rows[0][6] = { value: 'KH', hyperlink: 'https://x.vn/kh.pdf' };
    expect(buildRow(ctxFor(g), 0, 'item', null, null, null).evidence).toEqual({ address: 'G1', text: 'KH', hyperlink: 'https://x.vn/kh.pdf' });
  });

  test('an evidence cell merged down over several items is read on each, from its master; scores are not', () => {
    const g = gridFromValues('s', [
      ['1.1.1', 'a', null, 1, null, 1, 'KH số 1'],
      ['1.1.2', 'b', null, 1, null, null, null],
      ['1.1.3', 'c', null, 1, null, null, null],
    ]);
    g.merges = [
      { top: 0, left: 6, bottom: 2, right: 6 },
      { top: 0, left: 5, bottom: 1, right: 5 },
      { top: 1, left: 8, bottom: 1, right: 8 }, // a one-row "merge" with nothing in it
    ];
    const ctx = ctxFor(g);
    expect([0, 1, 2].map((r) => buildRow(ctx, r, 'item', null, null, null).evidence)).toEqual([
      { address: 'G1', text: 'KH số 1' },
      { address: 'G1', text: 'KH số 1' },
      { address: 'G1', text: 'KH số 1' },
    ]);
    expect(buildRow(ctx, 1, 'item', null, null, null).self!.reading).toEqual({ kind: 'blank' });
    expect(buildRow(ctx, 1, 'item', null, null, null).note).toBeNull();
  });
});

describe('liftFromOptionRow', () => {
  test('what the item row leaves blank comes from the option line; what it has stays', () => {
    const g = gridFromValues('s', [
      ['1.1.1', 'Ban hành kế hoạch', null, 1, null, null, 'KH của Sở', null, null],
      [null, '- Kịp thời', null, null, '90', 1, 'KH số 5', 0.5, 'ghi'],
    ]);
    const ctx = ctxFor(g);
    const item = buildRow(ctx, 0, 'item', { code: '1.1.1', raw: '1.1.1' }, 'A1', null);
    expect(liftFromOptionRow(ctx, item, 1)).toBe(true);
    expect(item.self).toEqual({ address: 'F2', reading: { kind: 'number', value: 1, fromText: false } });
    expect(item.appraised).toEqual({ address: 'H2', reading: { kind: 'number', value: 0.5, fromText: false } });
    expect(item.declared).toEqual({ address: 'E2', reading: { kind: 'number', value: 90, fromText: true } });
    expect(item.evidence).toEqual({ address: 'G1', text: 'KH của Sở' }); // its own stays
    expect(item.note).toEqual({ address: 'I2', text: 'ghi' });
    // a second option line gives nothing more: everything is filled
    expect(liftFromOptionRow(ctx, item, 1)).toBe(false);
  });

  test('an empty option line gives nothing', () => {
    const g = gridFromValues('s', [['1.1.1', 'x', null, 1], [null, '- Không kịp thời']]);
    const ctx = ctxFor(g);
    const item = buildRow(ctx, 0, 'item', null, null, null);
    const before = structuredClone(item);
    expect(liftFromOptionRow(ctx, item, 1)).toBe(false);
    expect(item).toEqual(before);
  });
});
