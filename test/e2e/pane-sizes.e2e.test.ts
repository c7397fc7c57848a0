/**
 * The pane at the sizes people use (320 × 560, a laptop beside Excel, and 450 px), in Vietnamese
 * and English, over so-y-te-2024.xlsx: after a check the findings, scores (self with its own max)
 * and appraiser tabs (with "Tạo phiếu đề nghị giải trình") are drawn without sideways scrolling.
 * Screenshots go to test-output/screenshots/pane-<width>-<lang>-<tab>.png, to be looked at.
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

jest.setTimeout(180_000);

const WORDS = {
  vi: { check: 'Kiểm tra', done: 'Đã kiểm tra trang tính', scores: 'Điểm', appraiser: 'Thẩm định', requests: 'Tạo phiếu đề nghị giải trình', selfMax: 'tối đa tự đánh giá' },
  en: { check: 'Check', done: 'Checked the sheet', scores: 'Scores', appraiser: 'Appraisal', requests: 'Make the explanation request', selfMax: 'self max' },
};

describeInChromium('pane-sizes.e2e')('task pane sizes in Chromium', () => {
  let server: HarnessServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    const executablePath = requireChromium();
    server = await serveHarness(await sampleGrids('so-y-te-2024.xlsx'));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-sizes-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 320, height: 560 },
      locale: 'vi-VN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  async function noSideways(label: string) {
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(`${label}: ${scrollWidth}px`).toBe(`${label}: ${Math.min(scrollWidth, innerWidth)}px`);
  }

  for (const [width, height] of [
    [320, 560],
    [450, 700],
  ] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`draws the pane at ${width} × ${height} in ${lang}`, async () => {
        const w = WORDS[lang];
        await page.setViewportSize({ width, height });
        await page.goto(server.url);
        await page.evaluate((l) => window.localStorage.setItem('par-check.lang', l), lang);
        await page.reload();
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.done }).waitFor();
        const shot = (tab: string) => path.join(SHOTS, `pane-${width}-${lang}-${tab}.png`);
        await page.screenshot({ path: shot('findings') });
        await noSideways(`${width} ${lang} findings`);

        await page.getByRole('tab', { name: w.scores, exact: true }).click();
        await expect(page.getByTestId('self-total').textContent()).resolves.toContain(`(${w.selfMax})`);
        await page.getByTestId('score-totals').scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot('scores') });
        await noSideways(`${width} ${lang} scores`);

        await page.getByRole('tab', { name: w.appraiser, exact: true }).click();
        const button = page.getByRole('button', { name: w.requests });
        await button.scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot('appraiser') });
        await button.click();
        await page.getByTestId('notice').waitFor();
        await expect(page.evaluate(() => (window.__fakeWorkbook.state() as unknown as { opened: number }).opened)).resolves.toBe(1);
        await page.getByTestId('notice').scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot('requests-made') });
        await noSideways(`${width} ${lang} appraiser`);
      });
    }
  }
});
