/**
 * The "Đề nghị giải trình" sheet: the explanation requests of all units, ready to send to
 * each unit (filter on the unit column).
 */
import type { Lang } from '../text/lang';
import type { SheetSpec } from '../sheet-spec';
import { BLOCK_CELLS } from '../results/official-layout';
import { wholeSheet, type RowBlock, type RowsSheet } from '../results/sheet-rows';
import { explanationRequests } from '../appraisal/explanation-requests';
import type { BatchFileResult } from './batch-file-result';
import { CellWriter, int, num2, styles, txt } from './cells';
import { label, SHEET_REQUESTS } from './labels';
import { unitName } from './shown';
import { fileNameOf } from '../text/file-name';

export const REQUESTS_HEADER_ROW = 1;

export function buildRequestsSheet(files: BatchFileResult[], lang: Lang): SheetSpec {
  return wholeSheet(requestsSheetRows(files, lang));
}

/** The same sheet, its rows built a block at a time as the writer takes them (results/sheet-rows.ts). */
export function requestsSheetRows(files: BatchFileResult[], lang: Lang): RowsSheet {
  const w = new CellWriter();
  w.put(0, 0, txt(label('requestsTitle', lang)), styles.title);
  const headers = ['no', 'unit', 'file', 'item', 'title', 'max', 'self', 'appraised', 'reason', 'appraiserNote', 'cell'] as const;
  w.row(REQUESTS_HEADER_ROW, headers.map((k) => txt(label(k, lang))), styles.header);
  return {
    name: SHEET_REQUESTS,
    columnWidths: [6, 24, 20, 9, 36, 9, 10, 10, 50, 30, 7],
    freezeRows: REQUESTS_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: REQUESTS_HEADER_ROW, last: REQUESTS_HEADER_ROW } },
    blocks: rows(w, files, lang),
  };
}

const take = (w: CellWriter): RowBlock => ({ cells: w.cells.splice(0), merges: [] });

function* rows(w: CellWriter, files: BatchFileResult[], lang: Lang): Generator<RowBlock> {
  yield take(w);
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
      if (w.cells.length >= BLOCK_CELLS) yield take(w);
    }
  }
  yield take(w);
}
