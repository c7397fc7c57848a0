/**
 * The real checking page for the browser test: src/checker/index.tsx bundled with esbuild (seconds,
 * where a webpack production build takes minutes, and kept between runs: ./bundle-cache.ts) into the real checker.html, whose two template
 * slots (the bundle list and the inline boot guard) are filled as webpack's HtmlWebpackPlugin
 * fills them. Served on 127.0.0.1 (ephemeral port); the server records every path asked for.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { Plugin } from 'esbuild';
import type { AddressInfo } from 'net';
import { cachedBundle } from './bundle-cache';

const ROOT = path.join(__dirname, '..', '..');

export interface CheckerServer {
  origin: string;
  url: string;
  /** Paths requested from the server, in order. */
  requested: string[];
  /** The paths the server holds: the page, its bundle and the assets webpack copies next to it. */
  served: Set<string>;
  close(): Promise<void>;
}

/**
 * webpack turns `new Worker(new URL('./check-worker.ts', import.meta.url))` into a worker file
 * next to the bundle; esbuild does not, so here the worker is bundled on its own
 * (bundleCheckerWorker) and start-worker.ts is pointed at it, as webpack would point it.
 */
const workerUrlAsWebpack: Plugin = {
  name: 'checker-worker-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]checker[\\/]start-worker\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source.replace("new URL('./check-worker.ts', import.meta.url)", "new URL('./check-worker.js', location.href)");
      if (contents === source) throw new Error('start-worker.ts no longer says new URL(\'./check-worker.ts\', import.meta.url): update the e2e bundler');
      return { contents, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  write: false,
  platform: 'browser' as const, // ExcelJS's "browser" build (dist/exceljs.min.js), as webpack picks it
  format: 'iife' as const,
  target: 'es2020',
  jsx: 'automatic' as const,
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent' as const,
};

/** This module's text: a change to the plugin or the options above builds the bundles again. */
const salt = () => fs.readFileSync(__filename, 'utf8');

/** The page's checking worker, bundled on its own (served as /check-worker.js); cached (./bundle-cache.ts). */
export async function bundleCheckerWorker(): Promise<string> {
  return cachedBundle({ ...common, entryPoints: [path.join(ROOT, 'src/checker/check-worker.ts')] }, salt());
}

/** The page's bundle; cached (./bundle-cache.ts). */
export async function bundleChecker(): Promise<string> {
  return cachedBundle({ ...common, entryPoints: [path.join(ROOT, 'src/checker/index.tsx')], plugins: [workerUrlAsWebpack] }, salt());
}

/** Fill checker.html's `<%= … %>` slots; an unknown slot fails loudly rather than shipping a broken page. */
export function renderCheckerHtml(bundles: string[]): string {
  const template = fs.readFileSync(path.join(ROOT, 'src/checker/checker.html'), 'utf8');
  const bootScript = fs.readFileSync(path.join(ROOT, 'src/taskpane/boot/boot.js'), 'utf8');
  const slots: Record<string, string> = {
    'JSON.stringify(htmlWebpackPlugin.files.js)': JSON.stringify(bundles),
    bootScript,
  };
  return template.replace(/<%=\s*([\s\S]*?)\s*%>/g, (_, expr: string) => {
    if (!(expr in slots)) throw new Error(`checker.html has a template slot the test does not know: <%= ${expr} %>`);
    return slots[expr];
  });
}

export async function serveChecker(): Promise<CheckerServer> {
  const [checker, worker] = await Promise.all([bundleChecker(), bundleCheckerWorker()]);
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/checker.html': { type: 'text/html; charset=utf-8', body: renderCheckerHtml(['checker.js']) },
    '/checker.js': { type: 'text/javascript; charset=utf-8', body: checker },
    '/check-worker.js': { type: 'text/javascript; charset=utf-8', body: worker },
  };
  // webpack copies assets/*.png next to the pages (the icons the page may link to).
  for (const name of fs.readdirSync(path.join(ROOT, 'assets')).filter((n) => n.endsWith('.png'))) {
    files[`/assets/${name}`] = { type: 'image/png', body: fs.readFileSync(path.join(ROOT, 'assets', name)) };
  }
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0];
    requested.push(p);
    const file = files[p];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/checker.html`,
    requested,
    served: new Set(Object.keys(files)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
