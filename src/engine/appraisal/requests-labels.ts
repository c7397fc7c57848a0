/**
 * The words of a requests workbook (the document sent to a unit), in both languages. Everything
 * here is read by the unit, so it speaks in the polite official form ("Đề nghị đơn vị …").
 */
import type { Lang } from '../text/lang';
import type { RequestAsked } from './explanation-requests';

export const REQUESTS_LABELS = {
  vi: {
    sheet: 'Đề nghị giải trình',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    councilBlank: 'HỘI ĐỒNG (TỔ) THẨM ĐỊNH …………………',
    title: 'ĐỀ NGHỊ GIẢI TRÌNH, BỔ SUNG TÀI LIỆU KIỂM CHỨNG',
    subtitle: (year: string) => `Kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm ${year}`,
    to: (unit: string) => `Kính gửi: ${unit}`,
    body: (count: number, year: string, deadline: string) =>
      `Căn cứ kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm ${year}, đề nghị đơn vị giải trình và/hoặc bổ sung tài liệu kiểm chứng đối với ${count} tiêu chí dưới đây: ` +
      `ghi nội dung giải trình vào cột "Giải trình của đơn vị", ghi tên, số, ký hiệu, ngày ban hành (hoặc đường dẫn) của tài liệu bổ sung vào cột "Tài liệu kiểm chứng bổ sung", ` +
      `và gửi lại chính tệp này trước ngày ${deadline}. Đề nghị đơn vị không sửa các cột khác: tệp được nhận lại theo mã tiêu chí.`,
    set: (id: string, version: string) => `Bộ tiêu chí: ${id} (phiên bản ${version})`,
    deadline: (d: string) => `Hạn gửi giải trình: ${d}`,
    headers: [
      'STT', 'Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định lần 1',
      'Ý kiến thẩm định', 'Nội dung đề nghị', 'Giải trình của đơn vị', 'Tài liệu kiểm chứng bổ sung',
    ],
    asked: {
      explain: 'Giải trình',
      evidence: 'Bổ sung tài liệu kiểm chứng',
      both: 'Giải trình và bổ sung tài liệu kiểm chứng',
    } as Record<RequestAsked, string>,
    /** Put before the checker's own reason when the appraiser wrote no note: never passed off as the appraiser's words. */
    stockNote: '(Tổ thẩm định chưa ghi ý kiến; nội dung do phần mềm kiểm tra ghi) ',
    notApplicable: 'Không áp dụng',
    place: '……………, ngày …… tháng …… năm ………',
    onBehalf: (council: string) => `TM. ${council}`,
    signer: '(Ký, ghi rõ họ tên)',
    recipients: 'Nơi nhận:',
    recipientLines: (unit: string) => [`- ${unit};`, '- Lưu: hồ sơ thẩm định.'],
    councilShort: 'HỘI ĐỒNG (TỔ) THẨM ĐỊNH',
    yearBlank: '………',
    page: 'Trang {page}/{pages}',
  },
  en: {
    sheet: 'Explanation requests',
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    councilBlank: 'APPRAISAL COUNCIL (GROUP) …………………',
    title: 'REQUEST FOR EXPLANATIONS AND ADDITIONAL EVIDENCE',
    subtitle: (year: string) => `First-round appraisal of the PAR Index ${year}`,
    to: (unit: string) => `To: ${unit}`,
    body: (count: number, year: string, deadline: string) =>
      `Following the first-round appraisal of the PAR Index ${year}, the unit is kindly asked to explain and/or add evidence for the ${count} items below: ` +
      `write the explanation in the column "Unit's explanation", the name, number, symbol and date (or a link) of each added document in the column "Additional evidence", ` +
      `and send this same file back by ${deadline}. The unit is kindly asked not to change the other columns: the file is read back by item code.`,
    set: (id: string, version: string) => `Criteria set: ${id} (version ${version})`,
    deadline: (d: string) => `Deadline for explanations: ${d}`,
    headers: [
      'No.', 'Item code', 'Item', 'Max', 'Self-assessed', 'Appraised (round 1)',
      'Appraiser\'s note', 'Requested', 'Unit\'s explanation', 'Additional evidence',
    ],
    asked: {
      explain: 'Explanation',
      evidence: 'Additional evidence',
      both: 'Explanation and additional evidence',
    } as Record<RequestAsked, string>,
    stockNote: '(No note by the appraisers; text written by the checker) ',
    notApplicable: 'Not applicable',
    place: '……………, date ……/……/………',
    onBehalf: (council: string) => `For ${council}`,
    signer: '(Signature and full name)',
    recipients: 'To:',
    recipientLines: (unit: string) => [`- ${unit};`, '- Appraisal file.'],
    councilShort: 'THE APPRAISAL GROUP',
    yearBlank: '………',
    page: 'Page {page} of {pages}',
  },
};

export function requestsLabels(lang: Lang) {
  return REQUESTS_LABELS[lang];
}
