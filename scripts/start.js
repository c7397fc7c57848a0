#!/usr/bin/env node
/**
 * `npm start`: run the pane in Excel for development.
 *
 *  - Windows / Mac: starts the https dev server and sideloads manifest.xml into Excel desktop
 *    with office-addin-debugging, fetched on demand by npx. It is deliberately NOT a
 *    devDependency: its keytar dependency downloads a native binary, which breaks `npm ci` on
 *    machines without that download (and it does not run on Linux at all).
 *    Ctrl+C stops the dev server and removes the sideloaded add-in.
 *  - Linux (or `npm start -- web`): starts the dev server only and explains how to sideload
 *    into Excel on the web (Insert › Add-ins › Upload My Add-in › manifest.xml).
 *
 * Options: `npm start -- web` (Excel on the web), `npm start -- http` (dev server over http,
 * for a plain browser only: Office refuses http task panes).
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const wantWeb = args.includes('web') || process.platform === 'linux';
const debugging = ['--yes', 'office-addin-debugging@6'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function say(vi, en) {
  console.log(`\n[par-check] ${vi}\n[par-check] ${en}\n`);
}

function run(cmd, cmdArgs, extraEnv = {}) {
  return spawn(cmd, cmdArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32', // .cmd shims need a shell on Windows
    env: { ...process.env, ...extraEnv },
  });
}

if (wantWeb) {
  const env = args.includes('http') ? { DEV_HTTP: '1' } : {};
  say(
    'Đang chạy máy chủ phát triển tại https://localhost:3000. Để thử trong Excel trên web: mở một sổ làm việc, chọn Trang đầu › Bổ trợ (Add-ins) › Thêm bổ trợ › Tải lên bổ trợ của tôi, rồi chọn tệp manifest.xml của dự án.',
    'Dev server at https://localhost:3000. To try it in Excel on the web: open a workbook, choose Home › Add-ins › More add-ins › Upload My Add-in, and pick the project\'s manifest.xml.',
  );
  if (process.platform === 'linux') {
    say(
      'Trên Linux không có Excel để tự nạp add-in; trình duyệt phải tin chứng chỉ localhost (office-addin-dev-certs) hoặc chạy `npm start -- http` để chỉ xem trang trong trình duyệt.',
      'Linux has no Excel to sideload into; the browser must trust the localhost certificate (office-addin-dev-certs), or run `npm start -- http` to view the pages in a plain browser.',
    );
  }
  const server = run(npm, ['run', 'dev-server'], env);
  server.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => server.kill('SIGINT'));
} else {
  say(
    'Đang mở Excel với add-in (lần đầu sẽ tải office-addin-debugging và có thể hỏi cài chứng chỉ localhost). Nhấn Ctrl+C để dừng.',
    'Opening Excel with the add-in (the first run downloads office-addin-debugging and may ask to install a localhost certificate). Press Ctrl+C to stop.',
  );
  const starter = run(npx, [
    ...debugging, 'start', 'manifest.xml', 'desktop', '--app', 'excel',
    '--dev-server', 'npm run dev-server', '--dev-server-port', '3000',
  ]);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Removes the sideload registration and stops the dev server it started.
    spawnSync(npx, [...debugging, 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  starter.on('exit', (code) => {
    if (code && !stopping) {
      say(
        `office-addin-debugging dừng với mã ${code}. Nếu máy không tải được gói từ npm, hãy chạy \`npm run dev-server\` rồi nạp manifest.xml thủ công (xem docs/deploy.md).`,
        `office-addin-debugging exited with code ${code}. If this machine cannot fetch packages from npm, run \`npm run dev-server\` and sideload manifest.xml by hand (see docs/deploy.md).`,
      );
      process.exit(code);
    }
    if (!stopping) {
      // The dev server runs on in the background; stay alive so Ctrl+C can clean up.
      say('Excel đã mở. Nhấn Ctrl+C để dừng và gỡ add-in đã nạp.', 'Excel is open. Press Ctrl+C to stop and remove the sideloaded add-in.');
      setInterval(() => undefined, 1 << 30);
    }
  });
}
