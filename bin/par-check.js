#!/usr/bin/env node
// par-check command line. Loads the bundle dist/cli/par-check.js; on a fresh checkout where it
// has not been built yet, builds it first with esbuild (scripts/build-cli.js).
'use strict';
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'par-check.js');

if (!fs.existsSync(bundle)) {
  try {
    require('../scripts/build-cli.js').buildCli();
  } catch (e) {
    process.stderr.write(
      'Chưa build được par-check (cần esbuild: chạy "npm install" rồi "npm run build:cli").\n' +
        'par-check is not built and could not be built (esbuild needed: run "npm install", then "npm run build:cli").\n' +
        `(${e && e.message ? e.message : e})\n`,
    );
    process.exit(2);
  }
}

require(bundle).runFromProcess();
