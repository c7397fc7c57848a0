/**
 * Build the harness with esbuild (cached across runs: ./bundle-cache.ts) and serve it on 127.0.0.1
 * (ephemeral port) for the browser tests, over any number of named in-memory workbooks: one server,
 * one origin, one bundle for all of them. `url(name, lang)` opens the pane over the workbook `name`;
 * with `lang` the page first stores that language choice, as the pane's own menu would (one load
 * instead of load, write localStorage, reload).
 *
 * The bundle's address holds its hash and is served cacheable, so Chromium compiles it once and
 * takes it from its cache on later loads; the pages and grids are never cached.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { Grid } from '../../src/engine/grid';
import type { Lang } from '../../src/engine/text/lang';
import { cachedBundle } from './bundle-cache';

export interface HarnessServer {
  /** The pane over workbook `name`; `lang` stores that language choice first. */
  url(name: string, lang?: Lang): string;
  close(): Promise<void>;
}

export async function bundleHarness(): Promise<string> {
  return cachedBundle(
    {
      entryPoints: [path.join(__dirname, 'harness.tsx')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      jsx: 'automatic',
      // Minified: Chromium parses it on every page load of the tests (5 MB → 2 MB).
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    },
    fs.readFileSync(__filename, 'utf8'),
  );
}

export async function serveHarness(workbooks: Record<string, Grid[]>): Promise<HarnessServer> {
  const js = await bundleHarness();
  const jsPath = `/harness-${crypto.createHash('sha256').update(js).digest('hex').slice(0, 16)}.js`;
  const page = (name: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>par-check pane harness</title>
<style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>
<body><div id="root"></div><script src="/grids/${encodeURIComponent(name)}.js"></script><script src="${jsPath}"></script></body></html>`;
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const named = /^\/(pane|grids)\/(.+?)(\.js)?$/.exec(p);
    if (p === jsPath) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600, immutable' }).end(js);
    } else if (named && named[2] in workbooks && (named[1] === 'grids') === !!named[3]) {
      const [type, body] =
        named[1] === 'pane'
          ? ['text/html; charset=utf-8', page(named[2])]
          : ['text/javascript; charset=utf-8', `window.__GRIDS__ = ${JSON.stringify(workbooks[named[2]])};`];
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name, lang) => {
      if (!(name in workbooks)) throw new Error(`no workbook "${name}" in this harness server`);
      return `http://127.0.0.1:${port}/pane/${encodeURIComponent(name)}${lang ? `?lang=${lang}` : ''}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
