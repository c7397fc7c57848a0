/**
 * The browser checking page under load (prints, never asserts; issue 13): 200 generated
 * workbooks dropped at once on the real page (checker.html + its bundle, as the e2e test serves
 * it) in headless Chromium. Prints the wall time from the drop to "all checked" per file, and the
 * long tasks the page's main thread ran meanwhile (PerformanceObserver 'longtask': every task
 * over 50 ms; the longest is how long the page froze at once). Goal: ≤ 40 ms/file, no task over
 * 200 ms. Skipped with a line when /usr/bin/chromium is missing.
 *
 *   npm run bench                      (all benches)
 *   npx ts-node -T bench/checker-page.bench.ts   (this one; CHECKER_BENCH_FILES=50 for fewer files)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { chromium } from 'playwright-core';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledWorkbook } from '../test/helpers/generate-workbook';
import { serveChecker } from '../test/e2e/checker-server';

const CHROMIUM = '/usr/bin/chromium';
const ms = (n: number) => `${n.toFixed(0)} ms`;

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __dropAt?: number;
  }
}

async function makeInputs(dir: string, count: number): Promise<string[]> {
  const sets = bundledSets();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const set = sets[i % sets.length];
    const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
    fs.writeFileSync(file, await generateFilledWorkbook(set, { unit: `Đơn vị số ${i + 1}`, seed: 1 + (i % 50) }));
    files.push(file);
  }
  return files;
}

export default async function checkerPageBench(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`trang kiểm tra / checking page: bỏ qua, không có ${CHROMIUM} / skipped, no ${CHROMIUM}`);
    return;
  }
  const count = Number(process.env.CHECKER_BENCH_FILES) || 200;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-page-bench-'));
  const server = await serveChecker();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const files = await makeInputs(dir, count);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    await page.evaluate(() => {
      window.__longTasks = [];
      window.__dropAt = window.performance.now();
    });
    const t = performance.now();
    await page.getByTestId('file-input').setInputFiles(files);
    const done = new RegExp(`^Đã kiểm tra ${count} tệp`);
    await page.getByTestId('progress').filter({ hasText: done }).waitFor({ timeout: 30 * 60_000 });
    const wall = performance.now() - t;
    // The last render after "done" may still be queued: give the observer a moment.
    await page.waitForTimeout(500);
    const timeline = await page.evaluate(() => (window.__longTasks ?? []).map((t) => ({ at: t.start - (window.__dropAt ?? 0), ms: t.duration })));
    const tasks = timeline.map((t) => t.ms);
    const longest = tasks.length ? Math.max(...tasks) : 0;
    const over200 = tasks.filter((d) => d > 200).length;
    const blocked = tasks.reduce((a, b) => a + b, 0);
    if (process.env.CHECKER_BENCH_VERBOSE) {
      for (const t of [...timeline].sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  long task ${ms(t.ms)} at +${ms(t.at)}`);
    }
    console.log(
      `trang kiểm tra / checking page, ${count} tệp/files: ${ms(wall)} (${ms(wall / count)}/tệp/file; mục tiêu/goal ≤ 40 ms)` +
        ` — tác vụ dài nhất/longest task ${ms(longest)} (mục tiêu/goal ≤ 200 ms), ${tasks.length} tác vụ > 50 ms/long tasks,` +
        ` ${over200} > 200 ms, luồng chính bị chặn/main thread blocked ${ms(blocked)}`,
    );
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  checkerPageBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
