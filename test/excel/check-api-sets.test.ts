/**
 * scripts/check-api-sets.js over small fixture sources in a temp dir. The sets below were read by
 * hand in node_modules/@types/office-js/index.d.ts:
 *   Range.getMergedAreasOrNullObject  [Api set: ExcelApi 1.13]
 *   Range.isEntireRow                 [Api set: ExcelApi 1.7]   (the manifest's floor: no check)
 *   Worksheet.notes                   [Api set: ExcelApi 1.18]
 * and office-env.ts (copied as is) checks mergedAreas → 1.13, pageLayout → 1.9, notes → 1.18.
 * One checker run covers every fixture (building the Program over office-js costs ~3 s).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkApiSets } = require('../../scripts/check-api-sets.js') as {
  checkApiSets(o: { dir: string }): { uses: { where: string; member: string; set: string; guard: string | null }[]; errors: string[] };
};

const FIXTURES: Record<string, string> = {
  // Line 4: guarded by a ternary on supports.mergedAreas (1.13 ≥ 1.13).
  'guarded.ts': `import type { ExcelSupports } from './office-env';

export function merges(range: Excel.Range, supports: ExcelSupports): Excel.RangeAreas | null {
  return supports.mergedAreas ? range.getMergedAreasOrNullObject() : null;
}
`,
  // Line 4: no check at all.
  'unguarded.ts': `import type { ExcelSupports } from './office-env';

export function merges(range: Excel.Range, _supports: ExcelSupports): Excel.RangeAreas {
  return range.getMergedAreasOrNullObject();
}
`,
  // Line 4: checked, but pageLayout is only ExcelApi 1.9 < 1.13.
  'weak-guard.ts': `import type { ExcelSupports } from './office-env';

export function merges(range: Excel.Range, supports: ExcelSupports): Excel.RangeAreas | null {
  return supports.pageLayout ? range.getMergedAreasOrNullObject() : null;
}
`,
  // Range.isEntireRow is ExcelApi 1.7: needs nothing, not even listed.
  'floor.ts': `export function entireRow(range: Excel.Range): boolean {
  return range.isEntireRow;
}
`,
  // Line 5: after an early exit on !supports.notes.
  'early-exit.ts': `import type { ExcelSupports } from './office-env';

export function countNotes(sheet: Excel.Worksheet, supports: ExcelSupports): number | null {
  if (!supports.notes) return null;
  sheet.notes.load('items');
  return 0;
}
`,
  // Annotated helper (line 3-4); caller on line 8 is guarded, caller on line 11 is not.
  'annotated.ts': `import type { ExcelSupports } from './office-env';

// requires ExcelApi 1.18: guarded by supports.notes
function loadNotes(sheet: Excel.Worksheet): void {
  sheet.notes.load('items');
}
export function good(sheet: Excel.Worksheet, supports: ExcelSupports): void {
  if (supports.notes) loadNotes(sheet);
}
export function bad(sheet: Excel.Worksheet): void {
  loadNotes(sheet);
}
`,
  // The annotation claims 1.13 for notes, which office-env checks at 1.18: rejected.
  'lying-annotation.ts': `// requires ExcelApi 1.13: guarded by supports.notes
export function loadNotes(sheet: Excel.Worksheet): void {
  sheet.notes.load('items');
}
`,
};

describe('check-api-sets', () => {
  let result: ReturnType<typeof checkApiSets>;
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-sets-'));
    fs.copyFileSync(path.join(__dirname, '../../src/excel/office-env.ts'), path.join(dir, 'office-env.ts'));
    for (const [name, text] of Object.entries(FIXTURES)) fs.writeFileSync(path.join(dir, name), text);
    result = checkApiSets({ dir });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Paths are relative to the cwd: match the file name after a separator ("guarded.ts" ≠ "unguarded.ts").
  const inFile = (text: string, file: string) => new RegExp(`[\\\\/]${file.replace('.', '\\.')}:`).test(text);
  const errorsOf = (file: string) => result.errors.filter((e) => inFile(e, file));
  const usesOf = (file: string) => result.uses.filter((u) => inFile(u.where, file));

  it('accepts a 1.13 member inside a supports.mergedAreas check and lists it with its guard', () => {
    expect(errorsOf('guarded.ts')).toEqual([]);
    const uses = usesOf('guarded.ts');
    expect(uses.map((u) => [u.where.replace(/^.*[\\/]/, ''), u.member, u.set])).toEqual([
      ['guarded.ts:4', 'Range.getMergedAreasOrNullObject', 'ExcelApi 1.13'],
    ]);
    expect(uses[0].guard).toMatch(/^supports\.mergedAreas \(ExcelApi 1\.13\)/);
  });

  it('fails an unguarded 1.13 use, naming file:line, member and set', () => {
    const errors = errorsOf('unguarded.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/unguarded\.ts:4: Range\.getMergedAreasOrNullObject .*ExcelApi 1\.13/);
  });

  it('fails a check of a set older than the member needs (1.9 guard, 1.13 member)', () => {
    const errors = errorsOf('weak-guard.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/weak-guard\.ts:4: Range\.getMergedAreasOrNullObject .*ExcelApi 1\.13/);
  });

  it('asks nothing of a member at the floor (ExcelApi 1.7)', () => {
    expect(errorsOf('floor.ts')).toEqual([]);
    expect(usesOf('floor.ts')).toEqual([]);
  });

  it('accepts a use after `if (!supports.notes) return`', () => {
    expect(errorsOf('early-exit.ts')).toEqual([]);
    // sheet.notes (Worksheet.notes, 1.18, guarded by the exit) and .load on the NoteCollection
    // (1.18, covered by its receiver's class).
    const uses = usesOf('early-exit.ts').map((u) => [u.where.replace(/^.*[\\/]/, ''), u.member, u.guard?.replace(/ at .*$/, '')]);
    expect(uses.sort()).toEqual([
      ['early-exit.ts:5', 'NoteCollection.load', 'receiver is Excel.NoteCollection (ExcelApi 1.18), obtained through a checked member'],
      ['early-exit.ts:5', 'Worksheet.notes', 'supports.notes (ExcelApi 1.18)'],
    ]);
  });

  it('accepts an annotated function but fails its unguarded caller', () => {
    const errors = errorsOf('annotated.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/annotated\.ts:11: loadNotes is annotated "requires ExcelApi 1\.18"/);
  });

  it('rejects an annotation whose version is not the one office-env checks', () => {
    expect(errorsOf('lying-annotation.ts').some((e) => /supports\.notes, office-env checks ExcelApi 1\.18/.test(e))).toBe(true);
  });

  it('finds exactly the errors above and no others', () => {
    // unguarded 1 + weak-guard 1 + annotated 1 + lying-annotation (version mismatch, use not
    // covered at line 3, no caller) 3 = 6.
    expect(result.errors).toHaveLength(6);
  });
});
