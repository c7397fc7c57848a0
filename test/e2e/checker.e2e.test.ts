/**
 * End to end: the browser checking page (checker.html + its bundle) in a real Chromium.
 * Upload the three samples, read the scores shown, download the ranking workbook and a flagged
 * copy and read them back with ExcelJS, and check that no request leaves the page but its own
 * files. Screenshots go to test-output/screenshots/checker*.png with PAR_CHECK_SCREENSHOTS=1
 * (./screenshots.ts).
 *
 * Without Chromium the test fails on CI and is skipped with a warning elsewhere (./chromium.ts).
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeInChromium, requireChromium } from './chromium';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { readNotes, readRanking, readResultsTable } from '../checker/read-back';
import { serveChecker, type CheckerServer } from './checker-server';
import { screenshot } from './screenshots';
import { PROVINCE_SET_JSON, provinceWorkbook } from '../checker/province-fixtures';
import { naSheet } from '../checker/exemption-fixtures';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

jest.setTimeout(180_000);

async function downloadedBytes(download: Download): Promise<Uint8Array> {
  const file = await download.path();
  return new Uint8Array(fs.readFileSync(file));
}

describeInChromium('checker.e2e')('browser checking page in Chromium', () => {
  let server: CheckerServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const executablePath = requireChromium();
    server = await serveChecker();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-checker-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1200, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    // Every request of every page and worker of the context, from the first one on.
    context.on('request', (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  // Each test starts as a first visit: the page keeps the language chosen and the sets loaded in
  // the browser (localStorage), and a test ending in English made the next one fail in random order.
  beforeEach(async () => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(server.url);
    await page.evaluate(() => window.localStorage.clear());
  });

  it('checks three samples, shows their scores, makes the ranking and a flagged copy, and sends nothing', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra biểu chấm điểm Chỉ số CCHC trên trình duyệt' }).waitFor();
    // The boot guard's "Loading…" line is gone once the bundle ran.
    await expect(page.locator('#par-boot').isVisible()).resolves.toBe(false);

    await page
      .getByTestId('file-input')
      .setInputFiles(['so-tu-phap-2024.xlsx', 'so-y-te-2024.xlsx', 'so-xay-dung-2024.xlsx'].map((f) => path.join(SAMPLES, f)));
    await page.getByTestId('progress').filter({ hasText: 'Đã kiểm tra 3 tệp.' }).waitFor({ timeout: 60_000 });

    // The scores as shown.
    const cell = (file: string, col: string) =>
      page.locator(`[data-testid="overview-row"][data-file="${file}"] [data-col="${col}"]`).textContent();
    await expect(cell('so-tu-phap-2024.xlsx', 'self-index')).resolves.toBe('91,73');
    await expect(cell('so-y-te-2024.xlsx', 'final-index')).resolves.toBe('84,66');
    await expect(cell('so-y-te-2024.xlsx', 'classification')).resolves.toBe('Khá');
    await expect(cell('so-xay-dung-2024.xlsx', 'self-index')).resolves.toBe('90,33');
    const yte = page.locator('[data-testid="file-card"][data-file="so-y-te-2024.xlsx"]');
    await expect(yte.getByTestId('score-totals').textContent()).resolves.toContain('83,39 / 98,50 — Chỉ số 84,66%');
    await expect(yte.locator('[data-code="score.aboveMax"][data-cell="F35"]').textContent()).resolves.toMatch(/^Lỗi — F35 · 2\.3\.3: /);

    // The ranking workbook, read back.
    const [rankingDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ranking').click()]);
    expect(rankingDownload.suggestedFilename()).toBe('xep-hang-cchc.xlsx');
    const ranking = await readRanking(await downloadedBytes(rankingDownload));
    // Issue 8: only complete results are ranked (Sở Y tế: appraised and surveyed); the two
    // self-assessed samples are listed on "Chưa xếp hạng".
    expect(ranking.ranked).toEqual([[1, 'Sở Y tế']]);
    expect(ranking.lines.filter((l) => l.includes('Mới tự đánh giá'))).toHaveLength(2);
    expect(ranking.sheets).toEqual(expect.arrayContaining(['KQ sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Phát hiện', 'Đề nghị giải trình']));

    // A flagged copy, read back: the marks are on the checked sheet.
    const [flaggedDownload] = await Promise.all([page.waitForEvent('download'), yte.getByTestId('download-flagged').click()]);
    expect(flaggedDownload.suggestedFilename()).toBe('so-y-te-2024-da-danh-dau.xlsx');
    const notes = await readNotes(await downloadedBytes(flaggedDownload), 'Biểu chấm điểm');
    expect(notes.get('F35')).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\n✖ Lỗi: ');
    expect(notes.get('G56')).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\n');

    await screenshot(page, 'checker.png', { fullPage: true });

    // Nothing left the page: every request went to its own server, for its own files
    // (blob: URLs are the downloads, made in the page's memory).
    expect(requests).toEqual(expect.arrayContaining([server.url, `${server.origin}/checker.js`]));
    const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`blob:${server.origin}/`));
    expect(foreign).toEqual([]);
    // Chromium may ask for /favicon.ico by itself; anything else must be a file the server holds.
    expect(server.requested.filter((p) => p !== '/favicon.ico' && !server.served.has(p))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('loads a province set, checks its workbooks, applies a survey table, ranks them and makes the results workbook', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('sets-input').setInputFiles({ name: 'thu-nghiem.json', mimeType: 'application/json', buffer: Buffer.from(PROVINCE_SET_JSON) });
    await page.getByTestId('set-load-outcome').filter({ hasText: 'đã nạp bộ tiêu chí thu-nghiem-so-2025 (2025.1)' }).waitFor();

    // Two departments, fully appraised, survey item 3.1 left blank (awaiting survey points).
    // Tài chính: appraised 3 + 2 + 4 + 3 = 12; Công Thương: 2 + 3 + 3 + 4 = 12 (1.1 lowered from 3, with a note).
    const taiChinh = await provinceWorkbook('Sở Tài chính', {
      self: { '1.1': 3, '1.2': 2, '2.1': 4, '2.2': 3 },
      appraised: { '1.1': 3, '1.2': 2, '2.1': 4, '2.2': 3 },
    });
    const congThuong = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
    });
    await page.getByTestId('file-input').setInputFiles([
      { name: 'so-tai-chinh.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(taiChinh) },
      { name: 'so-cong-thuong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(congThuong) },
    ]);
    await page.getByTestId('progress').filter({ hasText: 'Đã kiểm tra 2 tệp.' }).waitFor({ timeout: 60_000 });
    const season = (file: string) => page.locator(`[data-testid="overview-row"][data-file="${file}"]`).getAttribute('data-season');
    await expect(season('so-tai-chinh.xlsx')).resolves.toBe('awaitingSurvey');
    // Self scores: Tài chính 12 of 14 (20 − 6 survey) = 85,71 %.
    const cell = (file: string, col: string) => page.locator(`[data-testid="overview-row"][data-file="${file}"] [data-col="${col}"]`).textContent();
    await expect(cell('so-tai-chinh.xlsx', 'self-index')).resolves.toBe('85,71');
    await expect(page.getByTestId('season-block').getByText('Chưa có đơn vị nào đủ điểm để xếp hạng trong khối này.')).toBeDefined();

    // The survey table (semicolon CSV, decimal comma), with one unit that sent no workbook.
    const csv = 'Đơn vị;3.1\nSở Tài chính;5\nUBND Sở Công Thương;4,5\nSở Ngoại vụ;6\n';
    await page.getByTestId('survey-input').setInputFiles({ name: 'xhh.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('survey-loaded').waitFor();
    await page.locator('[data-testid="overview-row"][data-file="so-cong-thuong.xlsx"][data-season="complete"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="overview-row"][data-file="so-tai-chinh.xlsx"][data-season="complete"]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('survey-rows-without').textContent()).resolves.toBe('Sở Ngoại vụ');
    // Final: Tài chính (12 + 5) / 20 = 85 %; Công Thương (12 + 4,5) / 20 = 82,5 %.
    await expect(cell('so-tai-chinh.xlsx', 'final-index')).resolves.toBe('85,00');
    await expect(cell('so-cong-thuong.xlsx', 'final-index')).resolves.toBe('82,50');
    const chart = page.getByTestId('rank-chart');
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    await expect(chart.locator('title').first().textContent()).resolves.toContain('Biểu đồ chỉ số CCHC (%)');
    await expect(chart.getByTestId('chart-value').allTextContents()).resolves.toEqual(['85,00', '82,50']);
    const ranked = page.getByTestId('ranked-row');
    await expect(ranked.locator('[data-col="unit"]').allTextContents()).resolves.toEqual(['Sở Tài chính', 'Sở Công Thương']);
    await expect(ranked.locator('[data-col="rank"]').allTextContents()).resolves.toEqual(['1', '2']);
    await screenshot(page, 'checker-1280-vi.png', { fullPage: true });

    // The results workbook, read back.
    const [results] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ranking').click()]);
    const resultsBytes = await downloadedBytes(results);
    const table = await readResultsTable(resultsBytes);
    // By hand: Tài chính self 12, appraised 12, survey 5, total 17 of 20 → 85 %; Công Thương self 13, appraised 12, survey 4,5 → 16,5 → 82,5 %.
    expect(table.map((r) => [r['Xếp hạng'], r['Đơn vị'], r['Điểm tự đánh giá'], r['Điểm thẩm định'], r['Điểm điều tra XHH'], r['Tổng điểm đạt được'], r['Điểm tối đa'], r['Chỉ số (%)']])).toEqual([
      [1, 'Sở Tài chính', 12, 12, 5, 17, 20, 85],
      [2, 'Sở Công Thương', 13, 12, 4.5, 16.5, 20, 82.5],
    ]);
    const sheets = (await readRanking(resultsBytes)).sheets;
    expect(sheets).toEqual(expect.arrayContaining(['KQ sở ngành', 'LV sở ngành', 'Chưa xếp hạng', 'Theo dõi', 'Điểm XHH']));

    // The explanation requests: one unit (Công Thương, 1.1 lowered), in one .zip.
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-requests').click()]);
    expect(zip.suggestedFilename()).toBe('de-nghi-giai-trinh.zip');
    const JSZip = (await import('jszip')).default;
    const names = Object.keys((await JSZip.loadAsync(await downloadedBytes(zip))).files);
    expect(names).toHaveLength(1);
    expect(names).toEqual(['Đề nghị giải trình - Sở Công Thương.xlsx']);

    await page.getByTestId('lang-switch').selectOption('en');
    await screenshot(page, 'checker-1280-en.png', { fullPage: true });
    // Narrow, as the pane's file mode shows the page: wide tables scroll inside their own box, never the page.
    await page.setViewportSize({ width: 320, height: 560 });
    await screenshot(page, 'checker-320-en.png', { fullPage: true });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(pageErrors).toEqual([]);
  });

  it('applies the exemptions table (.xlsx): an N/A not granted is warned on the card, the table shown', async () => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Both units mark 3.1.1 "Không áp dụng" (mau-so-nganh-2024 lets it be N/A).
    const stp = await naSheet('Sở Tư pháp');
    const syt = await naSheet('Sở Y tế');
    await page.getByTestId('file-input').setInputFiles([
      { name: 'stp.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(stp.bytes) },
      { name: 'syt.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(syt.bytes) },
    ]);
    await page.getByTestId('progress').filter({ hasText: 'Đã kiểm tra 2 tệp.' }).waitFor({ timeout: 60_000 });
    const card = (file: string) => page.locator(`[data-testid="file-card"][data-file="${file}"]`);
    await expect(card('syt.xlsx').locator(`[data-code="exemption.unconfirmed"][data-cell="${syt.claimCell}"]`).count()).resolves.toBe(1);

    // Matrix table, title on row 1, header on row 2: Sở Tư pháp (row 3) exempt from 3.1.1;
    // Sở Y tế (row 4) granted nothing ("chờ" in D4 is no mark the table reads); Sở Xây dựng (row 5) has no sheet.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Miễn đánh giá').addRows([
      ['DANH SÁCH ĐƠN VỊ ĐƯỢC MIỄN ĐÁNH GIÁ NĂM 2024'],
      ['STT', 'Đơn vị', '3.1.1', '7.3'],
      [1, 'Sở Tư pháp', 'x', null],
      [2, 'Sở Y tế', null, 'chờ'],
      [3, 'Sở Xây dựng', 'x', null],
    ]);
    const table = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await page.getByTestId('exemptions-input').setInputFiles({ name: 'mien.xlsx', mimeType: 'application/octet-stream', buffer: table });
    await page.getByTestId('exemptions-loaded').filter({ hasText: 'Đang dùng bảng miễn đánh giá "mien.xlsx": 3 đơn vị.' }).waitFor();
    await expect(page.getByTestId('exemptions-units').locator('li').allTextContents()).resolves.toEqual([
      'Sở Tư pháp (dòng 3): được miễn 3.1.1',
      'Sở Y tế (dòng 4): không được miễn tiêu chí nào',
      'Sở Xây dựng (dòng 5): được miễn 3.1.1',
    ]);
    await expect(page.getByTestId('exemptions-problems').locator('li').getAttribute('data-cell')).resolves.toBe('D4');
    const warning = card('syt.xlsx').locator(`[data-severity-group="warning"] [data-code="exemption.notGranted"][data-cell="${syt.claimCell}"]`);
    await warning.waitFor({ timeout: 60_000 });
    await expect(warning.textContent()).resolves.toContain('chưa được Sở Nội vụ chấp thuận (dòng 4 của bảng miễn đánh giá "mien.xlsx" không có tiêu chí này)');
    await page.getByTestId('progress').filter({ hasText: 'Đã kiểm tra 2 tệp.' }).waitFor({ timeout: 60_000 });
    await expect(card('stp.xlsx').locator('[data-code^="exemption."]').count()).resolves.toBe(0);
    await expect(page.getByTestId('exemptions-rows-without').locator('li').allTextContents()).resolves.toEqual(['Sở Xây dựng (dòng 5)']);
    await screenshot(page.getByTestId('exemptions-section'), 'checker-exemptions.png');
    await screenshot(warning, 'checker-exemption-warning.png');
    expect(pageErrors).toEqual([]);
  });
});
