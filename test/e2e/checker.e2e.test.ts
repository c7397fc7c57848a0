/**
 * End to end: the browser checking page (checker.html + its bundle) in a real Chromium.
 * Upload the three samples, read the scores shown, download the ranking workbook and a flagged
 * copy and read them back with ExcelJS, and check that no request leaves the page but its own
 * files. A screenshot goes to test-output/screenshots/checker.png.
 *
 * Without /usr/bin/chromium the test fails on CI (CI set) and is skipped with a warning elsewhere.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { readNotes, readRanking } from '../checker/read-back';
import { serveChecker, type CheckerServer } from './checker-server';

const CHROMIUM = '/usr/bin/chromium';
const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const hasChromium = fs.existsSync(CHROMIUM);
const onCI = Boolean(process.env.CI);

jest.setTimeout(180_000);

if (!hasChromium && !onCI) {
  console.warn(`[checker.e2e] ${CHROMIUM} not found: browser test skipped. Install it with: apt-get install -y chromium`);
}

async function downloadedBytes(download: Download): Promise<Uint8Array> {
  const file = await download.path();
  return new Uint8Array(fs.readFileSync(file));
}

(hasChromium || onCI ? describe : describe.skip)('browser checking page in Chromium', () => {
  let server: CheckerServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      throw new Error(
        `${CHROMIUM} is missing: the browser test cannot run on CI. Install Debian's chromium package (apt-get install -y chromium).`,
      );
    }
    server = await serveChecker();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-checker-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
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
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
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
    expect(ranking.ranked).toEqual([
      [1, 'Sở Tư pháp', 'so-tu-phap-2024.xlsx'],
      [2, 'Sở Xây dựng', 'so-xay-dung-2024.xlsx'],
      [3, 'Sở Y tế', 'so-y-te-2024.xlsx'],
    ]);
    expect(ranking.sheets).toEqual(expect.arrayContaining(['Xếp hạng', 'Phát hiện', 'Đề nghị giải trình']));

    // A flagged copy, read back: the marks are on the checked sheet.
    const [flaggedDownload] = await Promise.all([page.waitForEvent('download'), yte.getByTestId('download-flagged').click()]);
    expect(flaggedDownload.suggestedFilename()).toBe('so-y-te-2024-da-danh-dau.xlsx');
    const notes = await readNotes(await downloadedBytes(flaggedDownload), 'Biểu chấm điểm');
    expect(notes.get('F35')).toContain('--- Kiểm tra CCHC ---\n✖ Lỗi: ');
    expect(notes.get('G56')).toContain('--- Kiểm tra CCHC ---\n');

    await page.screenshot({ path: path.join(SHOTS, 'checker.png'), fullPage: true });

    // Nothing left the page: every request went to its own server, for its own files
    // (blob: URLs are the downloads, made in the page's memory).
    expect(requests).toEqual(expect.arrayContaining([server.url, `${server.origin}/checker.js`]));
    const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`blob:${server.origin}/`));
    expect(foreign).toEqual([]);
    // Chromium may ask for /favicon.ico by itself; anything else must be a file the server holds.
    expect(server.requested.filter((p) => p !== '/favicon.ico' && !server.served.has(p))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
