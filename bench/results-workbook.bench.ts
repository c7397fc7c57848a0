/**
 * CPU of the results workbook alone (`check --summary`), in this process (prints, never asserts):
 * the files of DIR are checked once as the CLI checks them (one core, results compacted), then
 * each round builds the sheets only (rankingWorkbookSheets: the SheetSpecs) and then writes the
 * whole workbook to a file (writeRankingWorkbook: specs, XML, deflate, the package). Round 0 is
 * cold, later rounds warm.
 *
 *   node -r ts-node/register/transpile-only bench/results-workbook.bench.ts /tmp/par-check-bench-inputs-1000 4
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only bench/results-workbook.bench.ts DIR 4
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundledSets } from '../src/engine/criteria/registry';
import { rankingWorkbookSheets } from '../src/engine/ranking/ranking-workbook';
import { checkFiles } from '../src/cli/check/check-files';
import { collectFiles } from '../src/cli/check/collect-files';
import { writeRankingWorkbook } from '../src/cli/check/ranking-output';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/tmp/par-check-bench-inputs-1000';
  const rounds = Number(process.argv[3] ?? 3);
  const inputs = await collectFiles([dir], process.cwd());
  let t = cpuMs();
  const checks = await checkFiles(inputs, { sets: bundledSets(), lang: 'vi' }, { workers: false });
  console.log(`${inputs.length} files checked: ${(cpuMs() - t).toFixed(0)} ms CPU`);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wbook-bench-')), 'kq.xlsx');
  const files = checks.filter((c) => !c.reply);
  for (let round = 0; round < rounds; round++) {
    t = cpuMs();
    let sheets = 0;
    for (const spec of rankingWorkbookSheets({ files, lang: 'vi' })) sheets += spec.cells.length > 0 ? 1 : 0;
    const specs = cpuMs() - t;
    t = cpuMs();
    const problem = await writeRankingWorkbook(checks, out, '/', 'vi');
    const whole = cpuMs() - t;
    if (problem) throw new Error(problem.en);
    const size = fs.statSync(out).size;
    console.log(
      `round ${round}: ${sheets} sheets — specs ${specs.toFixed(0)} ms CPU, whole workbook ${whole.toFixed(0)} ms CPU ` +
        `(${(size / 1e6).toFixed(2)} MB), rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  }
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
