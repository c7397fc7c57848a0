/**
 * Advice that names a control depends on where the reader is: the command line has options, the
 * task pane and the checking page have buttons. A finding's message says what to do *there*, so
 * the engine takes the surface it speaks to (CheckOptions.surface) and words the step with it.
 * No text a pane or page user reads names a command-line option.
 */
import type { Bilingual } from './lang';

/** Who reads the message: the CLI (default), the Excel task pane, or the browser checking page. */
export type Surface = 'cli' | 'pane' | 'page';

/** How to load a set the sheet needs (the set is not loaded yet). */
export function loadSetAdvice(surface: Surface = 'cli'): Bilingual {
  switch (surface) {
    case 'pane':
      return {
        vi: 'Bấm "Tạo từ trang tính này" hoặc "Nạp tệp bộ tiêu chí" trong khung kết quả (hoặc menu "…" › "Tạo hoặc nạp bộ tiêu chí…")',
        en: 'Click "Build from this sheet" or "Load a set file" in the result card (or the "…" menu › "Build or load a criteria set…")',
      };
    case 'page':
      return {
        vi: 'Ở mục "Bộ tiêu chí" đầu trang, bấm "Nạp bộ tiêu chí (.json)" hoặc "Tạo bộ tiêu chí từ biểu mẫu"; các tệp đã chọn được kiểm tra lại ngay',
        en: 'In the "Criteria sets" section at the top of the page, click "Load criteria sets (.json)" or "Build a set from a template"; the files are checked again at once',
      };
    default:
      return {
        vi: 'Thêm tùy chọn --criteria <tệp.json> (tạo tệp từ biểu mẫu của tỉnh bằng lệnh par-check import-set)',
        en: "Add --criteria <file.json> (make the file from the province's template with par-check import-set)",
      };
  }
}

/** How to pick another loaded set for this sheet. */
export function chooseSetAdvice(surface: Surface = 'cli'): Bilingual {
  switch (surface) {
    case 'pane':
      return {
        vi: 'chọn đúng bộ tiêu chí ở menu "…" › "Trang tính và bộ tiêu chí…"',
        en: 'choose the right set in the "…" menu › "Sheet and criteria set…"',
      };
    case 'page':
      return {
        vi: 'nạp đúng bộ tiêu chí của khối đơn vị này (trang tự chọn bộ khớp nhất cho từng biểu)',
        en: "load the right set for this block of units (the page picks the best-fitting set for each sheet)",
      };
    default:
      return { vi: 'chọn đúng bộ tiêu chí bằng tùy chọn --criteria', en: 'choose the right set with --criteria' };
  }
}
