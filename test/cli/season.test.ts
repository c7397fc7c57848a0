/**
 * A Sở Nội vụ's season end to end, in-process: one folder with department sheets
 * (mau-so-nganh-2024) and commune sheets (mau-xa-2024) in every status, a duplicate copy, a
 * sheet of another set, a broken file; survey points from an .xlsx table (and a CSV one);
 * `--criteria` twice. Statuses, what is ranked, ranks, ties and totals are hand-computed here
 * and read back from the JSON report and from the written results workbook.
 *
 * Both sets: scored leaves sum to 70, survey leaves to 30 (scale 100). Hand arithmetic:
 * - Sở Tư pháp: appraised 70; survey 0.8 × each max = 24 → 94 (Tốt ≥ 90).
 * - Sở Y tế: appraised 70 − 1.1.4 (2) − 3.4 (2) = 66; survey from the table: items
 *   1 + 2 + 1.5·3 + 2 + 1.5·2 + 1.5 + 2 = 16, area LV8 12 → 28; total 94 (tie with Tư pháp).
 * - Sở Giao thông vận tải: appraised 70; survey 0.5 × 30 = 15 → 85 → rank 3 (1, 1, 3); "Trung bình",
 *   not "Khá": Khá needs every area ≥ 70 % and area 8 has (1.5 + 0.5 × 14) / 15.5 = 54.8 %.
 * - Sở Xây dựng: 5 of 58 scored cells blank → appraising 53/58. Sở Công Thương: self only.
 * - Sở Nội vụ: appraised, no survey anywhere → awaitingSurvey.
 * - UBND xã An Hòa: appraised 70, bonus 1, penalty 0,5; survey from the table: 3 + 2 + 2 + 1
 *   = 8, LV8 16 (spread 4 each over 8.2.1–8.2.4) → 24; total 70 + 24 + 1 − 0.5 = 94.5 (Tốt ≥ 85).
 * - Xã Cát Hải (file a): appraised 70, survey 15 → 85 ("Khá": Tốt needs every area ≥ 70 %, area 8
 *   has (6 + 0.5 × 20) / 26 = 61.5 %); file b, same unit: 70 − 1.3 (3)
 *   − 2.2 (3) + 15 = 79: a duplicate, listed, not ranked.
 * - Xã Bình Minh: 70 − 3.2.1 (4) + 15 = 81 (Khá). Commune ranks: 94.5, 85, 81 → 1, 2, 3.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { setById } from './batch-fixtures';
import { removeTempDirs, tempDir } from './run-cli';
import { leafMax, seasonWorkbook, tableWorkbook } from '../helpers/season-workbooks';

afterAll(removeTempDirs);

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

const so = setById('mau-so-nganh-2024');
const xa = setById('mau-xa-2024');

const SURVEY_HEADER = ['STT', 'Đơn vị', 'Tên tệp', '1.4', '2.4', '3.5.1', '3.5.2', '3.5.3', '4.4', '5.5.1', '5.5.2', '6.4', '7.5', '3.4.1', '3.4.2', '5.3.1', '5.3.2', 'LV8'];
const Y_TE_ROW = [1, 'Sở Y tế', null, 1, 2, 1.5, 1.5, 1.5, 2, 1.5, 1.5, 1.5, 2, null, null, null, null, 12];
const AN_HOA_ROW = [2, 'Xã An Hòa', null, null, null, null, null, null, null, null, null, null, null, 3, 2, 2, 1, 16];
const NO_WORKBOOK_ROW = [3, 'Huyện Không Có Biểu', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 5];

interface Report {
  files: {
    fileName: string; unit: string | null; status: string; rank: number | null; statusDetail: string;
    appraisal: { filled: number; expected: number } | null; surveyMissing: string[];
    duplicates: { fileName: string; how: string }[]; countedOnce: boolean;
    scores: { final: { total: number; index: number } | null; classification: string | null } | null;
    points: { appraised: number; survey: number; bonus: number; penalty: number; difference: number } | null;
    survey: { table: string; used: { item: string; points: number; cell: string; area: string | null }[]; notUsed: unknown[] } | null;
  }[];
  blocks: { set: { id: string }; ranked: number; notRanked: number }[];
  surveyTable: { rowsWithoutWorkbook: { unit: string }[]; filesWithoutRow: { fileName: string }[] } | null;
}

let dir: string;
let report: Report;
let run: { code: number; stdout: string; stderr: string };
let book: ExcelJS.Workbook;
const byName = (name: string) => report.files.find((f) => f.fileName === name)!;

beforeAll(async () => {
  // The sets' arithmetic the comments rely on.
  expect([leafMax(so, 'scored'), leafMax(so, 'survey'), leafMax(xa, 'scored'), leafMax(xa, 'survey')]).toEqual([70, 30, 70, 30]);
  dir = tempDir('season');
  const inDir = path.join(dir, 'ho-so');
  fs.mkdirSync(inDir);
  const put = async (name: string, data: Promise<Buffer> | Buffer) => fs.writeFileSync(path.join(inDir, name), await data);
  await put('so-tu-phap.xlsx', seasonWorkbook(so, { unit: 'Sở Tư pháp', surveyFraction: 0.8 }));
  fs.copyFileSync(path.join(inDir, 'so-tu-phap.xlsx'), path.join(inDir, 'so-tu-phap-ban-sao.xlsx'));
  await put('so-y-te.xlsx', seasonWorkbook(so, { unit: 'Sở Y tế', zero: ['1.1.4', '3.4'] }));
  await put('so-gtvt.xlsx', seasonWorkbook(so, { unit: 'Sở Giao thông vận tải', surveyFraction: 0.5 }));
  await put('so-xay-dung.xlsx', seasonWorkbook(so, { unit: 'Sở Xây dựng', blank: 5, surveyFraction: 0.5 }));
  await put('so-cong-thuong.xlsx', seasonWorkbook(so, { unit: 'Sở Công Thương', appraised: false }));
  await put('so-noi-vu.xlsx', seasonWorkbook(so, { unit: 'Sở Nội vụ' }));
  await put('xa-an-hoa.xlsx', seasonWorkbook(xa, { unit: 'UBND xã An Hòa', bonus: 1, penalty: 0.5 }));
  await put('xa-cat-hai-a.xlsx', seasonWorkbook(xa, { unit: 'Xã Cát Hải', surveyFraction: 0.5 }));
  await put('xa-cat-hai-b.xlsx', seasonWorkbook(xa, { unit: 'Xã Cát Hải', zero: ['1.3', '2.2'], surveyFraction: 0.5 }));
  await put('xa-binh-minh.xlsx', seasonWorkbook(xa, { unit: 'Xã Bình Minh', zero: ['3.2.1'], surveyFraction: 0.5 }));
  await put('bieu-khac.xlsx', tableWorkbook([
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM NĂM 2024'], ['Đơn vị: Phòng Văn hóa'], [],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
    ['1', 'Nội dung riêng', 60, null], ['1.1', 'Việc A', 60, 50], ['2', 'Nội dung khác', 40, null], ['2.1', 'Việc B', 40, 30],
  ]));
  await put('hong.xlsx', Buffer.from('đây không phải tệp Excel'));
  fs.writeFileSync(path.join(dir, 'diem-xhh.xlsx'), await tableWorkbook([['BẢNG ĐIỂM ĐIỀU TRA XÃ HỘI HỌC NĂM 2024'], [], SURVEY_HEADER, Y_TE_ROW, AN_HOA_ROW, NO_WORKBOOK_ROW]));

  run = await cli(
    ['check', 'ho-so', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--survey', 'diem-xhh.xlsx',
      '--summary', 'ket-qua.xlsx', '--issuer', 'SỞ NỘI VỤ TỈNH MINH SƠN', '--json'],
    dir,
  );
  report = JSON.parse(run.stdout);
  // To look at the printed tables: SEASON_OUT=dir npx jest test/cli/season (then LibreOffice → PDF).
  if (process.env.SEASON_OUT) fs.copyFileSync(path.join(dir, 'ket-qua.xlsx'), path.join(process.env.SEASON_OUT, 'ket-qua.xlsx'));
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'ket-qua.xlsx'));
}, 120_000);

describe('statuses', () => {
  test('every file gets its status, with what is missing', () => {
    expect(run.stderr).toBe('');
    const status = Object.fromEntries(report.files.map((f) => [f.fileName, f.status]));
    expect(status).toEqual({
      'so-tu-phap.xlsx': 'complete', 'so-tu-phap-ban-sao.xlsx': 'complete', 'so-y-te.xlsx': 'complete', 'so-gtvt.xlsx': 'complete',
      'so-xay-dung.xlsx': 'appraising', 'so-cong-thuong.xlsx': 'selfOnly', 'so-noi-vu.xlsx': 'awaitingSurvey',
      'xa-an-hoa.xlsx': 'complete', 'xa-cat-hai-a.xlsx': 'complete', 'xa-cat-hai-b.xlsx': 'complete', 'xa-binh-minh.xlsx': 'complete',
      'bieu-khac.xlsx': 'noSet', 'hong.xlsx': 'unreadable',
    });
    expect(byName('so-xay-dung.xlsx').appraisal).toEqual({ filled: 53, expected: 58 });
    expect(byName('so-xay-dung.xlsx').statusDetail).toBe('Đang thẩm định: đã có điểm thẩm định 53/58 ô, còn 5 ô trống.');
    expect(byName('so-noi-vu.xlsx').surveyMissing).toHaveLength(15);
    expect(byName('so-cong-thuong.xlsx').rank).toBeNull();
  });
});

describe('ranking', () => {
  test('only complete results, per block; ties share a rank; duplicates ranked once', () => {
    const ranked = report.files.filter((f) => f.rank !== null).map((f) => [f.unit, f.rank, f.scores!.final!.total]);
    // Identical copies: the first name without extension is kept ("so-tu-phap" before "so-tu-phap-ban-sao").
    expect(byName('so-tu-phap.xlsx')).toMatchObject({ countedOnce: true, rank: 1, duplicates: [{ fileName: 'so-tu-phap-ban-sao.xlsx', how: 'sameContent' }] });
    expect(byName('so-tu-phap-ban-sao.xlsx')).toMatchObject({ countedOnce: false, rank: null, duplicates: [{ fileName: 'so-tu-phap.xlsx', how: 'sameContent' }] });
    expect(ranked.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['Sở Giao thông vận tải', 3, 85],
      ['Sở Tư pháp', 1, 94],
      ['Sở Y tế', 1, 94],
      ['UBND xã An Hòa', 1, 94.5],
      ['Xã Bình Minh', 3, 81],
      ['Xã Cát Hải', 2, 85],
    ]);
    expect(byName('xa-cat-hai-a.xlsx').rank).toBe(2);
    expect(byName('xa-cat-hai-b.xlsx')).toMatchObject({ rank: null, countedOnce: false, duplicates: [{ fileName: 'xa-cat-hai-a.xlsx', how: 'sameUnit' }] });
    expect(report.blocks.map((b) => [b.set.id, b.ranked, b.notRanked])).toEqual([
      ['mau-so-nganh-2024', 3, 4],
      ['mau-xa-2024', 3, 1],
    ]);
  });

  test('points: appraiser changes only in "difference", survey apart, bonus and penalty', () => {
    expect(byName('so-y-te.xlsx').points).toEqual({ appraised: 66, survey: 28, bonus: 0, penalty: 0, difference: -4 });
    expect(byName('xa-an-hoa.xlsx').points).toEqual({ appraised: 70, survey: 24, bonus: 1, penalty: 0.5, difference: 0 });
    expect(byName('xa-an-hoa.xlsx').scores!.classification).toBe('Tốt');
  });
});

describe('survey table', () => {
  test('points used where the sheet has none, said per item; area totals spread by maxima', () => {
    const y = byName('so-y-te.xlsx').survey!;
    expect(y.table).toBe('diem-xhh.xlsx');
    expect(y.used.filter((u) => u.area === null).map((u) => u.item)).toEqual(['1.4', '2.4', '3.5.1', '3.5.2', '3.5.3', '4.4', '5.5.1', '5.5.2', '6.4', '7.5']);
    // LV8 = 12 over 8.2.1, 8.2.2, 8.3.1, 8.3.2 (max 3) and 8.3.3 (max 2): 12 × 3/14 = 2.57, 12 × 2/14 = 1.71.
    expect(y.used.filter((u) => u.area === '8').map((u) => [u.item, u.points])).toEqual([
      ['8.2.1', 2.57], ['8.2.2', 2.57], ['8.3.1', 2.57], ['8.3.2', 2.57], ['8.3.3', 1.71],
    ]);
    expect(byName('so-tu-phap.xlsx').survey).toBeNull();
    // The sheet's "survey points not entered yet" notes go for the items the table filled.
    expect(byName('so-y-te.xlsx').surveyMissing).toEqual([]);
    expect((report.files.find((f) => f.fileName === 'so-y-te.xlsx') as unknown as { findings: { code: string }[] }).findings.map((f) => f.code)).not.toContain('appraisal.surveyMissing');
    expect(byName('so-noi-vu.xlsx').surveyMissing).toHaveLength(15);
  });

  test('table units with no workbook, and workbooks with no row, are listed', () => {
    expect(report.surveyTable!.rowsWithoutWorkbook.map((r) => r.unit)).toEqual(['Huyện Không Có Biểu']);
    expect(report.surveyTable!.filesWithoutRow.map((f) => f.fileName)).toContain('so-noi-vu.xlsx');
  });

  test('the same table as CSV (";", decimal commas, BOM) gives the same totals', async () => {
    const csv = [SURVEY_HEADER, Y_TE_ROW, AN_HOA_ROW]
      .map((r) => r.map((v) => (v === null ? '' : String(v).replace('.', ','))).join(';'))
      .join('\r\n');
    fs.writeFileSync(path.join(dir, 'diem-xhh.csv'), '\ufeff' + csv + '\r\n');
    const r = await cli(['check', 'ho-so/so-y-te.xlsx', 'ho-so/xa-an-hoa.xlsx', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--survey', 'diem-xhh.csv', '--json'], dir);
    const files = (JSON.parse(r.stdout) as Report).files;
    expect(files.map((f) => [f.fileName, f.status, f.scores!.final!.total])).toEqual([
      ['so-y-te.xlsx', 'complete', 94],
      ['xa-an-hoa.xlsx', 'complete', 94.5],
    ]);
  });

  test('a survey table without a unit column stops the run before any file, exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'sai.csv'), 'Tên;8.1\nA;1\n');
    const r = await cli(['check', 'ho-so', '--survey', 'sai.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không có cột tên đơn vị/);
    expect(r.stdout).toBe('');
  });
});

/** Rows of a printed table: from the header row (A = "STT") to the first row without a number in A. */
function tableRows(ws: ExcelJS.Worksheet): { header: string[]; rows: (string | number | null)[][] } {
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && row.getCell(1).value === 'STT') header = r;
  });
  const width = ws.getRow(header).cellCount;
  const headers = Array.from({ length: width }, (_, i) => String(ws.getCell(header, i + 1).value));
  const rows: (string | number | null)[][] = [];
  for (let r = header + 1; typeof ws.getCell(r, 1).value === 'number'; r++) {
    rows.push(Array.from({ length: width }, (_, i) => ws.getCell(r, i + 2 - 1).value as string | number | null));
  }
  return { header: headers, rows };
}

describe('the results workbook', () => {
  test('sheets: per block results and component indices, then not ranked, tracking, survey, findings, requests', () => {
    expect(book.worksheets.slice(0, 9).map((w) => w.name)).toEqual([
      'KQ sở ngành', 'LV sở ngành', 'KQ xã', 'LV xã', 'Chưa xếp hạng', 'Theo dõi', 'Điểm XHH', 'Phát hiện', 'Đề nghị giải trình',
    ]);
  });

  test('the department table: totals, ranks, ties, classification read back', () => {
    const ws = book.getWorksheet('KQ sở ngành')!;
    const { header, rows } = tableRows(ws);
    expect(header).toEqual([
      'STT', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra XHH', 'Điểm thưởng', 'Điểm trừ',
      'Tổng điểm đạt được', 'Điểm tối đa', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại',
    ]);
    expect(rows).toEqual([
      [1, 'Sở Tư pháp', 70, 70, 24, 0, 0, 94, 100, 94, 1, 'Tốt'],
      [2, 'Sở Y tế', 70, 66, 28, 0, 0, 94, 100, 94, 1, 'Tốt'],
      [3, 'Sở Giao thông vận tải', 70, 70, 15, 0, 0, 85, 100, 85, 3, 'Trung bình'],
    ]);
    expect(ws.getCell('A1').value).toBe('SỞ NỘI VỤ TỈNH MINH SƠN');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      'KHỐI SỞ, BAN, NGÀNH', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG CƠ QUAN',
    ]));
    // Print: A4 landscape, one page wide, header row repeated, page numbers in the footer.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
  });

  test('the commune table with bonus and penalty', () => {
    expect(tableRows(book.getWorksheet('KQ xã')!).rows).toEqual([
      [1, 'UBND xã An Hòa', 70, 70, 24, 1, 0.5, 94.5, 100, 94.5, 1, 'Tốt'],
      [2, 'Xã Cát Hải', 70, 70, 15, 0, 0, 85, 100, 85, 2, 'Khá'],
      [3, 'Xã Bình Minh', 70, 66, 15, 0, 0, 81, 100, 81, 3, 'Khá'],
    ]);
  });

  test('not ranked: every other unit with its status and what is missing', () => {
    const { rows } = tableRows(book.getWorksheet('Chưa xếp hạng')!);
    const status = rows.map((r) => [r[2], r[4]]);
    expect(status).toEqual(expect.arrayContaining([
      ['so-noi-vu.xlsx', 'Chờ điểm điều tra XHH'],
      ['so-xay-dung.xlsx', 'Đang thẩm định'],
      ['so-cong-thuong.xlsx', 'Mới tự đánh giá'],
      ['xa-cat-hai-b.xlsx', 'Đã đủ điểm (bản trùng)'],
      ['so-tu-phap-ban-sao.xlsx', 'Đã đủ điểm (bản trùng)'],
      ['bieu-khac.xlsx', 'Không khớp bộ tiêu chí'],
      ['hong.xlsx', 'Không đọc được'],
    ]));
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r[2] === 'xa-cat-hai-b.xlsx')![5]).toMatch(/^Trùng đơn vị với tệp xa-cat-hai-a\.xlsx/);
    // No folder anywhere.
    for (const r of rows) expect(String(r[2])).not.toMatch(/[\\/]/);
  });

  test('tracking lists every file; the component sheet has one column per area', () => {
    expect(tableRows(book.getWorksheet('Theo dõi')!).rows).toHaveLength(13);
    const lv = tableRows(book.getWorksheet('LV xã')!);
    expect(lv.header).toEqual(['STT', 'Đơn vị', ...Array.from({ length: 8 }, (_, i) => `LV ${i + 1} (%)`), 'Chỉ số (%)']);
    // Bình Minh: area 3 (20) lost 3.2.1 (4) and got 0.5 × 6 survey = 3: (20 − 4 − 6 + 3) / 20 = 65 %.
    expect(lv.rows[2].slice(0, 2)).toEqual([3, 'Xã Bình Minh']);
    expect(lv.rows[2][4]).toBe(65);
  });
});

describe('text output', () => {
  test('status per file and the self score next to its max', async () => {
    const r = await cli(['check', 'ho-so/so-xay-dung.xlsx', 'ho-so/so-y-te.xlsx', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024'], dir);
    expect(r.stdout).toContain('Tình trạng: Đang thẩm định (chưa xếp hạng)\n  Đang thẩm định: đã có điểm thẩm định 53/58 ô, còn 5 ô trống.');
    // Area 1 of mau-so-nganh-2024: self 9 of a self max of 9 (its survey item 1.4 left out).
    expect(r.stdout).toContain('Tự ĐG/tối đa');
    expect(r.stdout).toMatch(/^1 .* 9,00\/9,00 /m);
  });
});
