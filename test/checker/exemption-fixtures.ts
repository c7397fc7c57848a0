/**
 * Scoresheets of the bundled set mau-so-nganh-2024 whose unit marks 3.1.1 "Không áp dụng" (the set
 * lets 3.1.1 be N/A), for the exemptions table tests of the page (jsdom and Chromium). The claim
 * is the self score of 3.1.1: column D (the 4th column, "Điểm tự đánh giá").
 */
import { buildWorkbook, bundled } from '../engine/layouts/province-sheet';

const SO = bundled('mau-so-nganh-2024');

export async function naSheet(unit: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; claimCell: string }> {
  const built = buildWorkbook(SO, {
    sheetName: 'Tự đánh giá',
    titleLines: ['KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024', `Tên cơ quan, đơn vị: ${unit}`],
    headerRow: 4,
    cols: [
      { role: 'code', header: 'STT' },
      { role: 'title', header: 'Tiêu chí' },
      { role: 'max', header: 'Điểm tối đa' },
      { role: 'self', header: 'Điểm tự đánh giá' },
      { role: 'evidence', header: 'Tài liệu kiểm chứng' },
    ],
    overrides: { '3.1.1': { self: 'Không áp dụng', evidence: null } },
  });
  const bytes = new Uint8Array((await built.wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { bytes, claimCell: `D${built.rowOf.get('3.1.1')}` };
}
