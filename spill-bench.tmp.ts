import * as fs from 'fs';
import * as path from 'path';
import { checkOneFile, rememberDerived } from './src/cli/check/check-files';
import { compactResult, ResultSpill } from './src/cli/check/compact-result';
import { bundledSets } from './src/engine/criteria/registry';
import { pointsBreakdown } from './src/engine/results/breakdown';
import { explanationRequests } from './src/engine/appraisal/explanation-requests';
import { reportRounds } from './src/cli/check/rounds-report';
import { sheetStatus } from './src/engine/results/status';
import { writeReportJson } from './src/cli/check/json-report';
(async () => {
  const D = '/tmp/par-check-bench-inputs-1000';
  const files = fs.readdirSync(D).filter((f) => f.endsWith('.xlsx')).slice(0, 300);
  const sets = bundledSets();
  const results: any[] = [];
  for (const f of files) {
    const { checks } = await checkOneFile({ file: f, path: path.join(D, f) } as any, { sets, lang: 'vi' });
    for (const c of checks) if (c.result) results.push(c);
  }
  const ms = (f: () => void) => { const t = process.cpuUsage(); f(); const u = process.cpuUsage(t); return (u.user + u.system) / 1000; };
  const rows: number[][] = [];
  for (let rep = 0; rep < 7; rep++) {
    const derived = ms(() => { for (const c of results) { pointsBreakdown(c.result.scores); explanationRequests(c.result); reportRounds(c.result); sheetStatus({ result: { ...c.result } }); } });
    let compacts: any[] = [];
    const spillNone = new ResultSpill({ rows: false, items: false });
    const none = ms(() => { compacts = results.map((c) => ({ ...c, result: compactResult(c.result, spillNone, rememberDerived) })); });
    let out = 0;
    const report = ms(() => writeReportJson(compacts, 'vi', (t) => (out += t.length)));
    let out2 = 0;
    const reportWhole = ms(() => writeReportJson(results.map((c) => ({ ...c, result: { ...c.result } })), 'vi', (t) => (out2 += t.length)));
    const spillAll = new ResultSpill();
    const all = ms(() => { results.map((c) => ({ ...c, result: compactResult(c.result, spillAll, rememberDerived) })); });
    spillNone.dispose(); spillAll.dispose();
    const k = 1000 / results.length;
    rows.push([derived * k, none * k, all * k, report * k, reportWhole * k]);
    if (out !== out2) throw new Error('differs');
  }
  const med = (i: number) => rows.map((r) => r[i]).sort((a, b) => a - b)[3].toFixed(0);
  console.log(`per 1000 (median of 7): derived ${med(0)}  compact(none kept) ${med(1)}  compact(all kept) ${med(2)}  report from compacted ${med(3)}  report from whole ${med(4)}`);
})();
