/**
 * A small province set that is NOT bundled, and scoresheets of it written as .xlsx, for the page
 * tests (jsdom and Chromium). Scores are chosen by hand so expected figures are computed by hand.
 *
 * Set "thu-nghiem-so-2025" (scale 20): 1 (6) = 1.1 (3) + 1.2 (3); 2 (8) = 2.1 (4) + 2.2 (4);
 * 3 (6, survey) = 3.1 (6). Self max = 20 − 6 = 14.
 */
import * as ExcelJS from 'exceljs';
import type { CriteriaSet } from '../../src/engine/criteria/schema';

export const PROVINCE_SET: CriteriaSet = {
  format: 'par-criteria/1',
  id: 'thu-nghiem-so-2025',
  version: '2025.1',
  title: 'Bộ tiêu chí thử nghiệm khối sở, ngành năm 2025',
  year: 2025,
  unitLevel: 'department',
  scale: 20,
  items: [
    {
      code: '1',
      title: 'Công tác chỉ đạo, điều hành cải cách hành chính',
      maxPoints: 6,
      children: [
        { code: '1.1', title: 'Ban hành kế hoạch cải cách hành chính năm', maxPoints: 3 },
        { code: '1.2', title: 'Báo cáo cải cách hành chính định kỳ', maxPoints: 3 },
      ],
    },
    {
      code: '2',
      title: 'Cải cách thủ tục hành chính',
      maxPoints: 8,
      children: [
        { code: '2.1', title: 'Công khai thủ tục hành chính', maxPoints: 4 },
        { code: '2.2', title: 'Giải quyết hồ sơ đúng hạn', maxPoints: 4 },
      ],
    },
    {
      code: '3',
      title: 'Mức độ hài lòng (điều tra xã hội học)',
      maxPoints: 6,
      kind: 'survey',
      children: [{ code: '3.1', title: 'Mức độ hài lòng của cán bộ, công chức', maxPoints: 6, kind: 'survey' }],
    },
  ],
};

export const PROVINCE_SET_JSON = JSON.stringify(PROVINCE_SET, null, 2);

export interface SheetScores {
  /** Self score per leaf code (survey leaves are left blank). */
  self: Record<string, number>;
  /** Appraised score per leaf code; no appraised column when absent. */
  appraised?: Record<string, number | null>;
  /** Appraiser's note per leaf code. */
  notes?: Record<string, string>;
  /** Round-2 score and note per leaf code: adds "Điểm thẩm định lần 2" and "Ý kiến thẩm định lần 2" (round 1 headed "lần 1"). */
  round2?: Record<string, { score: number; note: string }>;
}

const LEAVES = ['1.1', '1.2', '2.1', '2.2', '3.1'];

/** A scoresheet of PROVINCE_SET for `unit`, as .xlsx bytes. */
export async function provinceWorkbook(unit: string, scores: SheetScores): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tự đánh giá');
  const appraised = scores.appraised !== undefined;
  const header = ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng'];
  const round2 = scores.round2 !== undefined;
  if (appraised) header.push(round2 ? 'Điểm thẩm định lần 1' : 'Điểm thẩm định', 'Ý kiến thẩm định');
  if (round2) header.push('Điểm thẩm định lần 2', 'Ý kiến thẩm định lần 2');
  const rows: (string | number | null)[][] = [
    ['UBND TỈNH THỬ NGHIỆM'],
    [unit.toUpperCase()],
    [],
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
    [`Đơn vị: ${unit}`],
    [],
    header,
  ];
  const walk = (items: CriteriaSet['items']) => {
    for (const it of items) {
      const leaf = LEAVES.includes(it.code);
      const row: (string | number | null)[] = [it.code, it.title, it.maxPoints, null, null];
      if (leaf && it.kind !== 'survey') {
        row[3] = scores.self[it.code] ?? null;
        if ((scores.self[it.code] ?? 0) > 0) row[4] = `Quyết định số ${10 + LEAVES.indexOf(it.code)}/QĐ-STN ngày 15/03/2025`;
      }
      if (appraised) {
        row.push(leaf ? (scores.appraised![it.code] ?? null) : null, leaf ? (scores.notes?.[it.code] ?? null) : null);
      }
      if (round2) {
        const r2 = leaf ? scores.round2![it.code] : undefined;
        row.push(r2 ? r2.score : null, r2 ? r2.note : null);
      }
      rows.push(row);
      walk(it.children ?? []);
    }
  };
  walk(PROVINCE_SET.items);
  rows.forEach((r) => ws.addRow(r));
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
