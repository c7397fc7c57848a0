/**
 * The shared sample sheets imported as if they were a province's template: the two clean ones
 * must give back the illustrative set they were scored against; the one with deliberate layout
 * defects must be refused with its sums named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildSetFromSheet } from '../../../src/engine/import/build-set';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import { FileWorkbook } from '../../../src/file/file-workbook';
import { compareSets } from './compare-sets';

const samples = resolve(__dirname, '../../fixtures/samples');

async function parsedSample(file: string, sheet: string): Promise<ParsedSheet> {
  const wb = await FileWorkbook.fromBuffer(readFileSync(resolve(samples, file)));
  const parsed = readSheet(await wb.readGrid(sheet));
  if (!parsed) throw new Error(`no header on ${file}`);
  return parsed;
}

let reference: CriteriaSet;
beforeAll(() => {
  reference = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
});

const meta = { id: 'minh-son-so-2024', year: 2024, unitLevel: 'department' as const };

describe.each([
  ['so-tu-phap-2024.xlsx', 'Tự đánh giá'],
  ['so-y-te-2024.xlsx', 'Biểu chấm điểm'],
])('importing %s', (file, sheet) => {
  it('gives back the codes, titles, maxima, kinds and nesting of mau-so-nganh-2024', async () => {
    const { set, report } = buildSetFromSheet(await parsedSample(file, sheet), meta);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.sums).toEqual([]);
    const cmp = compareSets(reference, set);
    expect(cmp.codes.actual).toEqual(cmp.codes.expected);
    expect(cmp.differences).toEqual([]);
    expect(cmp.nesting).toEqual([]);
    expect(set.scale).toBe(100);
    expect(set.title).toBe('BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024');
    console.log(`${file}: ${cmp.rulesEqual} of ${cmp.rulesInSet} rules of mau-so-nganh-2024 read back equal; differing: ${cmp.rulesDiffering.join(' | ') || 'none'}`);
    // 7.4.2 reads as three options where the set encodes a 0.5 step: the text supports both.
    expect(cmp.rulesEqual).toBeGreaterThanOrEqual(55);
    expect(cmp.rulesExtra).toEqual([]);
    expect(report.unreadScoring).toEqual([]);
  });
});

describe('importing so-xay-dung-2024.xlsx (an old template: an extra row, two missing rows, a changed max)', () => {
  it('is refused, naming every parent whose children do not add up', async () => {
    const { set, report } = buildSetFromSheet(await parsedSample('so-xay-dung-2024.xlsx', 'Sheet1'), meta);
    expect(report.ok).toBe(false);
    // 1.5 is extra (+1 on area 1), 3.3.3 and 7.3.3 are missing, 4.1.2 says 2 instead of 1.5.
    expect(report.sums.map((s) => [s.code, s.cell, s.declared, s.sum])).toEqual([
      ['1', 'C10', 10, 11],
      ['3.3', 'C44', 4, 3],
      ['4.1', 'C53', 3, 3.5],
      ['7.3', 'C99', 5, 3.5],
    ]);
    expect(report.problems.map((p) => p.item)).toEqual(['1', '3.3', '4.1', '7.3']);
    expect(set.draft).toBeUndefined();
  });
});
