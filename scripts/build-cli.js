// Bundle the command line (src/cli/main.ts) into dist/cli/par-check.js with esbuild.
// Run by `npm run build:cli`, by `npm ci` (prepare) and by bin/par-check.js on a fresh checkout.
// ExcelJS stays external (a dependency, resolved from node_modules); JSON (criteria sets,
// package.json) is inlined. The bundle is written to a temporary file and renamed, so a process
// starting while another one builds never loads half a file.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const outfile = path.join(root, 'dist', 'cli', 'par-check.js');

function buildCli() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: ['exceljs'],
    loader: { '.json': 'json' },
    outfile,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, result.outputFiles[0].contents);
  fs.renameSync(tmp, outfile);
  return outfile;
}

module.exports = { buildCli, outfile };

if (require.main === module) {
  try {
    const out = buildCli();
    console.log(`par-check: đã build / built ${path.relative(root, out)}`);
  } catch (e) {
    console.error(`par-check: build lỗi / build failed: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  }
}
