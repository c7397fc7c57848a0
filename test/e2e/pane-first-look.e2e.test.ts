/**
 * Issue 11 in a real Chromium, at 320 × 560 (a laptop beside Excel) in both languages, over
 * so-y-te-2024.xlsx in the fake workbook harness:
 * - the result card and the first finding are inside the viewport right after a check
 *   (bounding boxes);
 * - Tab and Enter alone drive check → first finding → next finding, the focus never falling back
 *   to the page body;
 * - axe-core finds no accessibility violation (none is excused: see ALLOWED);
 * - every state is screenshot at 320 and 450 px into test-output/screenshots/first-look-*.png, to
 *   be looked at: before a check, after it, a finding opened, the menu, each drawer view, the
 *   scores and appraiser tabs, a workbook with no scoresheet and a sheet no bundled set matches.
 *
 * Without Chromium the test fails on CI and is skipped with a warning elsewhere (./chromium.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeInChromium, requireChromium } from './chromium';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { gridFromValues } from '../../src/engine/grid';
import { sampleGrids } from '../taskpane/sample-grid';
import { serveHarness, type HarnessServer } from './harness-server';

const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const SHEET = 'Biểu chấm điểm';

/**
 * Fluent's own, excused node by node (never a whole rule), each with why:
 * - aria-hidden-focus on tabster's focus-trap sentinels (<i tabindex="0" aria-hidden
 *   data-tabster-dummy>): Fluent's keyboard navigation library puts them around tab lists and
 *   menus on purpose, they hand the focus on at once and are never read;
 * - region on the content of an open Menu: Fluent renders the popover in a portal at the end of
 *   <body>, outside the page's <main>; it is a role="menu" popup, announced as such.
 */
const FLUENT_OWN = `(el, rule) =>
  (rule === 'aria-hidden-focus' && el.hasAttribute('data-tabster-dummy')) ||
  (rule === 'region' && !!el.closest('.fui-MenuPopover'))`;

jest.setTimeout(300_000);

const WORDS = {
  vi: { check: 'Kiểm tra', done: 'Đã kiểm tra trang tính', next: 'Phát hiện tiếp theo', scores: 'Điểm', appraiser: 'Thẩm định', details: 'Vì sao và cách sửa: F35 · 2.3.3' },
  en: { check: 'Check', done: 'Checked the sheet', next: 'Next finding', scores: 'Scores', appraiser: 'Appraisal', details: 'Why and how to fix: F35 · 2.3.3' },
} as const;

const MENU = {
  vi: { sheetSet: 'Trang tính và bộ tiêu chí…', template: 'Chèn biểu chấm điểm mẫu…', criteria: 'Tạo hoặc nạp bộ tiêu chí…', help: 'Trợ giúp và phiên bản', close: 'Đóng' },
  en: { sheetSet: 'Sheet and criteria set…', template: 'Insert a blank scoresheet…', criteria: 'Build or load a criteria set…', help: 'Help and version', close: 'Close' },
} as const;

describeInChromium('pane-first-look.e2e')('the pane answers first, at 320 × 560, in Chromium', () => {
  let sample: HarnessServer;
  let empty: HarnessServer;
  let foreign: HarnessServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    const executablePath = requireChromium();
    sample = await serveHarness(await sampleGrids('so-y-te-2024.xlsx'));
    empty = await serveHarness([gridFromValues('Sheet1', [])]);
    foreign = await serveHarness([
      gridFromValues('Biểu 2025', [
        ['BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025'],
        ['Đơn vị: Sở Thử nghiệm'],
        ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách tính điểm', 'Tự đánh giá'],
        ['1', 'Công tác thử nghiệm', 3, null, null],
        ['1.1', 'Ban hành quy chế thử nghiệm', 1, 'Ban hành kịp thời: 1 điểm; Không ban hành: 0 điểm', 1],
        ['1.2', 'Thực hiện quy chế thử nghiệm', 2, 'Từ 90% trở lên: 2 điểm; Dưới 90%: 0 điểm', 2],
      ]),
    ]);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-first-look-'));
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
    await Promise.all([sample?.close(), empty?.close(), foreign?.close()]);
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  async function open(url: string, lang: 'vi' | 'en', width: number, height: number) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await page.evaluate((l) => window.localStorage.setItem('par-check.lang', l), lang);
    await page.reload();
    await page.getByRole('button', { name: WORDS[lang].check, exact: true }).waitFor();
  }

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `first-look-${name}.png`) });

  async function noSideways(label: string) {
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(`${label}: ${scrollWidth}px`).toBe(`${label}: ${Math.min(scrollWidth, innerWidth)}px`);
  }

  async function axe(label: string) {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (own) => {
      const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
      const r = await run(document, { resultTypes: ['violations'] });
      // eslint-disable-next-line no-eval
      const excused = (0, eval)(own) as (el: Element, rule: string) => boolean;
      return r.violations
        .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => { const el = document.querySelector(n.target.join(' ')); return !el || !excused(el, v.id); }) }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }, FLUENT_OWN);
    expect({ label, violations }).toEqual({ label, violations: [] });
  }

  /** The element with focus, described; never the body. */
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el !== document.body ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}` : 'BODY';
  });

  /** Press Tab until `matches` holds for the focused element, failing if the focus ever lands on the body. */
  async function tabTo(matches: (desc: string) => boolean, max = 25): Promise<string[]> {
    const path: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const d = await focused();
      path.push(d);
      expect(d).not.toBe('BODY');
      if (matches(d)) return path;
    }
    throw new Error(`Tab never reached the target: ${path.join(' → ')}`);
  }

  /** Read `read` until it equals `want` (the pane selects asynchronously), then compare. */
  async function eventually<T>(read: () => Promise<T>, want: T, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    let got = await read();
    while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < end) {
      await page.waitForTimeout(50);
      got = await read();
    }
    expect(got).toEqual(want);
  }

  const selectedCell = () => page.evaluate(() => (window.__fakeWorkbook.state() as unknown as { selected: { sheet: string; cell: string } | null }).selected);

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: answer and first finding in view, keyboard only, no axe violation`, async () => {
      const w = WORDS[lang];
      await open(sample.url, lang, 320, 560);
      await shot(`320-${lang}-1-before`);
      await axe(`${lang} before`);

      // Keyboard only: Tab to "Kiểm tra", Enter.
      await tabTo((d) => d === `BUTTON:${w.check}`);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: w.done }).waitFor();
      // The focus stayed on the button.
      expect(await focused()).toBe(`BUTTON:${w.check}`);

      await shot(`320-${lang}-2-checked`);
      // The answer and the first finding are inside the 320 × 560 viewport, no scrolling.
      const card = await page.getByTestId('result-card').boundingBox();
      const first = await page.locator('button[data-cell="F35"]').boundingBox();
      expect(card && first).toBeTruthy();
      expect(card!.y).toBeGreaterThanOrEqual(0);
      expect(card!.y + card!.height).toBeLessThanOrEqual(560);
      expect(first!.y).toBeGreaterThanOrEqual(0);
      expect(first!.y + first!.height).toBeLessThanOrEqual(560);
      expect(card!.x + card!.width).toBeLessThanOrEqual(320);
      await noSideways(`${lang} checked`);
      await axe(`${lang} checked`);

      // Tab on to "next finding"; Enter reaches the first finding, Enter again the next one.
      await tabTo((d) => d === `BUTTON:${w.next}`);
      await page.keyboard.press('Enter');
      await eventually(selectedCell, { sheet: SHEET, cell: 'F35' });
      await page.locator('[aria-current="true"] button[data-cell="F35"]').waitFor();
      await page.keyboard.press('Enter');
      await eventually(selectedCell, { sheet: SHEET, cell: 'G56' });
      await page.locator('[aria-current="true"] button[data-cell="G56"]').waitFor();
      expect(await focused()).toBe(`BUTTON:${w.next}`);
      await shot(`320-${lang}-3-next`);

      // Why / how to fix.
      await page.getByRole('button', { name: w.details }).click();
      await page.getByTestId('finding-details').waitFor();
      await shot(`320-${lang}-4-details`);
      await axe(`${lang} details`);
    });
  }

  for (const [width, height] of [
    [320, 560],
    [450, 700],
  ] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${lang} at ${width} px: every state drawn without sideways scrolling`, async () => {
        const w = WORDS[lang];
        const m = MENU[lang];
        const name = (state: string) => `${width}-${lang}-${state}`;
        await open(sample.url, lang, width, height);
        await shot(name('a-before'));
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.done }).waitFor();
        await shot(name('b-checked'));
        await noSideways(name('checked'));

        // The tabs stay on one row (they load as their own chunk: wait for them).
        await page.getByRole('tab').first().waitFor();
        const tabs = await page.getByRole('tab').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
        expect(new Set(tabs.map(Math.round)).size).toBe(1);

        await page.getByTestId('pane-menu').click();
        await page.getByRole('menu').waitFor();
        await shot(name('c-menu'));
        await axe(name('menu'));
        await page.keyboard.press('Escape');

        for (const view of ['sheetSet', 'template', 'criteria', 'help'] as const) {
          await page.getByTestId('pane-menu').click();
          await page.getByRole('menuitem', { name: m[view] }).click();
          await page.getByTestId(`drawer-${view}`).waitFor();
          if (view === 'criteria') await page.getByTestId('import-create').waitFor();
          await shot(name(`d-drawer-${view}`));
          await noSideways(name(view));
          await axe(name(view));
          await page.getByRole('button', { name: m.close, exact: true }).click();
          await page.getByTestId(`drawer-${view}`).waitFor({ state: 'detached' });
        }

        await page.getByRole('tab', { name: w.scores, exact: true }).click();
        await page.getByTestId('scores-table').waitFor();
        await shot(name('e-scores'));
        await page.getByTestId('score-totals').scrollIntoViewIfNeeded();
        await shot(name('e-scores-totals'));
        await noSideways(name('scores'));
        await axe(name('scores'));
        await page.getByRole('tab', { name: w.appraiser, exact: true }).click();
        await page.getByTestId('appraisal-table').waitFor();
        await shot(name('f-appraiser'));
        await noSideways(name('appraiser'));
        await axe(name('appraiser'));

        // No scoresheet: said once, with the template button.
        await open(empty.url, lang, width, height);
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await page.getByTestId('no-scoresheet').waitFor();
        await shot(name('g-no-scoresheet'));
        await axe(name('no-scoresheet'));

        // A sheet no bundled set matches: build one from it, right there.
        await open(foreign.url, lang, width, height);
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await page.getByTestId('no-set').waitFor();
        await shot(name('h-no-set'));
        await axe(name('no-set'));
      });
    }
  }
});
