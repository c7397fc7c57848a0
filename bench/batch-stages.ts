/**
 * Where a batch check's CPU goes, in this process (prints, never asserts): the generated files are
 * read into memory once, then each round reads them all with the fast reader (readForCheck, as the
 * CLI does) and checks every scoresheet (checkAllScoresheets). Round 0 is cold (the JIT is still
 * compiling), later rounds warm. For a profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only bench/batch-stages.ts 1000 3
 *   node scripts/cpuprofile-top.js /tmp/prof/*.cpuprofile       # functions by self time
 *
 * Arguments: number of generated files (bench/inputs.ts; default 1000), rounds (default 2).
 */
import * as fs from 'fs';
import * as path from 'path';
import { generatedInputs } from './inputs';
import { readForCheck, type ReadForCheck } from '../src/file/read-for-check';
import { checkAllScoresheets } from '../src/engine/check';
import { bundledSets } from '../src/engine/criteria/registry';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const rounds = Number(process.argv[3] ?? 2);
  const dir = await generatedInputs(count);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  const bytes = files.map((f) => fs.readFileSync(path.join(dir, f)));
  const sets = bundledSets();
  for (let round = 0; round < rounds; round++) {
    let t = cpuMs();
    const reads: ReadForCheck[] = [];
    for (const data of bytes) reads.push(await readForCheck(data, { needWorkbook: false }));
    const read = cpuMs() - t;
    t = cpuMs();
    for (const r of reads) if (r.ok) checkAllScoresheets(r.sheets.grids, { sets, hiddenSheets: r.sheets.hidden });
    const check = cpuMs() - t;
    console.log(`vòng/round ${round}: ${files.length} tệp/files — đọc/read ${read.toFixed(0)} ms CPU, kiểm tra/check ${check.toFixed(0)} ms CPU`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
