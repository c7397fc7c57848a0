/**
 * Differential run of the two readers over real .xlsx files (run by hand, not in the test suite):
 *
 *   npx ts-node --transpile-only scripts/differential-real.ts DIR… [--list differ|fast-only|…]
 *
 * For every .xlsx/.xlsm under the folders: the fast reader (src/file/fast-read) and the ExcelJS
 * path (prepare-package.ts + read-grid.ts, as FileWorkbook opens files) read every sheet; the
 * grids are compared whole. Then `check` and `check --annotate` (src/file/read-for-check.ts) are
 * asked for the sheets to check: they must give the same answer ("one file, one answer").
 * Prints one line per file that is not "equal" and the counts per outcome.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { readWorkbookSheetsFast } from '../src/file/fast-read';
import { FileWorkbook } from '../src/file/file-workbook';
import { readForCheck } from '../src/file/read-for-check';

type Outcome = 'equal' | 'both refuse' | 'fast only' | 'exceljs only' | 'differ';

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(xlsx|xlsm)$/i.test(name)) out.push(p);
  }
  return out;
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: fast ${JSON.stringify(a)?.slice(0, 120)} / exceljs ${JSON.stringify(b)?.slice(0, 120)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  const files = dirs.flatMap((d) => walk(d, []));
  const counts = new Map<Outcome, number>();
  let answersDiffer = 0;
  let copyNotes = 0;
  const started = Date.now();
  for (const file of files) {
    const bytes = readFileSync(file);
    let fast: ReturnType<typeof readWorkbookSheetsFast> | null = null;
    let fastError = '';
    try {
      fast = readWorkbookSheetsFast(bytes);
    } catch (e) {
      fastError = String((e as Error).message);
    }
    let slow = null;
    let slowError = '';
    const t = Date.now();
    try {
      slow = (await FileWorkbook.fromBuffer(bytes)).readAllGrids();
      if (slow.length === 0) {
        slow = null;
        slowError = 'no worksheets';
      }
    } catch (e) {
      slowError = String((e as Error).message);
    }
    const slowMs = Date.now() - t;
    let outcome: Outcome;
    let detail = '';
    if (fast && slow) {
      const d = firstDifference(fast.map((s) => s.grid), slow);
      outcome = d ? 'differ' : 'equal';
      detail = d;
    } else if (fast) {
      outcome = 'fast only';
      detail = slowError;
    } else if (slow) {
      outcome = 'exceljs only';
      detail = fastError;
    } else {
      outcome = 'both refuse';
      detail = `${fastError} / ${slowError}`;
    }
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    // One file, one answer: the sheets `check` and `check --annotate` check.
    const quick = await readForCheck(bytes, { needWorkbook: false });
    const full = await readForCheck(bytes, { needWorkbook: true });
    const same = JSON.stringify(quick.ok ? quick.sheets : quick.problem) === JSON.stringify(full.ok ? full.sheets : full.problem);
    if (!same) answersDiffer++;
    if (full.ok && full.copyNotes.length) copyNotes++;
    if (outcome !== 'equal' || !same || slowMs > 5000) {
      console.log(`${outcome.padEnd(12)} ${same ? '' : '[ANSWERS DIFFER] '}${slowMs > 5000 ? `[exceljs ${slowMs} ms] ` : ''}${file}  ${detail.slice(0, 300)}`);
    }
  }
  console.log(`\n${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(13)} ${v}`);
  console.log(`  check vs check --annotate answers differ: ${answersDiffer}`);
  console.log(`  files whose flagged copy comes with a note: ${copyNotes}`);
}

void main();
