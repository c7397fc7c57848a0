/**
 * The "Phát hiện" sheet: every finding of every readable file, one row each, so a province
 * can filter them all at once (AutoFilter on the header row in Excel).
 */
import type { Lang } from '../text/lang';
import { compareFindings } from '../findings/finding';
import type { SheetSpec } from '../sheet-spec';
import { BLOCK_CELLS } from '../results/official-layout';
import { wholeSheet, type RowBlock, type RowsSheet } from '../results/sheet-rows';
import type { BatchFileResult } from './batch-file-result';
import { CellWriter, int, styles, txt } from './cells';
import { label, severityLabel, SHEET_FINDINGS } from './labels';
import { unitName } from './shown';
import { fileNameOf } from '../text/file-name';

export const FINDINGS_HEADER_ROW = 1;

export function buildFindingsSheet(files: BatchFileResult[], lang: Lang): SheetSpec {
  return wholeSheet(findingsSheetRows(files, lang));
}

/** The same sheet, its rows built a block at a time as the writer takes them (results/sheet-rows.ts). */
export function findingsSheetRows(files: BatchFileResult[], lang: Lang): RowsSheet {
  const w = new CellWriter();
  w.put(0, 0, txt(label('findingsTitle', lang)), styles.title);
  const headers = ['no', 'file', 'unit', 'severity', 'cell', 'item', 'findingCode', 'message'] as const;
  w.row(FINDINGS_HEADER_ROW, headers.map((k) => txt(label(k, lang))), styles.header);
  return {
    name: SHEET_FINDINGS,
    columnWidths: [6, 22, 24, 10, 7, 10, 20, 60],
    freezeRows: FINDINGS_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: FINDINGS_HEADER_ROW, last: FINDINGS_HEADER_ROW } },
    blocks: rows(w, files, lang),
  };
}

const take = (w: CellWriter): RowBlock => ({ cells: w.cells.splice(0), merges: [] });

function* rows(w: CellWriter, files: BatchFileResult[], lang: Lang): Generator<RowBlock> {
  yield take(w);
  let row = FINDINGS_HEADER_ROW + 1;
  let n = 0;
  for (const entry of files) {
    if (!entry.result) continue;
    const unit = unitName(entry);
    for (const f of [...entry.result.findings].sort(compareFindings)) {
      n++;
      w.row(
        row++,
        [int(n), txt(fileNameOf(entry.file)), txt(unit), txt(severityLabel(f.severity, lang)), txt(f.cell), txt(f.item), txt(f.code), txt(f.message[lang])],
        (c) => (c === 0 ? styles.intCell : styles.textCell),
      );
      if (w.cells.length >= BLOCK_CELLS) yield take(w);
    }
  }
  yield take(w);
}
