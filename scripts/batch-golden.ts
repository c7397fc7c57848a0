/**
 * Golden outputs for speed work on the batch check (not part of npm test): a speed-up must leave
 * every result byte-identical. Run it before a change to save the outputs, after it to compare:
 *
 *   npx ts-node --transpile-only scripts/batch-golden.ts save    /tmp/golden-before
 *   npx ts-node --transpile-only scripts/batch-golden.ts save    /tmp/golden-after
 *   diff -r /tmp/golden-before /tmp/golden-after                  # must print nothing
 *
 * What it saves, for the bundled samples, the test fixtures and 300 generated workbooks
 * (bench/inputs.ts):
 *  - engine/: for every file, the fast reader's grids and the full CheckResult of every scoresheet
 *    (checkAllScoresheets, as the CLI calls it), as JSON;
 *  - cli/: `check DIR --json`, `check DIR` (text) and the parts of the `--summary` workbook, run
 *    in this process from the sources (the files checked in this thread), per folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { generatedInputs } from '../bench/inputs';
import { checkAllScoresheets } from '../src/engine/check';
import { bundledSets } from '../src/engine/criteria/registry';
import { readForCheck } from '../src/file/read-for-check';
import { main } from '../src/cli/main';

const ROOT = path.join(__dirname, '..');

/** Maps as entry lists, criteria sets by id (they are the bundled objects, compared elsewhere). */
function replacer(this: unknown, key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (key === 'set' && value && typeof value === 'object' && 'id' in value) {
    const set = value as { id: string; version: string };
    return `${set.id}@${set.version}`;
  }
  return value;
}

async function engineOutputs(dirs: string[], out: string): Promise<void> {
  const sets = bundledSets();
  fs.mkdirSync(out, { recursive: true });
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) {
      const data = fs.readFileSync(path.join(dir, f));
      let text: string;
      try {
        const read = await readForCheck(data, { needWorkbook: false });
        if (!read.ok) text = JSON.stringify({ problem: read.problem });
        else {
          const results = checkAllScoresheets(read.sheets.grids, { sets, hiddenSheets: read.sheets.hidden });
          text = JSON.stringify({ grids: read.sheets.grids, hidden: read.sheets.hidden, results }, replacer, 1);
        }
      } catch (e) {
        text = JSON.stringify({ threw: String(e) });
      }
      fs.writeFileSync(path.join(out, `${path.basename(dir)}--${f}.json`), text);
    }
  }
}

async function runCli(args: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    cwd: ROOT,
  });
  return `exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
}

/** Every part of a written workbook but the document properties (they hold the time of writing). */
async function workbookParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && !n.startsWith('docProps/')).sort();
  const parts: string[] = [];
  for (const n of names) parts.push(`=== ${n}\n${await zip.files[n].async('string')}`);
  return parts.join('\n');
}

async function cliOutputs(dirs: string[], out: string): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  process.env.PAR_CHECK_WORKERS = '0';
  const strip = (text: string, dir: string, xlsx: string) => text.split(dir).join('<DIR>').split(xlsx).join('<XLSX>');
  for (const dir of dirs) {
    const name = path.basename(dir);
    const xlsx = path.join(out, `${name}-summary.xlsx`);
    fs.writeFileSync(path.join(out, `${name}.json.txt`), strip(await runCli(['check', dir, '--json']), dir, xlsx));
    fs.writeFileSync(path.join(out, `${name}.text.txt`), strip(await runCli(['check', dir]), dir, xlsx));
    const summary = await runCli(['check', dir, '--json', '--summary', xlsx]);
    fs.writeFileSync(path.join(out, `${name}.summary-run.txt`), strip(summary, dir, xlsx));
    if (fs.existsSync(xlsx)) {
      fs.writeFileSync(path.join(out, `${name}.summary-parts.txt`), await workbookParts(xlsx));
      fs.rmSync(xlsx);
    }
  }
}

async function save(out: string): Promise<void> {
  const t = Date.now();
  const generated = await generatedInputs(300);
  const dirs = [
    '/work/shared/samples',
    path.join(ROOT, 'test', 'fixtures', 'samples'),
    path.join(ROOT, 'test', 'fixtures', 'real'),
    path.join(ROOT, 'test', 'fixtures', 'keep-parts'),
    generated,
  ].filter((d) => fs.existsSync(d));
  await engineOutputs(dirs, path.join(out, 'engine'));
  await cliOutputs(dirs, path.join(out, 'cli'));
  console.log(`${out}: ${dirs.length} folders (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const [what, out] = process.argv.slice(2);
if (what !== 'save' || !out) {
  console.error('usage: scripts/batch-golden.ts save OUT_DIR');
  process.exitCode = 2;
} else {
  save(out).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
