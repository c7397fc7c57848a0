import { chooseSet, setFit } from '../../src/engine/set-match';
import { alignRows } from '../../src/engine/align';
import { buildParsed, type RowSpec } from './helpers/build-parsed';
import { cleanRows, ruleSet } from './helpers/parsed-fixtures';
import { buildSet, item } from './helpers/build-set';

const current = ruleSet();
// An older version: 1.2 was worth 2.5 and 1.4 1.5 (same codes).
const old = ruleSet({ version: '2023.1', year: 2023 });
old.items[0].children![1].maxPoints = 2.5;
old.items[0].children![3].maxPoints = 1.5;
// Another set with other codes.
const other = buildSet([item('I', 5, [item('1', 3), item('2', 2)])], { id: 'other-set', version: '1' });

describe('setFit', () => {
  test('share of the set items found with the same max', () => {
    const parsed = buildParsed(cleanRows());
    expect(setFit(parsed, current)).toBe(1);
    expect(setFit(parsed, old)).toBeCloseTo(6 / 8);
    expect(setFit(parsed, other)).toBeLessThan(0.5);
  });
});

describe('chooseSet', () => {
  test('hands back the rows aligned to the chosen set, whichever way it was chosen (check.ts does not align again)', () => {
    const parsed = buildParsed(cleanRows());
    const declared = buildParsed(cleanRows(), { declaredSetId: 'rule-set', declaredVersion: '2023.1' });
    const matched = chooseSet(parsed, [old, other, current]);
    const byDeclaration = chooseSet(declared, [old, current]);
    const forced = chooseSet(parsed, [current], other);
    // Independent: the alignment of each chosen set, computed here directly.
    expect(matched.alignment).toEqual(alignRows(parsed, current));
    expect(byDeclaration.alignment).toEqual(alignRows(declared, old));
    expect(forced.alignment).toEqual(alignRows(parsed, other));
    // The old set misses no code of the sheet; the other set misses most of them.
    expect(forced.alignment!.extra.length).toBeGreaterThan(0);
  });

  test('best fit when nothing is forced or declared', () => {
    const m = chooseSet(buildParsed(cleanRows()), [old, other, current]);
    expect(m.set).toBe(current);
    expect(m.choice.how).toBe('matched');
    expect(m.choice.candidates[0]).toEqual({ id: 'rule-set', version: '2024.1', fit: 1 });
    expect(m.findings).toEqual([]);
  });

  test('the declared set wins when loaded, with a warning when another fits clearly better', () => {
    const m = chooseSet(buildParsed(cleanRows(), { declaredSetId: 'rule-set', declaredVersion: '2023.1' }), [old, current]);
    expect(m.set).toBe(old);
    expect(m.choice.how).toBe('declared');
    expect(m.findings.map((f) => f.code)).toEqual(['layout.betterSetMatch']);
    expect(m.findings[0].message.vi).toContain('rule-set (2024.1)');
  });

  test('a declared set that fits is used without warning', () => {
    const m = chooseSet(buildParsed(cleanRows(), { declaredSetId: 'rule-set', declaredVersion: '2024.1' }), [old, current]);
    expect(m.set).toBe(current);
    expect(m.findings).toEqual([]);
  });

  test('a declared set that is not loaded: warning, then the best fit', () => {
    const m = chooseSet(buildParsed(cleanRows(), { declaredSetId: 'tinh-x-2024' }), [old, current]);
    expect(m.set).toBe(current);
    expect(m.choice.how).toBe('matched');
    expect(m.findings.map((f) => f.code)).toEqual(['layout.unknownDeclaredSet']);
  });

  test('forced wins over declared and best fit, and is warned about', () => {
    const m = chooseSet(buildParsed(cleanRows(), { declaredSetId: 'rule-set', declaredVersion: '2024.1' }), [current], old);
    expect(m.set).toBe(old);
    expect(m.choice.how).toBe('forced');
    expect(m.findings.map((f) => f.code)).toEqual(['layout.betterSetMatch']);
  });

  test('layout.noSetMatched (error) and no set when nothing fits', () => {
    const rows: RowSpec[] = [['9', { max: 1 }], ['9.1', { max: 1 }]];
    const m = chooseSet(buildParsed(rows), [current, other]);
    expect(m.set).toBeNull();
    expect(m.findings.map((f) => [f.code, f.severity])).toEqual([['layout.noSetMatched', 'error']]);
    expect(chooseSet(buildParsed(rows), []).findings[0].code).toBe('layout.noSetMatched');
  });

  test('no layout.noSetMatched when the code column is missing: layout.columnMissing already says why', () => {
    const noCodes = buildParsed([]);
    delete noCodes.columns.code;
    const matched = chooseSet(noCodes, [current, other]);
    expect(matched.set).toBeNull();
    expect(matched.findings).toEqual([]);
    expect(chooseSet(noCodes, [current], current).findings).toEqual([]);
    const declared = buildParsed([], { declaredSetId: 'rule-set', declaredVersion: '2024.1' });
    delete declared.columns.code;
    expect(chooseSet(declared, [current]).findings).toEqual([]);
    // Other causes are still reported: no set loaded, or a code column whose codes fit nothing.
    expect(chooseSet(noCodes, []).findings.map((f) => f.code)).toEqual(['layout.noSetMatched']);
    expect(chooseSet(buildParsed([]), [current]).findings.map((f) => f.code)).toEqual(['layout.noSetMatched']);
  });

  test('ties go to the set with more of its title words in the title block, each line read on its own', () => {
    // Same codes, maxima, year and version; only the titles differ: "xa", "phuong" against "so", "nganh".
    const commune = { ...current, id: 'a-set', version: '1', title: 'Xã phường' };
    const department = { ...current, id: 'b-set', version: '1', title: 'Sở ngành' };
    const withLines = (lines: string[]) => {
      const parsed = buildParsed(cleanRows());
      parsed.titleBlock.lines = lines;
      return parsed;
    };
    // Two words of one set on two lines: both count (2 to 0).
    expect(chooseSet(withLines(['SỞ', 'NGÀNH']), [commune, department]).set).toBe(department);
    expect(chooseSet(withLines(['XÃ', 'PHƯỜNG']), [department, commune]).set).toBe(commune);
    // No word spans two lines: "NGÀ" + "NH" is not "nganh", so 1 ("so") to 1 ("xa"), and the tie
    // goes on to the id ("a-set" before "b-set").
    expect(chooseSet(withLines(['SỞ NGÀ', 'NH XÃ']), [department, commune]).set).toBe(commune);
  });

  test('ties go to the set whose year the title states, then the newest version', () => {
    const same = ruleSet({ version: '2024.2' });
    const parsed = buildParsed(cleanRows());
    expect(chooseSet(parsed, [current, same]).set).toBe(same);
    const older = ruleSet({ version: '2025.1', year: 2023 });
    expect(chooseSet(buildParsed(cleanRows(), { year: 2024 }), [older, current]).set).toBe(current);
  });
});
