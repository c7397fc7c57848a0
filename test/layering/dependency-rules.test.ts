/**
 * .dependency-cruiser.js (npm run check:layers) over a small fixture project in a temp dir: each
 * rule must fire on the import written to break it, and allowed imports (zod in the engine, a
 * declared package in the CLI) must pass. The expected list below is written by hand from the
 * fixture files (a cycle is reported once, from the first module of it). One spawned run (dependency-cruiser is ESM-only; its CLI is what npm test runs).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.join(__dirname, '..', '..');

const FILES: Record<string, string> = {
  'src/engine/pure.ts': "import { z } from 'zod';\nexport const s = z.string();\n", // allowed
  'src/engine/leaky.ts': "import { readFileSync } from 'fs';\nimport { ui } from '../taskpane/ui';\nexport const x = [readFileSync, ui];\n",
  'src/taskpane/ui.ts': "import { join } from 'path';\nimport fc from 'fast-check';\nimport * as sax from 'sax';\nexport const ui = [join, fc, sax];\n",
  'src/cli/a.ts': "import { b } from './b';\nimport * as ExcelJS from 'exceljs';\nexport const a = [b, ExcelJS];\n",
  'src/cli/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
  'src/cli/office.ts': "import '@microsoft/office-js/dist/office.js';\nexport {};\n",
};

describe('dependency rules (.dependency-cruiser.js)', () => {
  it('reports each broken rule and nothing for the allowed imports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      for (const [name, text] of Object.entries(FILES)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
        name: 'fixture', dependencies: { zod: '*', exceljs: '*' }, devDependencies: { 'fast-check': '*', '@microsoft/office-js': '*' },
      }));
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', esModuleInterop: true, strict: true }, include: ['src'] }));
      fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      let out = '';
      try {
        out = execFileSync(process.execPath, [path.join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', path.join(REPO, '.dependency-cruiser.js'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
      } catch (err) {
        out = String((err as { stdout?: string }).stdout ?? ''); // exit 1: violations found
      }
      const report = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
      const found = report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')}`).sort();
      expect(found).toEqual([
        'declared-packages-only: src/taskpane/ui.ts → sax',
        'engine-is-pure: src/engine/leaky.ts → fs',
        'engine-is-pure: src/engine/leaky.ts → src/taskpane/ui.ts',
        'no-circular: src/cli/a.ts → src/cli/b.ts',
        'no-dev-packages-at-run-time: src/cli/office.ts → @microsoft/office-js',
        'no-dev-packages-at-run-time: src/taskpane/ui.ts → fast-check',
        'no-node-in-browser-code: src/engine/leaky.ts → fs',
        'no-node-in-browser-code: src/taskpane/ui.ts → path',
        'office-only-in-excel: src/cli/office.ts → @microsoft/office-js',
      ].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
