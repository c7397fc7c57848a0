/**
 * Build the harness with esbuild and serve it on 127.0.0.1 (ephemeral port) for the browser test.
 */
import * as http from 'http';
import * as path from 'path';
import { build } from 'esbuild';
import type { AddressInfo } from 'net';
import type { Grid } from '../../src/engine/grid';

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

export async function bundleHarness(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, 'harness.tsx')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export async function serveHarness(grids: Grid[]): Promise<HarnessServer> {
  const js = await bundleHarness();
  const pages: Record<string, { type: string; body: string }> = {
    '/': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>par-check pane harness</title>
<style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>
<body><div id="root"></div><script src="/grids.js"></script><script src="/harness.js"></script></body></html>`,
    },
    '/grids.js': { type: 'text/javascript; charset=utf-8', body: `window.__GRIDS__ = ${JSON.stringify(grids)};` },
    '/harness.js': { type: 'text/javascript; charset=utf-8', body: js },
  };
  const server = http.createServer((req, res) => {
    const page = pages[(req.url ?? '/').split('?')[0]];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
