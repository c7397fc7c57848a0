/**
 * The real checking page for the browser test: src/checker/index.tsx bundled with esbuild (seconds,
 * where a webpack production build takes minutes) into the real checker.html, whose two template
 * slots (the bundle list and the inline boot guard) are filled as webpack's HtmlWebpackPlugin
 * fills them. Served on 127.0.0.1 (ephemeral port); the server records every path asked for.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { build } from 'esbuild';
import type { AddressInfo } from 'net';

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

export async function bundleChecker(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/checker/index.tsx')],
    bundle: true,
    write: false,
    platform: 'browser', // ExcelJS's "browser" build (dist/exceljs.min.js), as webpack picks it
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
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
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/checker.html': { type: 'text/html; charset=utf-8', body: renderCheckerHtml(['checker.js']) },
    '/checker.js': { type: 'text/javascript; charset=utf-8', body: await bundleChecker() },
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
