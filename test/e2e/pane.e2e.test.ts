/**
 * End to end: the real pane in a real Chromium over an in-memory workbook built from
 * so-y-te-2024.xlsx. Check, read the findings, click one, flag, unflag, write the summary,
 * switch language; screenshots of both languages go to test-output/screenshots/.
 *
 * Without Chromium the test fails on CI and is skipped with a warning elsewhere (./chromium.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeInChromium, requireChromium } from './chromium';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sampleGrids } from '../taskpane/sample-grid';
import { serveHarness, type HarnessServer } from './harness-server';

const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const SHEET = 'Biểu chấm điểm';

jest.setTimeout(180_000);

interface FakeState {
  sheets: string[];
  selected: { sheet: string; cell: string } | null;
  flags: Record<string, { cell: string; severity: string; text: string }[]>;
  written: string[];
  activeSheet: string | null;
}

const fakeState = (page: Page) => page.evaluate(() => window.__fakeWorkbook.state() as unknown as FakeState);

/** Screenshot the whole pane; a task pane is narrow, so nothing may push it into sideways scrolling. */
async function shoot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(`${file}: ${scrollWidth}px wide`).toBe(`${file}: ${Math.min(scrollWidth, innerWidth)}px wide`);
}

/** Read the fake workbook's state until `ok` holds (the pane writes asynchronously), then return it. */
async function stateWhen(page: Page, ok: (s: FakeState) => boolean, timeoutMs = 15_000): Promise<FakeState> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await fakeState(page);
    if (ok(s) || Date.now() > end) return s;
    await page.waitForTimeout(50);
  }
}

describeInChromium('pane.e2e')('task pane in Chromium', () => {
  let server: HarnessServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    const executablePath = requireChromium();
    server = await serveHarness(await sampleGrids('so-y-te-2024.xlsx'));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 380, height: 900 },
      locale: 'vi-VN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Screenshots must not catch the tab indicator mid-slide.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
    expect(problems).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('checks, selects, flags, unflags, writes the summary and speaks English on request', async () => {
    // Check: the live region announces the result and the findings are listed.
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Đã kiểm tra trang tính "${SHEET}"` }).waitFor();
    const aboveMax = page.locator('button[data-code="score.aboveMax"][data-cell="F35"]');
    await expect(aboveMax.textContent()).resolves.toMatch(/^Lỗi — F35 · 2\.3\.3: /);
    const listed = await page.locator('button[data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(listed).toEqual(expect.arrayContaining(['F35', 'H70']));
    await shoot(page, 'pane-vi.png');

    // Click a finding: the fake workbook's selection moves to its cell.
    await page.locator('button[data-cell="H70"]').first().click();
    expect((await stateWhen(page, (s) => s.selected !== null)).selected).toEqual({ sheet: SHEET, cell: 'H70' });

    // The same by keyboard: focus a finding and press Enter.
    await aboveMax.focus();
    await page.keyboard.press('Enter');
    expect((await stateWhen(page, (s) => s.selected?.cell === 'F35')).selected).toEqual({ sheet: SHEET, cell: 'F35' });

    // Appraiser view: the changed scores without a note (README: G56, G85).
    await page.getByRole('tab', { name: 'Thẩm định' }).click();
    const noNoteList = page.getByRole('list', { name: /điểm thẩm định khác điểm tự đánh giá/ });
    await noNoteList.waitFor(); // the appraiser view is a lazy chunk
    const noNote = noNoteList.locator('button[data-cell]');
    await expect(noNote.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).resolves.toEqual(['G56', 'G85']);
    await shoot(page, 'pane-vi-appraisal.png');
    // The template and the criteria sets are in the overflow menu's drawer.
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menuitem', { name: 'Chèn biểu chấm điểm mẫu…' }).click();
    await page.getByRole('button', { name: 'Chèn biểu chấm điểm mẫu' }).waitFor();
    await shoot(page, 'pane-vi-template.png');
    await page.getByRole('button', { name: 'Đóng', exact: true }).click();
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menuitem', { name: 'Tạo hoặc nạp bộ tiêu chí…' }).click();
    await page.getByRole('list', { name: 'Các bộ tiêu chí đang có' }).waitFor();
    await shoot(page, 'pane-vi-criteria.png');
    await page.getByRole('button', { name: 'Đóng', exact: true }).click();
    await page.getByRole('tab', { name: 'Phát hiện' }).click();

    // Flag: marks land in the fake workbook, one per flagged cell, F35 among them.
    await page.getByRole('button', { name: 'Đánh dấu', exact: true }).click();
    const flagged = (await stateWhen(page, (s) => (s.flags[SHEET]?.length ?? 0) > 0)).flags[SHEET] ?? [];
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.map((f) => f.cell)).toEqual(expect.arrayContaining(['F35', 'H70']));
    await page.getByText(`Đã đánh dấu ${flagged.length} ô trên bảng.`).waitFor();

    // Unflag: the marks are gone.
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menuitem', { name: 'Xóa đánh dấu' }).click();
    expect((await stateWhen(page, (s) => !s.flags[SHEET])).flags[SHEET]).toBeUndefined();
    await page.getByText(`Đã xóa đánh dấu ở ${flagged.length} ô.`).waitFor();

    // Summary sheet.
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    expect((await stateWhen(page, (s) => s.written.includes('Tổng hợp'))).written).toContain('Tổng hợp');

    // Scores tab, then English.
    await page.getByRole('tab', { name: 'Điểm' }).click();
    await page.getByTestId('scores-table').waitFor();
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'PAR Index scoresheet check' }).waitFor();
    await expect(page.getByRole('tab', { name: 'Scores' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Check', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Self-assessed total').isVisible()).resolves.toBe(true);
    await shoot(page, 'pane-en-scores.png');
    await page.getByRole('tab', { name: 'Findings' }).click();
    await expect(aboveMax.textContent()).resolves.toMatch(/^Error — F35 · 2\.3\.3: /);
    await shoot(page, 'pane-en.png');

    // The choice is remembered: a reload comes back in English.
    await page.reload();
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
  });
});
