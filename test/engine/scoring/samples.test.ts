/**
 * The index arithmetic on the three sample workbooks, against the figures their README states
 * (test/fixtures/samples/README.md). Reads through the file adapter and the sheet reader, so it
 * is an end-to-end check of the numbers a user sees.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { alignRows } from '../../../src/engine/align';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { pickScoresheet } from '../../../src/engine/layout/find-scoresheet';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { computeScores } from '../../../src/engine/scoring/compute';
import { formatNumber } from '../../../src/engine/text/format';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';

const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;

async function scoresOf(file: string) {
  const wb = await loadWorkbook(readFileSync(join(__dirname, '../../fixtures/samples', file)));
  const grid = pickScoresheet(readWorkbookGrids(wb))!;
  const parsed = readSheet(grid)!;
  return computeScores(parsed, set, alignRows(parsed, set));
}
const vi = (n: number) => formatNumber(n, 'vi');
const areasSelf = (s: Awaited<ReturnType<typeof scoresOf>>) => s.areas.map((a) => `${a.code}: ${vi(a.self)}/${vi(a.selfMax)}`);

describe('sample workbooks', () => {
  it('so-tu-phap-2024: 64,21 / 70,00 = 91,73%, Tốt', async () => {
    const s = await scoresOf('so-tu-phap-2024.xlsx');
    expect([vi(s.self.total), vi(s.self.max), vi(s.self.index)]).toEqual(['64,21', '70,00', '91,73']);
    expect(s.final).toBeNull();
    expect(s.classification).toBe('Tốt');
    expect(areasSelf(s)).toEqual([
      '1: 7,75/9,00', '2: 7,00/8,00', '3: 8,36/10,00', '4: 7,91/9,00',
      '5: 12,82/13,00', '6: 5,33/5,50', '7: 13,54/14,00', '8: 1,50/1,50',
    ]);
  });

  it('so-y-te-2024: self 59,99 / 68,50 = 87,58%; appraised 83,39 / 98,50 = 84,66%, Khá', async () => {
    const s = await scoresOf('so-y-te-2024.xlsx');
    expect([vi(s.self.total), vi(s.self.max), vi(s.self.index)]).toEqual(['59,99', '68,50', '87,58']);
    expect([vi(s.final!.total), vi(s.final!.max), vi(s.final!.index)]).toEqual(['83,39', '98,50', '84,66']);
    expect(s.classification).toBe('Khá');
    expect(s.classifiedOn).toBe('final');
    expect(s.areas.map((a) => `${a.code}: ${vi(a.appraised!)}/${vi(a.max)}`)).toEqual([
      '1: 8,35/10,00', '2: 8,41/8,50', '3: 11,59/14,50', '4: 8,90/11,00',
      '5: 14,54/16,00', '6: 5,37/7,00', '7: 13,37/16,00', '8: 12,86/15,50',
    ]);
    expect(areasSelf(s)).toEqual([
      '1: 7,50/9,00', '2: 6,50/6,50', '3: 8,05/10,00', '4: 8,25/9,00',
      '5: 11,98/13,00', '6: 4,95/5,50', '7: 11,76/14,00', '8: 1,00/1,50',
    ]);
  });

  it('so-xay-dung-2024: 63,23 / 70,00 = 90,33%, Khá (missing items keep their max)', async () => {
    const s = await scoresOf('so-xay-dung-2024.xlsx');
    expect([vi(s.self.total), vi(s.self.max), vi(s.self.index)]).toEqual(['63,23', '70,00', '90,33']);
    expect(s.classification).toBe('Khá');
    expect(areasSelf(s)).toEqual([
      '1: 9,00/9,00', '2: 8,00/8,00', '3: 7,16/10,00', '4: 8,94/9,00',
      '5: 12,92/13,00', '6: 4,46/5,50', '7: 11,25/14,00', '8: 1,50/1,50',
    ]);
  });
});
