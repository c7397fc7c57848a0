/**
 * The sheets of a workbook that were not checked, said once: a workbook is never half-read in
 * silence (an instructions sheet, a hidden list, a second unit's scoresheet…).
 */
import type { SkippedSheet, SkipReason } from '../layout/find-scoresheet';
import type { Finding } from './finding';
import type { Bilingual, Lang } from '../text/lang';
import { finding } from './context';

const WHY: Record<SkipReason, Bilingual> = {
  notScoresheet: { vi: 'không có dạng biểu chấm điểm', en: 'not a scoresheet' },
  instructions: { vi: 'sheet hướng dẫn', en: 'instructions' },
  summary: { vi: 'bảng tổng hợp hoặc danh mục, không phải biểu chấm điểm của một đơn vị', en: "a summary or list, not a unit's scoresheet" },
  blankForm: { vi: 'biểu mẫu chưa nhập điểm', en: 'a blank form, no score entered' },
  hidden: { vi: 'sheet ẩn', en: 'hidden' },
  otherScoresheet: { vi: 'cũng là biểu chấm điểm nhưng chỉ một sheet được kiểm tra', en: 'also a scoresheet, but only one sheet was checked' },
};

/** One info finding listing the sheets not checked and why; null when every sheet was checked. */
export function sheetsNotReadFinding(checked: string[], skipped: SkippedSheet[]): Finding | null {
  if (skipped.length === 0) return null;
  const list = (lang: Lang) => skipped.map((s) => `"${s.sheetName}" (${WHY[s.why][lang]})`).join('; ');
  const names = checked.map((n) => `"${n}"`).join(', ');
  const other = skipped.some((s) => s.why === 'otherScoresheet' || s.why === 'blankForm');
  return finding('layout.sheetsNotRead', null, null, {
    vi: `Đã kiểm tra ${checked.length > 1 ? 'các sheet' : 'sheet'} ${names}. Các sheet không được kiểm tra: ${list('vi')}.${other ? ' Nếu một sheet trong số đó là biểu chấm điểm cần kiểm tra, đề nghị chọn sheet đó để kiểm tra riêng.' : ''}`,
    en: `Checked ${checked.length > 1 ? 'sheets' : 'sheet'} ${names}. Sheets not checked: ${list('en')}.${other ? ' If one of them is a scoresheet to check, choose that sheet to check it on its own.' : ''}`,
  });
}
