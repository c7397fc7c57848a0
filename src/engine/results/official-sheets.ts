/**
 * The printed sheets of the official results workbook (`--summary`), per block and year:
 * - "KQ <khối>": Kết quả xác định Chỉ số CCHC — STT, đơn vị, điểm tự đánh giá, điểm thẩm định,
 *   điểm điều tra XHH, điểm thưởng, điểm trừ, tổng điểm đạt được, điểm tối đa, chỉ số (%),
 *   xếp hạng, xếp loại; complete results only, by rank;
 * - "LV <khối>": component index (%) per area for the same units (its own sheet, so neither
 *   table is squeezed onto one page);
 * - "Chưa xếp hạng": every unit not ranked, with its status and what is missing.
 * Vietnamese only, no finding codes.
 */
import type { SheetSpec } from '../sheet-spec';
import { int, num2, txt } from '../ranking/cells';
import { formatNumber } from '../text/format';
import { pointsBreakdown } from './breakdown';
import { blockName, OfficialSheet, officialStyles as S, type OfficialOptions } from './official-layout';
import { duplicateNote, type Season, type SeasonBlock, type SeasonEntry } from './season';
import { STATUS_LABEL } from './status';
import { previousOf, rankChange } from '../compare/previous-year';
import { wholeSheet, type RowBlock, type RowsSheet } from './sheet-rows';

const RESULT_HEADERS = [
  'STT', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra XHH', 'Điểm thưởng', 'Điểm trừ',
  'Tổng điểm đạt được', 'Điểm tối đa', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại',
];
const RESULT_WIDTHS = [5, 30, 10, 10, 10, 8, 8, 10, 9, 9, 8, 11];
const PREVIOUS_HEADERS = ['Chỉ số năm trước (%)', 'Hạng năm trước', 'Thay đổi hạng'];

function title(sheet: OfficialSheet, block: SeasonBlock, what: string): void {
  sheet.row++;
  sheet.line(`${what} NĂM ${block.set.year}`, S.title);
  sheet.line(blockName(block.set.unitLevel, block.set.title).toUpperCase(), S.subtitle);
  sheet.line(`(Theo bộ tiêu chí: ${block.set.title}, phiên bản ${block.set.version})`, { ...S.placeDate, wrap: true });
  sheet.row++;
}

function notRankedLine(sheet: OfficialSheet, block: SeasonBlock): void {
  if (block.notRanked.length === 0) return;
  sheet.line(
    `Có ${block.notRanked.length} đơn vị của khối chưa xếp hạng vì chưa đủ điểm (chưa thẩm định xong, chưa có điểm điều tra XHH) hoặc trùng tệp: xem sheet "Chưa xếp hạng".`,
    S.note,
  );
}

export function buildResultsSheet(block: SeasonBlock, name: string, options: OfficialOptions): SheetSpec {
  return wholeSheet(resultsSheetRows(block, name, options));
}

/** The results table, its rows built a block at a time as the writer takes them (sheet-rows.ts). */
export function resultsSheetRows(block: SeasonBlock, name: string, options: OfficialOptions): RowsSheet {
  // check --previous: last year's index, rank and the change of rank, after the year's columns.
  const previous = options.previous;
  const headers = previous ? [...RESULT_HEADERS, ...PREVIOUS_HEADERS] : RESULT_HEADERS;
  const sheet = new OfficialSheet(headers.length, 4);
  sheet.heading(options);
  title(sheet, block, 'KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH');
  sheet.header(headers);
  return { ...sheet.frame(name, previous ? [...RESULT_WIDTHS, 10, 8, 8] : RESULT_WIDTHS, 'landscape'), blocks: resultsRows(sheet, block, options) };
}

function* resultsRows(sheet: OfficialSheet, block: SeasonBlock, options: OfficialOptions): Generator<RowBlock> {
  const previous = options.previous;
  yield sheet.take();
  if (block.ranked.length === 0) {
    sheet.line('Chưa có đơn vị nào đủ điểm để xếp hạng.', { ...S.text, italic: true, hAlign: 'center' });
  }
  for (const [i, e] of block.ranked.entries()) {
    const b = pointsBreakdown(e.result!.scores!);
    const last = previous ? previousOf(previous, e.unit) : null;
    const lastCells = previous ? [num2(last?.index ?? null), last?.rank ? int(last.rank) : null, txt(rankChange(last, e.rank))] : [];
    sheet.w.row(
      sheet.row++,
      [int(i + 1), txt(e.unit), num2(b.self), num2(b.appraised), num2(b.survey), num2(b.bonus), num2(b.penalty), num2(b.total), num2(b.max), num2(e.index), int(e.rank!), txt(e.result!.scores!.classification), ...lastCells],
      (c) => (c === 0 || c === 10 || c === 13 ? S.int : c === 1 ? S.text : c === 11 || c === 14 ? S.center : S.number),
    );
    if (sheet.blockFull) yield sheet.take();
  }
  sheet.row++;
  if (previous) {
    sheet.line(`Năm trước: theo ${previous.source}${previous.year ? ` (năm ${previous.year})` : ''}; "↑ 2": tăng 2 bậc so với năm trước, "↓": giảm, "=": giữ nguyên hạng, "mới": năm trước chưa xếp hạng.`, S.note);
  }
  sheet.line('Ghi chú: Tổng điểm đạt được = điểm thẩm định + điểm điều tra XHH + điểm thưởng − điểm trừ; Chỉ số (%) = tổng điểm đạt được / điểm tối đa × 100 (điểm tối đa đã trừ các tiêu chí không áp dụng). Các đơn vị có chỉ số bằng nhau (làm tròn 2 chữ số thập phân) được xếp đồng hạng.', S.note);
  notRankedLine(sheet, block);
  sheet.signatures();
  yield sheet.take();
}

export function buildComponentsSheet(block: SeasonBlock, name: string, options: OfficialOptions): SheetSpec {
  return wholeSheet(componentsSheetRows(block, name, options));
}

/** The component indices, their rows built a block at a time as the writer takes them. */
export function componentsSheetRows(block: SeasonBlock, name: string, options: OfficialOptions): RowsSheet {
  const areas = areaList(block);
  const columns = 3 + areas.length;
  const sheet = new OfficialSheet(columns, Math.max(2, Math.ceil(columns / 2) - 1));
  sheet.heading(options);
  title(sheet, block, 'CHỈ SỐ THÀNH PHẦN THEO LĨNH VỰC');
  sheet.header(['STT', 'Đơn vị', ...areas.map((a) => `LV ${a.code} (%)`), 'Chỉ số (%)']);
  return { ...sheet.frame(name, [5, 30, ...areas.map(() => 8), 9], areas.length > 6 ? 'landscape' : 'portrait'), blocks: componentsRows(sheet, block, areas) };
}

function* componentsRows(sheet: OfficialSheet, block: SeasonBlock, areas: { code: string; title: string; max: number }[]): Generator<RowBlock> {
  yield sheet.take();
  for (const [i, e] of block.ranked.entries()) {
    const index = new Map(e.result!.scores!.areas.map((a) => [a.code, a.max > 0 ? a.appraisedIndex : null]));
    sheet.w.row(
      sheet.row++,
      [int(i + 1), txt(e.unit), ...areas.map((a) => num2(index.get(a.code) ?? null)), num2(e.index)],
      (c) => (c === 0 ? S.int : c === 1 ? S.text : S.number),
    );
    if (sheet.blockFull) yield sheet.take();
  }
  sheet.row++;
  for (const a of areas) sheet.line(`LV ${a.code}: ${a.title} (tối đa ${formatNumber(a.max, 'vi')} điểm)`, S.note);
  sheet.line('Chỉ số thành phần (%) = điểm đạt được của lĩnh vực / điểm tối đa của lĩnh vực × 100; ô trống: lĩnh vực không áp dụng với đơn vị.', S.note);
  sheet.signatures();
  yield sheet.take();
}

function areaList(block: SeasonBlock): { code: string; title: string; max: number }[] {
  const out: { code: string; title: string; max: number }[] = [];
  for (const e of [...block.ranked, ...block.notRanked]) {
    for (const a of e.result?.scores?.areas ?? []) {
      if (!out.some((x) => x.code === a.code)) out.push({ code: a.code, title: a.title, max: a.max });
    }
  }
  return out;
}

/** The status as printed; a copy that is not counted says so. */
export function statusText(e: SeasonEntry): string {
  return STATUS_LABEL[e.status.status].vi + (e.kept ? '' : ' (bản trùng)');
}

const UNRANKED_HEADERS = ['STT', 'Đơn vị', 'Tệp', 'Khối', 'Tình trạng', 'Còn thiếu / lý do'];

/** Every unit not ranked (all blocks, then the files outside any block), with status and what is missing. */
export function buildUnrankedSheet(season: Season, name: string, options: OfficialOptions): SheetSpec {
  return wholeSheet(unrankedSheetRows(season, name, options));
}

/** The units not ranked, their rows built a block at a time as the writer takes them. */
export function unrankedSheetRows(season: Season, name: string, options: OfficialOptions): RowsSheet {
  const sheet = new OfficialSheet(UNRANKED_HEADERS.length, 3);
  sheet.heading(options);
  sheet.row++;
  const year = season.blocks[0]?.set.year;
  sheet.line(`DANH SÁCH ĐƠN VỊ CHƯA XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ''}`, S.title);
  sheet.line('(Chưa đủ điểm để công bố, trùng tệp, hoặc không đọc được tệp)', S.placeDate);
  sheet.row++;
  sheet.header(UNRANKED_HEADERS);
  return { ...sheet.frame(name, [5, 26, 22, 18, 16, 52], 'landscape'), blocks: unrankedRows(sheet, season) };
}

function* unrankedRows(sheet: OfficialSheet, season: Season): Generator<RowBlock> {
  yield sheet.take();
  const list: SeasonEntry[] = [...season.blocks.flatMap((b) => b.notRanked), ...season.outside];
  if (list.length === 0) sheet.line('Mọi đơn vị đều đã được xếp hạng.', { ...S.text, italic: true, hAlign: 'center' });
  for (const [i, e] of list.entries()) {
    const block = e.set ? blockName(e.set.unitLevel, e.set.title) : '—';
    const why = [duplicateNote(e).vi, e.status.detail.vi].filter(Boolean).join(' ');
    sheet.w.row(
      sheet.row++,
      [int(i + 1), txt(e.unit), txt(e.fileName), txt(block), txt(statusText(e)), txt(why || '—')],
      (c) => (c === 0 ? S.int : S.text),
    );
    if (sheet.blockFull) yield sheet.take();
  }
  sheet.signatures();
  yield sheet.take();
}
