/**
 * Bundle size of the task pane: builds the pages in production mode (into a temporary folder,
 * so dist/ is untouched) and prints, per page, the gzipped size of the JS loaded at first paint
 * (the entry's initial chunks) — aim ≤ 200 KB for the pane (issue 13: 249.9 KB before the lazy
 * chunks of issue 11, 174.8 KB after) — the biggest packages in it, and whether ExcelJS slipped into it (it
 * must only ever arrive in a lazy chunk, through import()). Prints, never asserts.
 *
 *   node -r ts-node/register/transpile-only bench/bundle-size.bench.ts
 *   BUNDLE_PAGES=taskpane node -r ts-node/register/transpile-only bench/bundle-size.bench.ts   (the pane only: faster)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '..');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const TARGET = 200 * 1024;

type Compilation = import('webpack').Compilation;
type Chunk = import('webpack').Chunk;

/** Resource paths of a chunk's modules, looking inside concatenated modules. */
function modulePaths(compilation: Compilation, chunk: Chunk): string[] {
  const out: string[] = [];
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    const inner = (m as unknown as { modules?: import('webpack').Module[] }).modules ?? [m];
    for (const x of inner) out.push(x.nameForCondition() ?? x.identifier());
  }
  return out;
}

/** The packages (or our own folders) weighing most in these chunks, by their modules' raw size. */
function biggest(compilation: Compilation, chunks: Iterable<Chunk>): string[] {
  const sizes = new Map<string, number>();
  for (const chunk of chunks) {
    for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      const inner = (m as unknown as { modules?: import('webpack').Module[] }).modules ?? [m];
      for (const x of inner) {
        const p = (x.nameForCondition() ?? x.identifier()).replace(/\\/g, '/');
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1] ?? /\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(p)?.[1] ?? 'other';
        sizes.set(pkg, (sizes.get(pkg) ?? 0) + x.size());
      }
    }
  }
  return [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${KB(v)}`);
}

const isExcelJs = (p: string) => /node_modules[\\/]exceljs[\\/]/.test(p);

export default async function bundleSizeBench(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const webpack = require('webpack') as typeof import('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<import('webpack').Configuration>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-bundle-'));
  try {
    const config = await makeConfig({}, { mode: 'production' });
    const only = (process.env.BUNDLE_PAGES ?? '').split(',').filter(Boolean);
    if (only.length) {
      config.entry = Object.fromEntries(Object.entries(config.entry as Record<string, string>).filter(([name]) => only.includes(name)));
      config.plugins = (config.plugins ?? []).filter((p) => p?.constructor?.name !== 'HtmlWebpackPlugin' && p?.constructor?.name !== 'CopyPlugin');
    }
    config.output = { ...config.output, path: out, clean: false };
    config.devtool = false; // sizes of the code only
    const started = Date.now();
    const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
      webpack(config, (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
    );
    if (stats.hasErrors()) {
      console.log(`webpack lỗi / failed:\n${stats.toString({ all: false, errors: true }).slice(0, 2000)}`);
      return;
    }
    const compilation = stats.compilation;
    console.log(`build production: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const lazyWithExcel = [...compilation.chunks].filter((c) => !c.canBeInitial() && modulePaths(compilation, c).some(isExcelJs));
    for (const [name, entry] of compilation.entrypoints) {
      const initial = entry.chunks;
      const files = initial.flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'));
      let raw = 0;
      let gz = 0;
      for (const f of files) {
        const buf = fs.readFileSync(path.join(out, f));
        raw += buf.length;
        gz += zlib.gzipSync(buf, { level: 9 }).length;
      }
      const excelInFirstLoad = initial.some((c) => modulePaths(compilation, c).some(isExcelJs));
      // The budget is the pane's (it opens inside Excel); the checking page reads files, so it may carry ExcelJS.
      const verdict = name === 'taskpane' ? `; mục tiêu/target ≤ ${KB(TARGET)} ${gz <= TARGET ? 'OK' : 'VƯỢT/OVER'}` : '';
      console.log(`${name}: JS tải lần đầu / first-load JS ${KB(raw)} (gzip ${KB(gz)}${verdict}) — ${files.join(', ')}`);
      const warn = excelInFirstLoad && name === 'taskpane' ? ' (cần import() lười / must be lazy)' : '';
      console.log(`${name}: ExcelJS trong JS tải lần đầu / in first-load JS: ${excelInFirstLoad ? `CÓ/YES${warn}` : 'không/no'}`);
      if (name === 'taskpane') console.log(`${name}: lớn nhất / biggest (raw, before minifying): ${biggest(compilation, initial).join(', ')}`);
    }
    console.log(`chunk lười chứa ExcelJS / lazy chunks holding ExcelJS: ${lazyWithExcel.length ? lazyWithExcel.flatMap((c) => [...c.files]).join(', ') : 'không có/none'}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  bundleSizeBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
