/** What the page says about a file whose check had to be stopped (worker/runner.ts). */
import type { Bilingual } from '../../engine/text/lang';

/** A check may take this long before it is stopped (a real scoresheet takes well under a second). */
export const CHECK_TIMEOUT_MS = 8000;

export function stoppedProblem(seconds: number): Bilingual {
  return {
    vi: `Việc kiểm tra tệp này bị dừng sau ${seconds} giây vì quá lâu: tệp có thể quá lớn, bị hỏng hoặc được tạo ra để làm treo chương trình. Các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, chép riêng sheet biểu chấm điểm sang sổ làm việc mới, lưu thành tệp .xlsx rồi kiểm tra lại; hoặc dùng lệnh par-check trên máy tính.`,
    en: `Checking this file was stopped after ${seconds} seconds: it took too long. The file may be too large, damaged or made to hang programs. The other files are still checked. Open it in Excel, copy the scoresheet alone into a new workbook, save it as .xlsx and check it again; or use the par-check command line.`,
  };
}

export const crashedProblem: Bilingual = {
  vi: 'Trình duyệt phải dừng việc kiểm tra tệp này (hết bộ nhớ hoặc lỗi khi đọc tệp): tệp có thể quá lớn, bị hỏng hoặc được tạo ra để làm treo chương trình. Các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi kiểm tra lại; hoặc dùng lệnh par-check trên máy tính.',
  en: 'The browser had to stop checking this file (out of memory or an error while reading it): it may be too large, damaged or made to hang programs. The other files are still checked. Open it in Excel, save it as a new .xlsx and check it again; or use the par-check command line.',
};
