/**
 * buildRow and liftFromOptionRow over every role (mutants sheet-row.test.ts left alive): which
 * text roles are read from the master of a merge running down over several items (evidence,
 * explanations, appraisal notes, answers, added evidence; not the method or the note), and which
 * roles an option line may fill on its item (five scores, seven texts).
 */
import { gridFromValues, type Grid } from '../../../src/engine/grid';
import { MergeIndex } from '../../../src/engine/layout/cell-text';
import type { ColumnRole, SheetRow } from '../../../src/engine/layout/parsed-sheet';
import { buildRow, liftFromOptionRow, type RowContext } from '../../../src/engine/layout/sheet-row';

// One column per role, A…P, in this order.
const ROLES: ColumnRole[] = [
  'code', 'title', 'max', 'method', 'declared', 'self', 'evidence', 'explanation',
  'appraised', 'survey', 'appraiserNote', 'note', 'appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence',
];
const columns = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Partial<Record<ColumnRole, number>>;
const col = (role: ColumnRole) => ROLES.indexOf(role);
const letter = (role: ColumnRole) => String.fromCharCode(65 + col(role));

function ctxFor(grid: Grid): RowContext {
  return { grid, columns, hidden: new Set(), merges: new MergeIndex(grid, 100) };
}

const TEXT_ROLES = ['method', 'evidence', 'explanation', 'appraiserNote', 'note', 'appraiserNote2', 'unitAnswer', 'addedEvidence'] as const;
const INHERITED = ['evidence', 'explanation', 'appraiserNote', 'appraiserNote2', 'unitAnswer', 'addedEvidence'];

describe('a text cell merged down over several items', () => {
  test.each(TEXT_ROLES)('%s: read from the master on the rows below it only if it is an inherited role', (role) => {
    // row 1 holds the text in the role's column, merged down over rows 1–2; row 2's own cell is empty
    const r1: (string | null)[] = Array(16).fill(null);
    r1[0] = '1.1';
    r1[col(role)] = 'văn bản chung';
    const r2: (string | null)[] = Array(16).fill(null);
    r2[0] = '1.2';
    const g = gridFromValues('s', [r1, r2]);
    g.merges = [{ top: 0, left: col(role), bottom: 1, right: col(role) }];
    const second = buildRow(ctxFor(g), 1, 'item', null, null, null);
    const expected = INHERITED.includes(role) ? { address: `${letter(role)}1`, text: 'văn bản chung' } : null;
    expect(second[role]).toEqual(expected);
    // the master row reads its own cell whatever the role
    expect(buildRow(ctxFor(g), 0, 'item', null, null, null)[role]).toEqual({ address: `${letter(role)}1`, text: 'văn bản chung' });
  });

  test('a merge across (not down) gives nothing to the row', () => {
    const r1: (string | null)[] = Array(17).fill(null);
    r1[col('evidence')] = null;
    const g = gridFromValues('s', [r1]);
    g.rows[0][col('evidence') - 1] = { value: 'TLKC' }; // F1 holds text; F1:G1 merged across
    g.merges = [{ top: 0, left: col('evidence') - 1, bottom: 0, right: col('evidence') }];
    expect(buildRow(ctxFor(g), 0, 'item', null, null, null).evidence).toBeNull();
  });
});

describe('what an option line gives its item', () => {
  const SCORES = ['declared', 'self', 'appraised', 'survey', 'appraised2'] as const;
  const LIFTED_TEXTS = ['evidence', 'explanation', 'appraiserNote', 'note', 'appraiserNote2', 'unitAnswer', 'addedEvidence'] as const;

  function itemAndLine(role: ColumnRole, value: string | number) {
    const line: (string | number | null)[] = Array(16).fill(null);
    line[1] = '- phương án';
    line[col(role)] = value;
    const g = gridFromValues('s', [['1.1', 'Kế hoạch'], line]);
    const ctx = ctxFor(g);
    const item: SheetRow = buildRow(ctx, 0, 'item', null, null, null);
    return { ctx, item };
  }

  test.each(SCORES)('the score %s, blank on the item row, comes from the line', (role) => {
    const { ctx, item } = itemAndLine(role, 1);
    expect(liftFromOptionRow(ctx, item, 1)).toBe(true);
    // declared is read in per cent: 1 stays 1 (a plain number is taken as written)
    expect(item[role]).toEqual({ address: `${letter(role)}2`, reading: { kind: 'number', value: 1, fromText: false } });
  });

  test.each(LIFTED_TEXTS)('the text %s, empty on the item row, comes from the line', (role) => {
    const { ctx, item } = itemAndLine(role, 'KH số 5');
    expect(liftFromOptionRow(ctx, item, 1)).toBe(true);
    expect(item[role]).toEqual({ address: `${letter(role)}2`, text: 'KH số 5' });
  });

  test('the max and the method stay the item\'s own: a line\'s max or method is not lifted', () => {
    const max = itemAndLine('max', 2);
    expect(liftFromOptionRow(max.ctx, max.item, 1)).toBe(false);
    expect(max.item.max).toEqual({ address: 'C1', reading: { kind: 'blank' } });
    const method = itemAndLine('method', 'Cách tính');
    expect(liftFromOptionRow(method.ctx, method.item, 1)).toBe(false);
    expect(method.item.method).toBeNull();
  });

  test('a per-cent text on the line is read in per cent for declared ("80%" → 80)', () => {
    const { ctx, item } = itemAndLine('declared', '80%');
    liftFromOptionRow(ctx, item, 1);
    expect(item.declared!.reading).toMatchObject({ kind: 'number', value: 80 });
    const self = itemAndLine('self', '80%');
    liftFromOptionRow(self.ctx, self.item, 1);
    expect(self.item.self!.reading.kind).not.toBe('number'); // a self score is no per cent
  });

  test('a line with a blank score gives nothing; a line with a hyperlink only gives the link', () => {
    const { ctx, item } = itemAndLine('self', '');
    expect(liftFromOptionRow(ctx, item, 1)).toBe(false);
    expect(item.self).toEqual({ address: 'F1', reading: { kind: 'blank' } });
    const linked = itemAndLine('evidence', '');
    linked.ctx.grid.rows[1][col('evidence')] = { value: null, hyperlink: 'https://x.vn/a.pdf' };
    expect(liftFromOptionRow(linked.ctx, linked.item, 1)).toBe(true);
    expect(linked.item.evidence).toEqual({ address: 'G2', text: '', hyperlink: 'https://x.vn/a.pdf' });
  });
});
