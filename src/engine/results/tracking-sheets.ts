/**
 * Working sheets of the results workbook (printed too, so Vietnamese only):
 * - "Theo dõi": every file of the run — unit, set, status, appraised cells filled, counts of
 *   errors, warnings and notes ("Lưu ý"), duplicates, survey points from the table, the reason
 *   a file could not be read — with a link to the unit's own sheet;
 * - "Điểm XHH": with a survey table, which points came from it (per unit and item), the values
 *   not used and why, the table's units with no workbook and the workbooks with no row.
 */
import type { SurveyTableSummary } from './survey-use';
import type { SheetSpec } from '../sheet-spec';
import type { CheckResult } from '../check-result';
import { int, num2, txt } from '../ranking/cells';
import { formatNumber } from '../text/format';
import { OfficialSheet, officialStyles as S, type OfficialOptions } from './official-layout';
import { duplicateNote, type Season } from './season';
import { statusText } from './official-sheets';
import { STATUS_LABEL } from './status';
import { NOT_SEALED, sealStateText } from '../seal/seal-state';
import { wholeSheet, type RowBlock, type RowsSheet } from './sheet-rows';

export type { SurveyTableSummary } from './survey-use';

const TRACK_HEADERS = [
  'STT', 'Tệp', 'Đơn vị', 'Bộ tiêu chí', 'Tình trạng', 'Ô thẩm định đã nhập', 'Số lỗi', 'Số cảnh báo', 'Số lưu ý',
  'Trùng', 'Điểm XHH từ bảng', 'Ghi chú', 'Chi tiết',
];

export function buildTrackingSheet(season: Season, name: string, sheetOf: Map<CheckResult, string>, options: OfficialOptions): SheetSpec {
  return wholeSheet(trackingSheetRows(season, name, sheetOf, options));
}

/** The tracking sheet, its rows built a block at a time as the writer takes them. */
export function trackingSheetRows(season: Season, name: string, sheetOf: Map<CheckResult, string>, options: OfficialOptions): RowsSheet {
  // A "Dấu chốt" column when some file of the run carries a seal (par-check seal).
  const seals = [...(options.seals?.values() ?? [])].some((s) => s.status !== 'none') ? options.seals : undefined;
  const headers = seals ? [...TRACK_HEADERS, 'Dấu chốt'] : TRACK_HEADERS;
  const sheet = new OfficialSheet(headers.length, 5);
  sheet.heading(options);
  sheet.row++;
  sheet.line('BẢNG THEO DÕI TIẾP NHẬN VÀ KIỂM TRA BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM', S.title);
  const counts = new Map<string, number>();
  for (const e of season.entries) counts.set(e.status.status, (counts.get(e.status.status) ?? 0) + 1);
  const tally = [...counts].map(([s, n]) => `${STATUS_LABEL[s as keyof typeof STATUS_LABEL].vi}: ${n}`).join('; ');
  sheet.line(`(${season.entries.length} tệp — ${tally})`, S.placeDate);
  sheet.row++;
  sheet.header(headers);
  const frame = sheet.frame(name, [5, 20, 22, 18, 14, 10, 6, 8, 6, 20, 14, 40, 6, ...(seals ? [30] : [])], 'landscape');
  return { ...frame, blocks: trackingRows(sheet, season, sheetOf, seals) };
}

function* trackingRows(sheet: OfficialSheet, season: Season, sheetOf: Map<CheckResult, string>, seals: OfficialOptions['seals']): Generator<RowBlock> {
  yield sheet.take();
  for (const [i, e] of season.entries.entries()) {
    const r = e.result;
    const count = (sev: 'error' | 'warning' | 'info') => (r ? r.findings.filter((f) => f.severity === sev).length : 0);
    const fromTable = r?.survey?.used.length
      ? `${r.survey.used.length} tiêu chí (${formatNumber(r.survey.used.reduce((s, u) => s + u.points, 0), 'vi')} điểm)`
      : '';
    const note = e.status.status === 'complete' ? '' : e.status.detail.vi;
    const sheetName = r ? sheetOf.get(r) : undefined;
    sheet.w.row(
      sheet.row++,
      [
        int(i + 1), txt(e.fileName), txt(e.unit), txt(e.set ? `${e.set.id} (${e.set.version})` : '—'),
        txt(statusText(e)),
        txt(e.status.appraisal ? `${e.status.appraisal.filled}/${e.status.appraisal.expected}` : '—'),
        r ? int(count('error')) : null, r ? int(count('warning')) : null, r ? int(count('info')) : null,
        txt(duplicateNote(e).vi || ''), txt(fromTable), txt(note),
        sheetName ? { link: { text: 'Xem', sheet: sheetName, cell: 'A1' } } : null,
        ...(seals ? [txt(sealStateText(seals.get(e.file) ?? NOT_SEALED, 'vi'))] : []),
      ],
      (c) => (c === 0 || (c >= 6 && c <= 8) ? S.int : c === 5 ? S.center : S.text),
    );
    if (sheet.blockFull) yield sheet.take();
  }
  sheet.signatures();
  yield sheet.take();
}

export function buildSurveySheet(season: Season, table: SurveyTableSummary, name: string, options: OfficialOptions): SheetSpec {
  return wholeSheet(surveySheetRows(season, table, name, options));
}

/** The survey sheet, its rows built a block at a time as the writer takes them. */
export function surveySheetRows(season: Season, table: SurveyTableSummary, name: string, options: OfficialOptions): RowsSheet {
  const cols = 6;
  const sheet = new OfficialSheet(cols, 3);
  sheet.heading(options);
  sheet.row++;
  sheet.line('ĐIỂM ĐIỀU TRA XÃ HỘI HỌC LẤY TỪ BẢNG ĐIỂM', S.title);
  sheet.line(`(Bảng: ${table.source}. Điểm trong bảng chỉ dùng cho tiêu chí điều tra XHH còn trống trên biểu của đơn vị.)`, S.placeDate);
  sheet.row++;
  sheet.header(['STT', 'Đơn vị', 'Tệp', 'Tiêu chí', 'Điểm', 'Ô trong bảng / ghi chú']);
  return { ...sheet.frame(name, [5, 26, 22, 10, 9, 50], 'landscape'), blocks: surveyRows(sheet, season, table) };
}

function* surveyRows(sheet: OfficialSheet, season: Season, table: SurveyTableSummary): Generator<RowBlock> {
  const cols = sheet.columns;
  yield sheet.take();
  let n = 0;
  for (const e of season.entries) {
    for (const u of e.result?.survey?.used ?? []) {
      const how = u.area ? `${u.cell} (điểm cả lĩnh vực ${u.area}, chia theo điểm tối đa)` : u.cell;
      sheet.w.row(sheet.row++, [int(++n), txt(e.unit), txt(e.fileName), txt(u.item), num2(u.points), txt(how)], (c) => (c === 0 ? S.int : c === 4 ? S.number : S.text));
      if (sheet.blockFull) yield sheet.take();
    }
  }
  if (n === 0) sheet.line('Không có điểm nào được lấy từ bảng.', { ...S.text, italic: true });

  function* section(heading: string, rows: string[][]): Generator<RowBlock> {
    sheet.row++;
    sheet.line(heading, { bold: true });
    if (rows.length === 0) {
      sheet.line('Không có.', { italic: true });
      return;
    }
    for (const [i, cells] of rows.entries()) {
      sheet.w.put(sheet.row, 0, int(i + 1), S.int);
      sheet.w.put(sheet.row, 1, txt(cells[0]), S.text);
      sheet.w.put(sheet.row, 2, txt(cells[1]), S.text);
      sheet.w.put(sheet.row, 3, txt(cells[2]), S.text);
      for (let c = 4; c < cols; c++) sheet.w.put(sheet.row, c, null, S.text);
      sheet.merge(sheet.row, 3, cols - 1);
      sheet.row++;
      if (sheet.blockFull) yield sheet.take();
    }
  }
  const notUsed: string[][] = [];
  for (const e of season.entries) for (const x of e.result?.survey?.notUsed ?? []) notUsed.push([e.unit, e.fileName, x.reason.vi]);
  yield* section('Điểm trong bảng không được dùng', notUsed);
  yield* section('Đơn vị có trong bảng nhưng không có biểu', table.rowsWithoutWorkbook.map((r) => [r.unit, `dòng ${r.row}`, 'Không có tệp biểu nào của đơn vị này trong lần kiểm tra.']));
  yield* section('Biểu không có dòng trong bảng điểm', table.filesWithoutRow.map((f) => [f.unit, f.fileName, 'Bảng điểm không có dòng cho đơn vị này (so theo tên đơn vị hoặc tên tệp).']));
  yield* section('Lỗi của bảng điểm', table.problems.map((p) => [table.source, p.cell ?? '', p.message.vi]));
  sheet.signatures();
  yield sheet.take();
}
