/**
 * What verify says, in both languages: one sentence for the outcome, then one line per changed
 * cell ("1.1 · Điểm thẩm định (I12): 1 → 0,5"). Shared by the command line, the pane and the page.
 */
import { formatScore } from '../text/format';
import type { Bilingual, Lang } from '../text/lang';
import { SCORE_COLUMNS } from './seal-content';
import type { CellChange, ChangeColumn, VerifyResult } from './verify';

const COLUMN_NAMES: Record<ChangeColumn, Bilingual> = {
  max: { vi: 'Điểm tối đa', en: 'Max points' },
  declared: { vi: 'Số liệu kê khai', en: 'Declared figure' },
  self: { vi: 'Điểm tự đánh giá', en: 'Self-assessed score' },
  appraised: { vi: 'Điểm thẩm định', en: 'Appraised score' },
  appraised2: { vi: 'Điểm thẩm định lần 2', en: 'Round-2 appraised score' },
  survey: { vi: 'Điểm điều tra XHH', en: 'Survey score' },
  evidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
  addedEvidence: { vi: 'Tài liệu bổ sung', en: 'Added evidence' },
  explanation: { vi: 'Giải trình', en: 'Explanation' },
  unitAnswer: { vi: 'Giải trình sau thẩm định', en: "Unit's answer" },
  appraiserNote: { vi: 'Ý kiến thẩm định', en: "Appraiser's note" },
  appraiserNote2: { vi: 'Ý kiến thẩm định lần 2', en: "Round-2 appraiser's note" },
  note: { vi: 'Ghi chú', en: 'Note' },
  code: { vi: 'Mã tiêu chí', en: 'Item code' },
  set: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  sheet: { vi: 'Sheet', en: 'Sheet' },
};

export function changeColumnName(column: ChangeColumn, lang: Lang): string {
  return COLUMN_NAMES[column][lang];
}

/** A sealed or current value as shown: numbers with the language's decimal mark, "(trống)" for blank, long text cut. */
export function shownValue(value: string, column: ChangeColumn, lang: Lang): string {
  if (value === '') return lang === 'vi' ? '(trống)' : '(blank)';
  if ((SCORE_COLUMNS as readonly string[]).includes(column) && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(value)) return formatScore(Number(value), lang, 6);
  const one = value.replace(/\s+/g, ' ');
  return `"${one.length > 80 ? one.slice(0, 79) + '…' : one}"`;
}

export function changeLine(c: CellChange, lang: Lang): string {
  const where = c.address ? ` (${c.address})` : '';
  const item = c.item ? `${c.item} · ` : '';
  return `${item}${changeColumnName(c.column, lang)}${where}: ${shownValue(c.sealed, c.column, lang)} → ${shownValue(c.current, c.column, lang)}`;
}

/** "10/01/2025 15:30" in the machine's time zone (where the user is), from an ISO time. */
export function shownTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '—';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The outcome in one sentence (changed cells follow it as lines). */
export function verifySentence(r: VerifyResult, quoted: string | undefined): Bilingual {
  const when = shownTime(r.sealedAt);
  switch (r.status) {
    case 'unchanged':
      return quoted
        ? {
            vi: `Không thay đổi: số liệu khớp với dấu chốt ngày ${when} và với mã chốt ${quoted} đơn vị đã báo.`,
            en: `Unchanged: the figures match the seal of ${when} and the seal code ${quoted} the unit gave.`,
          }
        : {
            vi: `Không thay đổi: số liệu khớp với dấu chốt ngày ${when} (mã chốt ${r.sealedCode}). Đề nghị đối chiếu mã này với mã trong công văn của đơn vị (hoặc chạy lại với --code).`,
            en: `Unchanged: the figures match the seal of ${when} (seal code ${r.sealedCode}). Compare this code with the one in the unit's cover letter (or run again with --code).`,
          };
    case 'changed':
      return {
        vi: `Số liệu đã bị thay đổi sau khi chốt ngày ${when} (mã chốt ${r.sealedCode}): ${r.changes.length} ô khác với lúc chốt. Đề nghị đơn vị giải thích hoặc gửi lại đúng bản đã chốt.`,
        en: `The figures changed after they were sealed on ${when} (seal code ${r.sealedCode}): ${r.changes.length} cells differ from the sealed values. Ask the unit to explain or to send the sealed copy.`,
      };
    case 'broken':
      return {
        vi: `Dấu chốt không còn nguyên vẹn: ${r.brokenBecause?.vi ?? ''}. Không tin cậy được số liệu của tệp này; đề nghị đơn vị gửi lại bản đã chốt và đối chiếu với mã chốt trong công văn.${r.changes.length ? ` So với bản sao số liệu lưu trong dấu chốt, ${r.changes.length} ô khác:` : ''}`,
        en: `The seal is not intact: ${r.brokenBecause?.en ?? ''}. The figures of this file cannot be trusted; ask the unit for the sealed copy and compare with the seal code in its cover letter.${r.changes.length ? ` Against the copy of the values kept in the seal, ${r.changes.length} cells differ:` : ''}`,
      };
    case 'codeMismatch':
      return {
        vi: `Mã chốt không khớp: số liệu hiện tại cho mã ${r.currentCode}, khác mã ${quoted ?? ''} đơn vị đã báo. Tệp đã được chốt lại (hoặc dấu chốt bị làm giả) sau khi báo mã; đề nghị đơn vị gửi đúng bản đã chốt.`,
        en: `The seal code does not match: the current figures give ${r.currentCode}, not the ${quoted ?? ''} the unit gave. The file was sealed again (or the seal forged) after the code was given; ask the unit for the sealed copy.`,
      };
  }
}

export const NO_SEAL: Bilingual = {
  vi: 'Tệp chưa được chốt số liệu: không có dấu chốt của par-check (có thể tệp chưa được chốt, hoặc đã được lưu lại bằng chương trình làm mất dấu chốt). Để chốt: par-check seal <tệp.xlsx> --out <tệp-đã-chốt.xlsx>, hoặc nút "Chốt số liệu" trong phần bổ trợ.',
  en: 'The file has no seal: there is no par-check seal in it (it was never sealed, or it was saved by a program that dropped the seal). To seal it: par-check seal <file.xlsx> --out <sealed.xlsx>, or the "Seal the figures" button of the add-in.',
};
