/**
 * The three sample sheets end to end: file adapter → check → ranking, explanation requests
 * and the ranking workbook. Expected figures come from test/fixtures/samples/README.md.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { explanationRequests } from '../../../src/engine/appraisal/explanation-requests';
import { checkWorkbookGrids } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { rankUnits } from '../../../src/engine/ranking/rank';
import { buildRankingWorkbook, type BatchFileResult } from '../../../src/engine/ranking/ranking-workbook';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';

const SAMPLES = join(__dirname, '../../fixtures/samples');
const NAMES = ['so-y-te-2024.xlsx', 'so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx'];

let files: BatchFileResult[];

beforeAll(async () => {
  const sets = bundledSets();
  files = await Promise.all(
    NAMES.map(async (name) => {
      const wb = await loadWorkbook(readFileSync(join(SAMPLES, name)));
      return { file: name, result: checkWorkbookGrids(readWorkbookGrids(wb), { sets }), error: null };
    }),
  );
  files.push({ file: 'hong.xlsx', result: null, error: 'Tệp bị hỏng.' });
});

describe('ranking the sample sheets', () => {
  // Issue 8: only complete results are ranked: Sở Y tế (appraised, survey points on the sheet);
  // the two self-assessed sheets are listed with their status.
  it('ranks the complete department only; the self-assessed ones are listed apart', () => {
    const groups = rankUnits(files);
    expect(groups).toHaveLength(2);
    const [g, apart] = groups;
    expect(g.set).toMatchObject({ id: 'mau-so-nganh-2024', version: '2024.1' });
    expect(g.units.map((u) => [u.rank, u.unit, u.basis, u.shownIndex])).toEqual([[1, 'Sở Y tế', 'final', 84.66]]);
    expect(g.unranked.map((e) => [e.unit, e.kind])).toEqual([
      ['Sở Tư pháp', 'selfOnly'],
      ['Sở Xây dựng', 'selfOnly'],
    ]);
    expect(apart.unranked.map((e) => [e.file, e.kind])).toEqual([['hong.xlsx', 'unreadable']]);
  });

  it('lists the explanation requests of Sở Y tế: appraisals below self and the missing evidence', () => {
    const yTe = files[0].result!;
    const requests = explanationRequests(yTe);
    const byItem = new Map(requests.map((r) => [r.item, r]));
    // README defects: G56 (4.1.2) and G85 (6.1.2) appraised below self, H70 (5.2.2) no evidence.
    expect(byItem.get('4.1.2')).toMatchObject({ cell: 'G56', self: 1.5, appraised: 0.5, note: null });
    expect(byItem.get('4.1.2')!.reason.vi).toContain('Điểm thẩm định 0,5 thấp hơn điểm tự đánh giá 1,5');
    expect(byItem.get('6.1.2')).toMatchObject({ cell: 'G85', self: 1, appraised: 0 });
    expect(byItem.get('5.2.2')!.reasons.map((r) => [r.kind, r.cell])).toEqual([['missingEvidence', 'H70']]);
    // G42 differs from self with an appraiser note (not a defect, still to explain): the note is carried.
    expect(byItem.get('3.2.1')?.cell).toBe('G42');
    expect(byItem.get('3.2.1')?.note).toBeTruthy();
    // The clean, unappraised Sở Tư pháp has nothing to explain.
    expect(explanationRequests(files[1].result!)).toEqual([]);
  });

  it('builds the workbook with one findings row per finding', () => {
    const book = buildRankingWorkbook({ files, lang: 'vi' });
    expect(book.map((s) => s.name)).toEqual([
      'KQ sở ngành', 'LV sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Phát hiện', 'Đề nghị giải trình', 'Sở Y tế', 'Sở Tư pháp', 'Sở Xây dựng',
    ]);
    const total = files.reduce((n, f) => n + (f.result?.findings.length ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    const findings = book.find((s) => s.name === 'Phát hiện')!;
    const rows = findings.cells.filter((c) => c.col === 0 && c.row > 1 && c.value !== null && 'number' in c.value);
    expect(rows).toHaveLength(total);
    const requests = book.find((s) => s.name === 'Đề nghị giải trình')!;
    const requestRows = requests.cells.filter((c) => c.col === 0 && c.row > 1 && c.value !== null && 'number' in c.value);
    expect(requestRows).toHaveLength(explanationRequests(files[0].result!).length);
  });
});
