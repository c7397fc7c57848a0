/**
 * The "Đề nghị giải trình" sheet: the explanation requests of all units, ready to send to
 * each unit (filter on the unit column).
 */
import type { Lang } from '../text/lang';
import type { SheetSpec } from '../sheet-spec';
import { explanationRequests } from '../appraisal/explanation-requests';
import type { BatchFileResult } from './batch-file-result';
import { CellWriter, int, num2, styles, txt } from './cells';
import { label, SHEET_REQUESTS } from './labels';
import { unitName } from './shown';
import { fileNameOf } from '../text/file-name';

export const REQUESTS_HEADER_ROW = 1;

export function buildRequestsSheet(files: BatchFileResult[], lang: Lang): SheetSpec {
  const w = new CellWriter();
  w.put(0, 0, txt(label('requestsTitle', lang)), styles.title);
  const headers = ['no', 'unit', 'file', 'item', 'title', 'max', 'self', 'appraised', 'reason', 'appraiserNote', 'cell'] as const;
  w.row(REQUESTS_HEADER_ROW, headers.map((k) => txt(label(k, lang))), styles.header);
  let row = REQUESTS_HEADER_ROW + 1;
  let n = 0;
  for (const entry of files) {
    if (!entry.result) continue;
    const unit = unitName(entry);
    for (const req of explanationRequests(entry.result)) {
      n++;
      w.row(
        row++,
        [int(n), txt(unit), txt(fileNameOf(entry.file)), txt(req.item), txt(req.title), num2(req.max), num2(req.self), num2(req.appraised), txt(req.reason[lang]), txt(req.note), txt(req.cell)],
        (c) => (c === 0 ? styles.intCell : c >= 5 && c <= 7 ? styles.numberCell : styles.textCell),
      );
    }
  }
  return {
    name: SHEET_REQUESTS,
    cells: w.cells,
    columnWidths: [6, 24, 20, 9, 36, 9, 10, 10, 50, 30, 7],
    freezeRows: REQUESTS_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: REQUESTS_HEADER_ROW, last: REQUESTS_HEADER_ROW } },
  };
}
