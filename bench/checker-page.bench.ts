/**
 * The browser checking page under load (prints, never asserts; issue 13): 200 generated
 * workbooks dropped at once on the real page (checker.html + its bundle, as the e2e test serves
 * it) in headless Chromium. Prints the wall time from the drop to "all checked" per file, and the
 * long tasks the page's main thread ran meanwhile (PerformanceObserver 'longtask': every task
 * over 50 ms; the longest is how long the page froze at once). Goal: ≤ 40 ms/file, no task over
 * 200 ms. Skipped with a line when /usr/bin/chromium is missing.
 *
 *   npm run bench                      (all benches)
 *   npx ts-node -T bench/checker-page.bench.ts   (this one; CHECKER_BENCH_FILES=50 for fewer files,
 *                                                 CHECKER_BENCH_HOSTILE=0 without the hostile files,
 *                                                 CHECKER_BENCH_CORES=3 for a page that sees 3 cores: 2 workers)
 * The renderer's CPU time per file is printed too: unlike the wall time it holds on a loaded machine.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { chromium } from 'playwright-core';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledWorkbook } from '../test/helpers/generate-workbook';
import { serveChecker } from '../test/e2e/checker-server';
import { hugeRowNumber, lastColumnRows, lyingSizes, manyMerges, overlappingEntries, wholeSheetMerge } from '../test/hostile/hostile-files';

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

/** Our descendants' pids (the browser and its renderer, GPU and utility processes), from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [pid, pp] of parent) if (pp === p) (out.push(pid), walk(pid));
  };
  walk(root);
  return out;
}

/** A Chromium renderer (pages and their workers live there). */
function isRenderer(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
  } catch {
    return false;
  }
}

/** CPU time (user + system, ms) of the Chromium renderers (the page's thread and its workers), from /proc. */
function rendererCpuMs(): number {
  let ticks = 0;
  for (const pid of descendants(process.pid).filter((p) => isRenderer(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** kB of one /proc/PID/status field, 0 when the process is gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Each hostile file alone on the page, with a good file after it: seconds until both are done, and
 * the peak resident memory of the biggest Chromium renderer meanwhile (the page and its workers live there; sampled every 50 ms).
 */
async function hostileRuns(browser: import('playwright-core').Browser, url: string, dir: string, good: string): Promise<void> {
  const cases: [string, () => Buffer][] = [
    ['bom 3 GB (khai 1000 B) / bomb', () => lyingSizes(3 * 1024 ** 3)],
    ['200 sheet, 1 luồng 100 MB / 200 entries, one stream', () => overlappingEntries(200, 100 * 1024 ** 2)],
    ['dòng 2·10⁹ / row 2e9', () => hugeRowNumber()],
    ['XFD × 100.000 dòng / rows', () => lastColumnRows(100_000)],
    ['100.000 vùng gộp / merges', () => manyMerges(100_000)],
    ['gộp cả sheet / whole-sheet merge', () => wholeSheetMerge()],
  ];
  for (const [label, make] of cases) {
    const file = path.join(dir, 'hostile.xlsx');
    fs.writeFileSync(file, make());
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await page.goto(url);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    let peakKb = 0;
    const renderers = () => descendants(process.pid).filter((pid) => isRenderer(pid));
    const poll = setInterval(() => {
      for (const pid of renderers()) peakKb = Math.max(peakKb, statusKb(pid, 'VmRSS'));
    }, 50);
    const t = performance.now();
    await page.getByTestId('file-input').setInputFiles([file, good]);
    await page.getByTestId('progress').filter({ hasText: /^Đã kiểm tra/ }).waitFor({ timeout: 10 * 60_000 });
    const wall = performance.now() - t;
    clearInterval(poll);
    const status = await page.locator('[data-testid="overview-row"][data-file="hostile.xlsx"]').getAttribute('data-status');
    console.log(`  ${label}: ${(wall / 1000).toFixed(1)} s (mục tiêu/goal ≤ 10 s), đỉnh bộ nhớ/peak RSS ${(peakKb / 1024).toFixed(0)} MB (≤ 500 MB) — ${status}`);
    await page.close();
  }
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
    // CHECKER_BENCH_CORES: the cores the page believes it has (its pool is one fewer worker).
    const cores = Number(process.env.CHECKER_BENCH_CORES) || 0;
    if (cores) await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
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
    const cpu0 = rendererCpuMs();
    const t = performance.now();
    await page.getByTestId('file-input').setInputFiles(files);
    const done = new RegExp(`^Đã kiểm tra ${count} tệp`);
    await page.getByTestId('progress').filter({ hasText: done }).waitFor({ timeout: 30 * 60_000 });
    const wall = performance.now() - t;
    const cpu = rendererCpuMs() - cpu0;
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
        ` ${over200} > 200 ms, luồng chính bị chặn/main thread blocked ${ms(blocked)};` +
        ` CPU trình duyệt (trang + worker)/renderer CPU (page + workers) ${ms(cpu / count)}/tệp/file`,
    );
    await page.close();
    if (process.env.CHECKER_BENCH_HOSTILE === '0') return;
    console.log('trang kiểm tra, tệp độc hại (mỗi tệp một lần, kèm một tệp tốt) / checking page, hostile files (each alone with a good file):');
    await hostileRuns(browser, server.url, dir, files[0]);
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
