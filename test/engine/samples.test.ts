/**
 * The three sample sheets of test/fixtures/samples end to end (file → grid → check): every
 * deliberate defect of their README is found at its cell with its code, nothing else is an
 * error, the clean sheet has no error or warning, and the README's figures come out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbookGrids } from '../../src/engine/check';
import type { CheckResult } from '../../src/engine/check-result';
import { bundledSets } from '../../src/engine/criteria/registry';
import { loadWorkbook, readWorkbookGrids } from '../../src/file/read-grid';

const SAMPLES = path.join(__dirname, '../fixtures/samples');

async function check(file: string): Promise<CheckResult> {
  const wb = await loadWorkbook(fs.readFileSync(path.join(SAMPLES, file)));
  return checkWorkbookGrids(readWorkbookGrids(wb), { sets: bundledSets() });
}

const keyed = (r: CheckResult, severity: string) =>
  r.findings
    .filter((f) => f.severity === severity)
    .map((f) => `${f.code}@${f.cell ?? '-'}#${f.item ?? '-'}`)
    .sort();

const r2 = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

function areaFigures(r: CheckResult) {
  return Object.fromEntries(
    r.scores!.areas.map((a) => [a.code, [r2(a.self), r2(a.selfMax), r2(a.appraised), a.appraised === null ? null : r2(a.max)]]),
  );
}

describe('so-tu-phap-2024.xlsx (clean)', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check('so-tu-phap-2024.xlsx');
  });

  test('sheet, unit and set', () => {
    expect(r.sheetName).toBe('Tự đánh giá');
    expect(r.unit).toBe('Sở Tư pháp');
    expect([r.set?.id, r.set?.version]).toEqual(['mau-so-nganh-2024', '2024.1']);
  });

  test('no error and no warning', () => {
    expect(keyed(r, 'error')).toEqual([]);
    expect(keyed(r, 'warning')).toEqual([]);
  });

  test('README figures', () => {
    const s = r.scores!;
    expect([r2(s.self.total), r2(s.self.max), r2(s.self.index)]).toEqual([64.21, 70, 91.73]);
    expect(s.final).toBeNull();
    expect(s.classification).toBe('Tốt');
    expect(areaFigures(r)).toEqual({
      '1': [7.75, 9, null, null],
      '2': [7, 8, null, null],
      '3': [8.36, 10, null, null],
      '4': [7.91, 9, null, null],
      '5': [12.82, 13, null, null],
      '6': [5.33, 5.5, null, null],
      '7': [13.54, 14, null, null],
      '8': [1.5, 1.5, null, null],
    });
  });
});

describe('so-y-te-2024.xlsx (appraised)', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check('so-y-te-2024.xlsx');
  });

  test('sheet, unit and set', () => {
    expect(r.sheetName).toBe('Biểu chấm điểm');
    expect(r.unit).toBe('Sở Y tế');
    expect(r.set?.id).toBe('mau-so-nganh-2024');
  });

  test('exactly the README defects are errors', () => {
    expect(keyed(r, 'error')).toEqual(
      [
        'score.aboveMax@F35#2.3.3',
        'evidence.missing@H70#5.2.2',
        'appraisal.noNote@G56#4.1.2',
        'appraisal.noNote@G85#6.1.2',
      ].sort(),
    );
  });

  test('no warning', () => {
    expect(keyed(r, 'warning')).toEqual([]);
  });

  test('README figures', () => {
    const s = r.scores!;
    expect([r2(s.self.total), r2(s.self.max), r2(s.self.index)]).toEqual([59.99, 68.5, 87.58]);
    expect([r2(s.final!.total), r2(s.final!.max), r2(s.final!.index)]).toEqual([83.39, 98.5, 84.66]);
    expect(s.classification).toBe('Khá');
    expect(areaFigures(r)).toEqual({
      '1': [7.5, 9, 8.35, 10],
      '2': [6.5, 6.5, 8.41, 8.5],
      '3': [8.05, 10, 11.59, 14.5],
      '4': [8.25, 9, 8.9, 11],
      '5': [11.98, 13, 14.54, 16],
      '6': [4.95, 5.5, 5.37, 7],
      '7': [11.76, 14, 13.37, 16],
      '8': [1, 1.5, 12.86, 15.5],
    });
  });
});

describe('so-xay-dung-2024.xlsx (old template)', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check('so-xay-dung-2024.xlsx');
  });

  test('sheet, unit and set', () => {
    expect(r.sheetName).toBe('Sheet1');
    expect(r.unit).toBe('Sở Xây dựng');
    expect(r.set?.id).toBe('mau-so-nganh-2024');
  });

  test('exactly the README defects are errors', () => {
    expect(keyed(r, 'error')).toEqual(['layout.missingItem@-#3.3.3', 'layout.missingItem@-#7.3.3', 'layout.maxChanged@C55#4.1.2'].sort());
  });

  test('the README warnings, and no other', () => {
    expect(keyed(r, 'warning')).toEqual(['layout.extraRow@A24#1.5', 'score.parentMismatch@F81#6'].sort());
  });

  test('missing items say where to insert them', () => {
    const m = r.findings.filter((f) => f.code === 'layout.missingItem');
    expect(m.find((f) => f.item === '3.3.3')!.message.vi).toContain('sau dòng 46');
    expect(m.find((f) => f.item === '7.3.3')!.message.vi).toContain('sau dòng 101');
  });

  test('README figures', () => {
    const s = r.scores!;
    expect([r2(s.self.total), r2(s.self.max), r2(s.self.index)]).toEqual([63.23, 70, 90.33]);
    expect(s.classification).toBe('Khá');
    expect(areaFigures(r)).toEqual({
      '1': [9, 9, null, null],
      '2': [8, 8, null, null],
      '3': [7.16, 10, null, null],
      '4': [8.94, 9, null, null],
      '5': [12.92, 13, null, null],
      '6': [4.46, 5.5, null, null],
      '7': [11.25, 14, null, null],
      '8': [1.5, 1.5, null, null],
    });
  });
});
