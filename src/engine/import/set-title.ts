/**
 * The set's title when the importer gives none: the line of the sheet's title block that names
 * the index ("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"), not the
 * national motto, the issuing body or the "Bộ tiêu chí: id (version)" line of our own template.
 */
import type { ParsedSheet } from '../layout/parsed-sheet';
import { fold } from '../text/normalize';

const SKIP = /^(?:cong hoa|doc lap|bo tieu chi\s*:|ten co quan|don vi\s*:|\(so lieu|\(kem theo|ubnd|uy ban)/;
const PREFERRED = [/chi so/, /tieu chi|cham diem|danh gia/, /bang|bieu/];

export function setTitleFromBlock(parsed: ParsedSheet): string {
  const lines = parsed.titleBlock.lines.map((l) => l.trim()).filter((l) => l && !SKIP.test(fold(l)));
  for (const re of PREFERRED) {
    const hit = lines.find((l) => re.test(fold(l)));
    if (hit) return hit;
  }
  return lines[0] ?? parsed.sheetName;
}
