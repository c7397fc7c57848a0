/**
 * Where the checking page's time goes (a tool, not a bench: `npm run bench` does not run it).
 * The same drop as checker-page.bench.ts (N generated workbooks at once, headless Chromium), but
 * the page is bundled WITHOUT minifying, and a Chromium trace is recorded meanwhile. Printed per
 * thread (the page's main thread, each checking worker): CPU time of its tasks (thread time, so
 * the figures hold on a loaded machine), and the sampled CPU profile summed by the module the
 * code comes from (esbuild's `// path` comments in an unminified bundle) and by function.
 *
 *   nice -n 15 npx ts-node -T bench/checker-page.profile.ts     (CHECKER_BENCH_FILES=50 for fewer files)
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import type { AddressInfo } from 'net';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledWorkbook } from '../test/helpers/generate-workbook';
import { renderCheckerHtml } from '../test/e2e/checker-server';

const ROOT = path.join(__dirname, '..');

const workerUrl: Plugin = {
  name: 'checker-worker-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]checker[\\/]start-worker\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replace("new URL('./check-worker.ts', import.meta.url)", "new URL('./check-worker.js', location.href)"), loader: 'ts' };
    });
  },
};

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    minify: false,
    keepNames: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [workerUrl],
  });
  return out.outputFiles[0].text;
}

/** line (0-based) → the module it belongs to, from esbuild's `// node_modules/x/…` / `// src/…` comments. */
function moduleLines(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let current = '(bundle)';
  for (const line of lines) {
    const m = /^\s*\/\/ (?:[./a-z]*\/)?((?:node_modules|src)\/\S+)$/.exec(line);
    if (m) {
      const p = m[1];
      const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p);
      current = pkg ? pkg[1] : p;
    }
    out.push(current);
  }
  return out;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: any };
}

async function main(): Promise<void> {
  const count = Number(process.env.CHECKER_BENCH_FILES) || 200;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-page-prof-'));
  const page_ = await bundle('src/checker/index.tsx');
  const worker_ = await bundle('src/checker/check-worker.ts');
  if (process.env.CHECKER_PROFILE_KEEP) {
    fs.writeFileSync('/tmp/checker-prof-page.js', page_);
    fs.writeFileSync('/tmp/checker-prof-worker.js', worker_);
  }
  const lineModule: Record<string, string[]> = { 'checker.js': moduleLines(page_), 'check-worker.js': moduleLines(worker_) };
  const files: Record<string, string> = {
    '/checker.html': renderCheckerHtml(['checker.js']),
    '/checker.js': page_,
    '/check-worker.js': worker_,
  };
  const server = http.createServer((req, res) => {
    const body = files[(req.url ?? '/').split('?')[0]];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': req.url!.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checker.html`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const sets = bundledSets();
    const inputs: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
      fs.writeFileSync(file, await generateFilledWorkbook(sets[i % sets.length], { unit: `Đơn vị số ${i + 1}`, seed: 1 + (i % 50) }));
      inputs.push(file);
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await page.goto(url);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'],
    });
    const t = performance.now();
    await page.getByTestId('file-input').setInputFiles(inputs);
    await page.getByTestId('progress').filter({ hasText: new RegExp(`^Đã kiểm tra ${count} tệp`) }).waitFor({ timeout: 30 * 60_000 });
    const wall = performance.now() - t;
    await page.waitForTimeout(300);
    const raw = await browser.stopTracing();
    if (process.env.CHECKER_PROFILE_KEEP) fs.writeFileSync('/tmp/checker-prof-trace.json', raw);
    const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] };
    report(trace.traceEvents, wall, count, lineModule);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const parentIndex = new WeakMap<Map<number, any>, Map<number, any>>();
/** Chromium's trace nodes name their parent; older ones list children instead. */
function parentOf(nodes: Map<number, any>, id: number): any {
  let index = parentIndex.get(nodes);
  if (!index) {
    index = new Map();
    for (const n of nodes.values()) for (const c of n.children ?? []) index.set(c, n);
    parentIndex.set(nodes, index);
  }
  return index.get(id);
}

function report(events: TraceEvent[], wall: number, count: number, lineModule: Record<string, string[]>): void {
  /** Time windows (trace µs) of the main thread's long tasks: the profile is also summed over them alone. */
  const windows: [number, number][] = [];
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const interesting = (k: string) => /CrRendererMain|DedicatedWorker/.test(threadName.get(k) ?? '');
  console.log(`${count} files: ${wall.toFixed(0)} ms wall (${(wall / count).toFixed(1)} ms/file)`);

  // Top-level tasks per thread: wall and CPU (thread) time.
  const tasks = new Map<string, { n: number; dur: number; tdur: number; longest: number; over50: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !(e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') || !interesting(key(e))) continue;
    const s = tasks.get(key(e)) ?? { n: 0, dur: 0, tdur: 0, longest: 0, over50: 0 };
    s.n++;
    s.dur += (e.dur ?? 0) / 1000;
    s.tdur += (e.tdur ?? 0) / 1000;
    s.longest = Math.max(s.longest, (e.dur ?? 0) / 1000);
    if ((e.dur ?? 0) > 50_000) s.over50++;
    tasks.set(key(e), s);
  }
  for (const [k, s] of tasks) {
    console.log(
      `  ${threadName.get(k)} [${k}]: ${s.n} tasks, wall ${s.dur.toFixed(0)} ms, CPU ${s.tdur.toFixed(0)} ms (${(s.tdur / count).toFixed(1)} ms/file), longest ${s.longest.toFixed(0)} ms, ${s.over50} > 50 ms`,
    );
  }

  // The main thread's longest tasks: wall and CPU, and what the sampled profile saw in them.
  const mainKey = [...tasks.keys()].find((k) => /CrRendererMain/.test(threadName.get(k) ?? ''));
  const longTasks = events
    .filter((e) => e.ph === 'X' && key(e) === mainKey && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 50_000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 8);
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  for (const lt of longTasks) {
    const inside = events.filter((e) => e.ph === 'X' && key(e) === mainKey && e.ts >= lt.ts && e.ts < lt.ts + (lt.dur ?? 0) && e !== lt && (e.dur ?? 0) > 5_000);
    const what = inside
      .filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name))
      .map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}${e.args?.data?.type ? '(' + e.args.data.type + ')' : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`)
      .slice(0, 14);
    console.log(`  long main task at +${((lt.ts - t0) / 1000).toFixed(0)} ms: wall ${((lt.dur ?? 0) / 1000).toFixed(0)} ms, CPU ${((lt.tdur ?? 0) / 1000).toFixed(0)} ms — ${what.join(', ')}`);
    windows.push([lt.ts, lt.ts + (lt.dur ?? 0)]);
  }

  // Timeline events on the main thread, by name (what kind of work).
  const kinds = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !/CrRendererMain/.test(threadName.get(key(e)) ?? '')) continue;
    if (!['FunctionCall', 'EvaluateScript', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'ParseHTML', 'HitTest', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.run', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'MajorGC', 'UpdateLayerTree', 'ScheduleStyleRecalculation'].includes(e.name)) continue;
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log('  main thread by event (inclusive, ms): ' + [...kinds].sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', '));

  // Sampled CPU profiles: chunks per (pid, profile id), nodes and samples.
  const profiles = new Map<string, { thread: string; startTime: number; nodes: Map<number, any>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, { thread: key(e), startTime: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(`${e.pid}:${e.id}`);
      const data = e.args?.data;
      if (!p || !data) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(data.cpuProfile?.samples ?? []));
      p.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  for (const p of profiles.values()) {
    if (!interesting(p.thread)) continue;
    const byModule = new Map<string, number>();
    const byFunction = new Map<string, number>();
    const inLong = new Map<string, number>();
    let total = 0;
    let ts = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      ts += p.deltas[i] ?? 0;
      const dt = (p.deltas[i + 1] ?? 0) / 1000; // the time until the next sample is this one's
      const node = p.nodes.get(p.samples[i]);
      if (!node) continue;
      const cf = node.callFrame ?? {};
      const file = String(cf.url ?? '').split('/').pop() ?? '';
      const mod = lineModule[file]?.[cf.lineNumber] ?? (cf.url ? file : `(${cf.functionName || 'native'})`);
      if (cf.functionName === '(idle)' || cf.functionName === '(program)') continue;
      total += dt;
      byModule.set(mod, (byModule.get(mod) ?? 0) + dt);
      const name = (n: any) => {
        const f = n.callFrame ?? {};
        const m = lineModule[String(f.url ?? '').split('/').pop() ?? '']?.[f.lineNumber] ?? '';
        return `${f.functionName || '(anonymous)'} ${m.replace(/^src\//, '')}:${f.lineNumber}`;
      };
      const parents: string[] = [];
      for (let q = node.parent !== undefined ? p.nodes.get(node.parent) : parentOf(p.nodes, node.id); q && parents.length < 3; q = q.parent !== undefined ? p.nodes.get(q.parent) : parentOf(p.nodes, q.id)) parents.push(name(q));
      const fn = `${name(node)}  ⟵ ${parents.join(' ⟵ ')}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
      if (windows.some(([a, b]) => ts >= a && ts < b)) inLong.set(fn, (inLong.get(fn) ?? 0) + dt);
    }
    if (total < 50) continue;
    console.log(`  profile of ${threadName.get(p.thread)} [${p.thread}]: ${total.toFixed(0)} ms sampled (not idle)`);
    const top = (m: Map<string, number>, n: number) =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `      ${v.toFixed(0).padStart(6)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
    console.log('    by module:\n' + top(byModule, 18));
    console.log('    by function (self):\n' + top(byFunction, 25));
    if (inLong.size) console.log('    by function (self), within the long main-thread tasks only:\n' + top(inLong, 25));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
