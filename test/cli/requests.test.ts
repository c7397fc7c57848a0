/**
 * The appraisal cycle on the command line, in-process: `check --requests` writes one workbook per
 * unit; the unit's answers are typed into it (here by ExcelJS, as a unit would in Excel); the
 * returned workbook is checked alone and beside the unit's scoresheet (round two).
 *
 * The sample so-y-te-2024.xlsx has five explanation requests (README of the samples):
 *   2.1.1 "Không áp dụng" (max 1,5), no exemptions table → confirm the approval (evidence)
 *   3.2.1 self 1 → 0,5 with the appraiser's note   → explain
 *   4.1.2 self 1,5 → 0,5, no note                   → explain (stock reason, marked)
 *   5.2.2 evidence missing                          → evidence
 *   6.1.2 self 1 → 0, no note                       → explain
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { command as check } from '../../src/cli/commands/check';
import type { Report } from '../../src/cli/check/json-report';
import { prepareRequestsOutput } from '../../src/cli/check/requests-output';
import { REQUESTS_MARK_SHEET } from '../../src/engine/appraisal/requests-mark';
import { REQUEST_COLUMNS, REQUEST_HEADER_ROW } from '../../src/engine/appraisal/requests-workbook';
import { removeTempDirs, SAMPLES, tempDir } from './run-cli';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await check.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

const NAME = 'Đề nghị giải trình - Sở Y tế.xlsx';
/**
 * 1-based Excel row of the request on 3.2.1 (header on 0-based row REQUEST_HEADER_ROW, then the
 * N/A claim 2.1.1 on the first row).
 */
const FIRST = REQUEST_HEADER_ROW + 3;
const col = (c: number) => c + 1;

let dir: string;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  dir = tempDir('requests');
  fs.copyFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'), path.join(dir, 'so-y-te.xlsx'));
  fs.copyFileSync(path.join(SAMPLES, 'so-tu-phap-2024.xlsx'), path.join(dir, 'so-tu-phap.xlsx'));
  const r = await run(['so-y-te.xlsx', 'so-tu-phap.xlsx', '--requests', 'de-nghi', '--deadline', '15/01/2025', '--council', 'Hội đồng thẩm định Chỉ số CCHC tỉnh Hà Nam', '--json'], dir);
  // 15/01/2025 lies in the past whenever this runs: the run warns and goes on.
  expect(r.stderr).toMatch(/^Lưu ý: hạn 15\/01\/2025 đã qua \(hôm nay \d\d\/\d\d\/\d{4}\)/);
  expect(r.stderr.trim().split('\n')).toHaveLength(2);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.files.map((f) => f.requestsWorkbook)).toEqual([path.join('de-nghi', NAME), null]);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'de-nghi', NAME));
});

afterAll(removeTempDirs);

describe('check --requests', () => {
  it('writes one workbook, only for the unit with requests, named after it', () => {
    // Sở Tư pháp has no request: no file for it.
    expect(fs.readdirSync(path.join(dir, 'de-nghi'))).toEqual([NAME]);
    expect(book.keywords).toBe('par-check-requests');
  });

  it('holds the heading, the unit, the deadline and one row per request, read back from the file', () => {
    const ws = book.getWorksheet('Đề nghị giải trình')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining([
      'HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Kính gửi: Sở Y tế', 'Hạn gửi giải trình: 15/01/2025', 'TM. HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH HÀ NAM', '(Ký, ghi rõ họ tên)',
    ]));
    const C = REQUEST_COLUMNS;
    const row = (r: number) => [C.code, C.max, C.self, C.round1, C.asked].map((c) => ws.getCell(r, col(c)).value);
    // Max points of the sample's set: 2.1.1 = 1,5, 3.2.1 = 1, 4.1.2 = 1,5, 5.2.2 = 1, 6.1.2 = 1.
    expect([-1, 0, 1, 2, 3].map((i) => row(FIRST + i))).toEqual([
      ['2.1.1', 1.5, 'Không áp dụng', 'Không áp dụng', 'Bổ sung tài liệu kiểm chứng'],
      ['3.2.1', 1, 1, 0.5, 'Giải trình'],
      ['4.1.2', 1.5, 1.5, 0.5, 'Giải trình'],
      ['5.2.2', 1, 1, 1, 'Bổ sung tài liệu kiểm chứng'],
      ['6.1.2', 1, 1, 0, 'Giải trình'],
    ]);
    expect(ws.getCell(FIRST, col(C.note)).value).toBe('Tham mưu công bố danh mục TTHC chậm so với thời hạn quy định');
    expect(String(ws.getCell(FIRST + 1, col(C.note)).value)).toMatch(/^\(Tổ thẩm định chưa ghi ý kiến; nội dung do phần mềm kiểm tra ghi\)/);
    expect(ws.getCell(FIRST + 4, 1).value).toBeNull();
  });

  it('is print-ready on A4 and protected with only the answer cells open', () => {
    const ws = book.getWorksheet('Đề nghị giải trình')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${REQUEST_HEADER_ROW + 1}:${REQUEST_HEADER_ROW + 1}`);
    // Page numbers in the footer, with the unit (Excel codes: &L left, &R right, &P page, &N pages).
    expect(ws.headerFooter.oddFooter).toBe('&LĐề nghị giải trình - Sở Y tế&RTrang &P/&N');
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const C = REQUEST_COLUMNS;
    expect(ws.getCell(FIRST, col(C.explanation)).protection).toMatchObject({ locked: false });
    expect(ws.getCell(FIRST, col(C.evidence)).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell(FIRST, col(C.code)).protection?.locked).not.toBe(false);
    expect(book.getWorksheet(REQUESTS_MARK_SHEET)!.state).toBe('veryHidden');
  });

  it('warns only about a deadline before today (day precision)', async () => {
    const at = (today: string) => prepareRequestsOutput({ dir: 'x2', deadline: '15/01/2025', lang: 'vi', cwd: dir, today: new Date(today) });
    const same = await at('2025-01-15T23:00:00');
    const after = await at('2025-01-16T01:00:00');
    expect(same && 'warnings' in same ? same.warnings : null).toEqual([]);
    expect(after && 'warnings' in after ? after.warnings.map((w) => w.vi) : null).toEqual([
      'Lưu ý: hạn 15/01/2025 đã qua (hôm nay 16/01/2025); đề nghị vẫn được ghi với hạn này. Nếu gõ nhầm, chạy lại với hạn đúng.',
    ]);
  });

  it('says in the text output where the requests went, how many, and how many lack an appraiser note', async () => {
    const r = await run(['so-y-te.xlsx', '--requests', 'de-nghi-2'], dir);
    // 5 requests; only 3.2.1 has the appraiser's note (sample README), so 4 carry the checker's text.
    expect(r.stdout).toContain(`Đề nghị giải trình gửi đơn vị: ${path.join('de-nghi-2', NAME)} (5 đề nghị; 4 đề nghị chưa có ý kiến thẩm định, đang dùng lời của phần mềm kiểm tra)`);
  });

  it('refuses a wrong deadline, or --deadline without --requests, before reading any file', async () => {
    const bad = await run(['so-y-te.xlsx', '--requests', 'x', '--deadline', '31/02/2025'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ngày "31/02/2025" không có thật');
    expect(bad.stdout).toBe('');
    const stray = await run(['so-y-te.xlsx', '--deadline', '15/01/2025'], dir);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--deadline chỉ dùng cùng --requests');
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });
});

describe('the workbook sent back', () => {
  const answered = path.join('tra-loi', 'so-y-te-tra-loi.xlsx');

  beforeAll(async () => {
    const ws = book.getWorksheet('Đề nghị giải trình')!;
    const C = REQUEST_COLUMNS;
    // 3.2.1 (explain): explained → answered. 5.2.2 (evidence): only an explanation → partial.
    // 6.1.2 (explain): only evidence → partial. 2.1.1 and 4.1.2: nothing → unanswered.
    ws.getCell(FIRST, col(C.explanation)).value = 'Danh mục TTHC công bố theo QĐ 120/QĐ-UBND ngày 20/03/2024, đúng hạn.';
    ws.getCell(FIRST + 2, col(C.explanation)).value = 'Văn bản đang trình ký, sẽ gửi bổ sung.';
    ws.getCell(FIRST + 3, col(C.evidence)).value = 'Báo cáo số 45/BC-SYT ngày 10/12/2024';
    fs.mkdirSync(path.join(dir, 'tra-loi'));
    await book.xlsx.writeFile(path.join(dir, answered));
  });

  it('checked alone, says which requests were answered (text and JSON), exit 0', async () => {
    const json = await run([answered, '--json'], dir);
    expect(json.code).toBe(0);
    const file = (JSON.parse(json.stdout) as Report).files[0];
    expect(file.error).toBeNull();
    expect(file.requestsReply).toMatchObject({
      unit: 'Sở Y tế', madeFrom: 'so-y-te.xlsx', deadline: '15/01/2025', unchanged: true, pairedWith: null,
      counts: { answered: 1, partial: 2, unanswered: 2 },
    });
    expect(file.requestsReply!.items.map((i) => [i.item, i.status])).toEqual([
      ['2.1.1', 'unanswered'], ['3.2.1', 'answered'], ['4.1.2', 'unanswered'], ['5.2.2', 'partial'], ['6.1.2', 'partial'],
    ]);
    // The same through the ExcelJS path (--annotate opens workbooks with ExcelJS): no copy of a reply.
    const viaExcelJs = await run([answered, '--json', '--annotate', 'danh-dau'], dir);
    expect((JSON.parse(viaExcelJs.stdout) as Report).files[0].requestsReply).toEqual(file.requestsReply);
    expect(fs.readdirSync(path.join(dir, 'danh-dau')).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
    const text = await run([answered], dir);
    expect(text.stdout).toContain('Tệp trả lời đề nghị giải trình của: Sở Y tế');
    expect(text.stdout).toContain('Trên 5 đề nghị: đã trả lời 1, trả lời một phần 2, chưa trả lời 2.');
    expect(text.stdout).toMatch(/4\.1\.2\s+Chưa trả lời/);
    expect(text.stdout).not.toMatch(/Không tìm thấy biểu|no scoresheet/i);
  });

  it('checked beside the scoresheet, carries each answer to its item (round two)', async () => {
    const json = await run(['so-y-te.xlsx', answered, '--json'], dir);
    const report = JSON.parse(json.stdout) as Report;
    const [sheet, reply] = report.files;
    expect(reply.requestsReply?.pairedWith).toBe('so-y-te.xlsx');
    expect(sheet.answersFrom).toBe(answered);
    expect(sheet.explanationRequests.map((q) => [q.item, q.asked, q.status])).toEqual([
      ['2.1.1', 'evidence', 'unanswered'], ['3.2.1', 'explain', 'answered'], ['4.1.2', 'explain', 'unanswered'], ['5.2.2', 'evidence', 'partial'], ['6.1.2', 'explain', 'partial'],
    ]);
    expect(sheet.explanationRequests[1].answer).toEqual({ explanation: 'Danh mục TTHC công bố theo QĐ 120/QĐ-UBND ngày 20/03/2024, đúng hạn.', evidence: null });
    expect(sheet.explanationRequests[4].answer).toEqual({ explanation: null, evidence: 'Báo cáo số 45/BC-SYT ngày 10/12/2024' });
    // The returned workbook is not a unit: not counted as unreadable, not ranked.
    expect(report.summary.unreadable).toBe(0);

    const text = (await run(['so-y-te.xlsx', answered], dir)).stdout;
    expect(text).toContain(`Đề nghị giải trình — trả lời của đơn vị từ "${answered}":`);
    expect(text).toMatch(/3\.2\.1\s+Đã trả lời — tự ĐG 1 → thẩm định 0,5\n\s+Giải trình: Danh mục TTHC công bố theo QĐ 120/);
    expect(text).toContain('Đã ghép với biểu chấm điểm: so-y-te.xlsx');
  });

  it('a table copied into a new workbook (the mark left behind) is still read, with a warning', async () => {
    const src = book.getWorksheet('Đề nghị giải trình')!;
    const copy = new ExcelJS.Workbook();
    const ws = copy.addWorksheet('Trang tính1');
    src.eachRow((row, r) => row.eachCell((c, col) => (ws.getCell(r, col).value = c.value)));
    fs.writeFileSync(path.join(dir, 'chep-lai.xlsx'), Buffer.from(await copy.xlsx.writeBuffer()));
    const r = await run(['chep-lai.xlsx', 'so-y-te.xlsx', '--json'], dir);
    const [reply, sheet] = (JSON.parse(r.stdout) as Report).files;
    expect(reply.requestsReply).toMatchObject({ unit: 'Sở Y tế', madeFrom: null, unchanged: false, pairedWith: 'so-y-te.xlsx', counts: { answered: 1, partial: 2, unanswered: 2 } });
    expect(reply.requestsReply!.problems[0]).toContain('không còn dấu nhận diện');
    expect(sheet.answersFrom).toBe('chep-lai.xlsx');
  });

  it('a new --requests run never replaces a workbook the unit has answered', async () => {
    // Its own folder: 'de-nghi' is the first run's, which other tests read (any order).
    fs.mkdirSync(path.join(dir, 'de-nghi-da-tra-loi'));
    fs.copyFileSync(path.join(dir, answered), path.join(dir, 'de-nghi-da-tra-loi', NAME));
    const r = await run(['so-y-te.xlsx', '--requests', 'de-nghi-da-tra-loi', '--json'], dir);
    expect((JSON.parse(r.stdout) as Report).files[0].requestsWorkbook).toBe(path.join('de-nghi-da-tra-loi', 'Đề nghị giải trình - Sở Y tế (2).xlsx'));
    // The unanswered "(2)" is ours: a third run replaces it instead of making "(3)".
    const again = await run(['so-y-te.xlsx', '--requests', 'de-nghi-da-tra-loi', '--json'], dir);
    expect((JSON.parse(again.stdout) as Report).files[0].requestsWorkbook).toBe(path.join('de-nghi-da-tra-loi', 'Đề nghị giải trình - Sở Y tế (2).xlsx'));
    expect(fs.readdirSync(path.join(dir, 'de-nghi-da-tra-loi')).sort()).toEqual([NAME, 'Đề nghị giải trình - Sở Y tế (2).xlsx'].sort());
  });
});
