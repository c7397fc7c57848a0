/**
 * Flat memory for big batches (src/cli/check/compact-result.ts): past the first files, each
 * result's rows go to a spill file as its file is done and what the outputs derive from them is
 * remembered. Nothing an output says may change: the same runs are made once with every result
 * kept whole (PAR_CHECK_WHOLE_RESULTS=1000) and once with every result compacted
 * (PAR_CHECK_WHOLE_RESULTS=0), and the JSON report, the text report, the exit status, the results
 * workbook (every part but the creation time) and the requests workbooks must be identical.
 *
 * The folder holds every status (self only, appraising, awaiting survey, complete, no set,
 * unreadable), an identical copy and two files of one unit (duplicates), the three samples (findings
 * and explanation requests), a survey table applied to two units (results replaced after the
 * checks) and a returned requests workbook paired with its scoresheet (answers read from the rows).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { compactResult, pairingView, ResultSpill } from '../../src/cli/check/compact-result';
import { rememberDerived } from '../../src/cli/check/check-files';
import type { FileCheck } from '../../src/cli/check/file-check';
import { buildReport, reportFacts, writeReportJson } from '../../src/cli/check/json-report';
import { reportRounds } from '../../src/cli/check/rounds-report';
import { explanationRequests } from '../../src/engine/appraisal/explanation-requests';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { pointsBreakdown } from '../../src/engine/results/breakdown';
import { sheetStatus } from '../../src/engine/results/status';
import { loadWorkbook, readWorkbookGrids } from '../../src/file/read-grid';
import { setById } from './batch-fixtures';
import { removeTempDirs, SAMPLES, tempDir } from './run-cli';
import { seasonWorkbook, tableWorkbook } from '../helpers/season-workbooks';

afterAll(removeTempDirs);

const so = setById('mau-so-nganh-2024');
const xa = setById('mau-xa-2024');

async function cli(args: string[], cwd: string, whole: number): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const before = process.env.PAR_CHECK_WHOLE_RESULTS;
  process.env.PAR_CHECK_WHOLE_RESULTS = String(whole);
  try {
    const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
    return { code, stdout, stderr };
  } finally {
    if (before === undefined) delete process.env.PAR_CHECK_WHOLE_RESULTS;
    else process.env.PAR_CHECK_WHOLE_RESULTS = before;
  }
}

/** Every part of an .xlsx as text, but the creation time in docProps/core.xml. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const text = await entry.async('string');
    out[name] = name === 'docProps/core.xml' ? text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, 'TIME') : text;
  }
  return out;
}

/** The inputs, made once and copied into each run's own folder (the outputs' names stay the same). */
let template: string;

beforeAll(async () => {
  template = tempDir('batch-memory');
  const inDir = path.join(template, 'ho-so');
  fs.mkdirSync(inDir);
  const put = async (name: string, data: Promise<Buffer> | Buffer) => fs.writeFileSync(path.join(inDir, name), await data);
  await put('so-tu-phap.xlsx', seasonWorkbook(so, { unit: 'Sở Tư pháp', surveyFraction: 0.8 }));
  fs.copyFileSync(path.join(inDir, 'so-tu-phap.xlsx'), path.join(inDir, 'so-tu-phap-ban-sao.xlsx'));
  await put('so-gtvt.xlsx', seasonWorkbook(so, { unit: 'Sở Giao thông vận tải', surveyFraction: 0.5 }));
  await put('so-xay-dung.xlsx', seasonWorkbook(so, { unit: 'Sở Xây dựng', blank: 5, surveyFraction: 0.5 }));
  await put('so-cong-thuong.xlsx', seasonWorkbook(so, { unit: 'Sở Công Thương', appraised: false }));
  await put('so-noi-vu.xlsx', seasonWorkbook(so, { unit: 'Sở Nội vụ' }));
  await put('xa-an-hoa.xlsx', seasonWorkbook(xa, { unit: 'UBND xã An Hòa', bonus: 1, penalty: 0.5 }));
  await put('xa-cat-hai-a.xlsx', seasonWorkbook(xa, { unit: 'Xã Cát Hải', surveyFraction: 0.5 }));
  await put('xa-cat-hai-b.xlsx', seasonWorkbook(xa, { unit: 'Xã Cát Hải', zero: ['1.3', '2.2'], surveyFraction: 0.5 }));
  await put('bieu-khac.xlsx', tableWorkbook([
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM NĂM 2024'], ['Đơn vị: Phòng Văn hóa'], [],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
    ['1', 'Nội dung riêng', 60, null], ['1.1', 'Việc A', 60, 50], ['2', 'Nội dung khác', 40, null], ['2.1', 'Việc B', 40, 30],
  ]));
  await put('hong.xlsx', Buffer.from('đây không phải tệp Excel'));
  for (const sample of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'))) fs.copyFileSync(path.join(SAMPLES, sample), path.join(inDir, sample));
  fs.writeFileSync(
    path.join(template, 'diem-xhh.xlsx'),
    await tableWorkbook([
      ['BẢNG ĐIỂM ĐIỀU TRA XÃ HỘI HỌC NĂM 2024'], [],
      ['STT', 'Đơn vị', 'Tên tệp', '1.4', '2.4', '3.5.1', 'LV8'],
      [1, 'Sở Giao thông vận tải', null, 1, 2, 1.5, 12],
      [2, 'Xã An Hòa', null, null, null, null, 16],
    ]),
  );
  // A requests workbook of the Sở Y tế sample, sent back unanswered: paired with its scoresheet.
  const first = await cli(['check', path.join('ho-so', 'so-y-te-2024.xlsx'), '--requests', 'de-nghi-1'], template, 1000);
  expect(first.code).toBe(1);
  const [requests] = fs.readdirSync(path.join(template, 'de-nghi-1'));
  fs.copyFileSync(path.join(template, 'de-nghi-1', requests), path.join(inDir, requests));
}, 120_000);

/** The results workbook (kq.xlsx) and every requests workbook (de-nghi/) of two runs, part for part. */
async function expectSameWorkbooks(compactCwd: string, wholeCwd: string): Promise<void> {
  expect(await parts(path.join(compactCwd, 'kq.xlsx'))).toEqual(await parts(path.join(wholeCwd, 'kq.xlsx')));
  const written = fs.readdirSync(path.join(wholeCwd, 'de-nghi')).sort();
  expect(written.length).toBeGreaterThan(0);
  expect(fs.readdirSync(path.join(compactCwd, 'de-nghi')).sort()).toEqual(written);
  for (const f of written) {
    expect(await parts(path.join(compactCwd, 'de-nghi', f))).toEqual(await parts(path.join(wholeCwd, 'de-nghi', f)));
  }
}

/** One run in a fresh copy of the inputs. */
async function runIn(name: string, args: string[], whole: number) {
  const cwd = tempDir(name);
  fs.cpSync(template, cwd, { recursive: true });
  return { cwd, ...(await cli(args, cwd, whole)) };
}

describe('a batch compacting every result says exactly what one keeping them whole says', () => {
  const common = ['check', 'ho-so', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--survey', 'diem-xhh.xlsx', '--summary', 'kq.xlsx', '--requests', 'de-nghi'];

  test('JSON report, results workbook, requests workbooks', async () => {
    const whole = await runIn('whole-json', [...common, '--json'], 1000);
    const compact = await runIn('compact-json', [...common, '--json'], 0);
    expect(compact.stdout).toBe(whole.stdout);
    expect(compact.stderr).toBe(whole.stderr);
    expect(compact.code).toBe(whole.code);
    // What the folder was meant to hold is there (else the comparison proves little).
    const report = JSON.parse(whole.stdout) as { files: { fileName: string; status: string; countedOnce: boolean; answersFrom: string | null; survey: unknown; findings: unknown[] }[] };
    const statuses = new Set(report.files.map((f) => f.status));
    for (const s of ['selfOnly', 'appraising', 'awaitingSurvey', 'complete', 'noSet', 'unreadable']) expect(statuses).toContain(s);
    // Not counted: the identical copy, the second Cát Hải, and the samples of units also in the
    // season (self-assessed only, so the season's more advanced files are kept).
    expect(report.files.filter((f) => !f.countedOnce).map((f) => f.fileName).sort()).toEqual(
      ['so-tu-phap-2024.xlsx', 'so-tu-phap-ban-sao.xlsx', 'so-xay-dung-2024.xlsx', 'xa-cat-hai-b.xlsx'],
    );
    expect(report.files.find((f) => f.fileName === 'so-y-te-2024.xlsx')!.answersFrom).toMatch(/Đề nghị giải trình/);
    expect(report.files.filter((f) => f.survey !== null).map((f) => f.fileName).sort()).toEqual(['so-gtvt.xlsx', 'xa-an-hoa.xlsx']);
    expect(report.files.some((f) => f.findings.length > 0)).toBe(true);

    await expectSameWorkbooks(compact.cwd, whole.cwd);
  }, 120_000);

  // `--json` alone keeps neither rows nor item scores (keptParts in check.ts): nothing is spilled
  // but the heads, and the returned requests workbook's scoresheet is checked again to be paired.
  test('JSON report of a --json run alone (no rows kept), with a reply paired', async () => {
    const args = ['check', 'ho-so', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--json'];
    const whole = await runIn('whole-json-only', args, 1000);
    const compact = await runIn('compact-json-only', args, 0);
    expect(compact.stderr).toBe(whole.stderr);
    expect(compact.code).toBe(whole.code);
    expect(compact.stdout).toBe(whole.stdout);
    const report = JSON.parse(whole.stdout) as { files: { fileName: string; answersFrom: string | null; explanationRequests: { status: string | null }[] }[] };
    const yTe = report.files.find((f) => f.fileName === 'so-y-te-2024.xlsx')!;
    expect(yTe.answersFrom).toMatch(/Đề nghị giải trình/);
    // Sent back unanswered: every request of round one reads "unanswered" (5 requests, see below).
    expect(yTe.explanationRequests.map((q) => q.status)).toEqual(Array(5).fill('unanswered'));
  }, 120_000);

  test('a --json run stops (exit 2, the reason said) when a paired scoresheet changed during the run', async () => {
    const cwd = tempDir('changed-json-only');
    fs.cpSync(template, cwd, { recursive: true });
    const sheet = path.join(cwd, 'ho-so', 'so-y-te-2024.xlsx');
    let stdout = '';
    let stderr = '';
    const before = process.env.PAR_CHECK_WHOLE_RESULTS;
    process.env.PAR_CHECK_WHOLE_RESULTS = '0';
    try {
      const { runChecks, prepareCheck } = await import('../../src/cli/commands/check');
      const { wholeForReplies } = await import('../../src/cli/check/check-files');
      const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), stderrIsTTY: false, cwd };
      const run = await prepareCheck(['ho-so', '--json'], io);
      if (typeof run === 'number') throw new Error('wrong command line');
      const checks = await runChecks(run, io);
      if (typeof checks === 'number') throw new Error('no checks');
      // Another sheet's bytes under the same name (the requests were made from this one).
      fs.copyFileSync(path.join(cwd, 'ho-so', 'so-gtvt.xlsx'), sheet);
      const problem = await wholeForReplies(checks, { sets: run.sets, lang: 'vi' });
      expect(problem?.vi).toContain('so-y-te-2024.xlsx');
      expect(problem?.en).toMatch(/changed while the run was checking it/);
    } finally {
      if (before === undefined) delete process.env.PAR_CHECK_WHOLE_RESULTS;
      else process.env.PAR_CHECK_WHOLE_RESULTS = before;
    }
    expect(stdout).toBe('');
  }, 120_000);

  test('text report', async () => {
    const whole = await runIn('whole-text', common, 1000);
    const compact = await runIn('compact-text', common, 0);
    expect(compact.stdout).toBe(whole.stdout);
    expect(compact.code).toBe(whole.code);
    expect(whole.stdout).toContain('Sở Giao thông vận tải');
  }, 120_000);

  // Without --survey a run keeps no bulk record at all (keptParts in check.ts): every output reads
  // the heads and the values derived when each result was compacted.
  const noSurvey = ['check', 'ho-so', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--summary', 'kq.xlsx', '--requests', 'de-nghi'];

  test('without --survey (no rows kept): JSON report, results workbook, requests workbooks', async () => {
    const whole = await runIn('whole-json-nosurvey', [...noSurvey, '--json'], 1000);
    const compact = await runIn('compact-json-nosurvey', [...noSurvey, '--json'], 0);
    expect(compact.stderr).toBe(whole.stderr);
    expect(compact.code).toBe(whole.code);
    expect(compact.stdout).toBe(whole.stdout);
    const report = JSON.parse(whole.stdout) as { files: { fileName: string; answersFrom: string | null; explanationRequests: unknown[] }[] };
    expect(report.files.find((f) => f.fileName === 'so-y-te-2024.xlsx')!.answersFrom).toMatch(/Đề nghị giải trình/);
    await expectSameWorkbooks(compact.cwd, whole.cwd);
  }, 120_000);

  test('without --survey (no rows kept): text report', async () => {
    const whole = await runIn('whole-text-nosurvey', noSurvey, 1000);
    const compact = await runIn('compact-text-nosurvey', noSurvey, 0);
    expect(compact.stderr).toBe(whole.stderr);
    expect(compact.code).toBe(whole.code);
    expect(compact.stdout).toBe(whole.stdout);
    expect(whole.stdout).toContain('Sở Giao thông vận tải');
  }, 120_000);
});

describe('one season per run', () => {
  // 10,000 files make 10,000 season entries, sorted: the results workbook and the report share one.
  test.each([[['--json']], [[]]])('check %j --summary makes the season once', async (extra) => {
    const season = await import('../../src/engine/results/season');
    const made = jest.spyOn(season, 'seasonResults');
    try {
      const run = await runIn('one-season', ['check', 'ho-so', '--criteria', 'mau-so-nganh-2024', '--criteria', 'mau-xa-2024', '--summary', 'kq.xlsx', ...extra], 0);
      expect(run.stdout).toContain('kq.xlsx');
      // Every file but the returned requests workbook (an answer, not a unit): 17 inputs − 1.
      const files = fs.readdirSync(path.join(run.cwd, 'ho-so')).length;
      const calls = made.mock.calls.filter(([inputs]) => inputs.length === files - 1);
      // The text report's ranking lines (ranking-text.ts) are given the run's season too.
      expect(calls).toHaveLength(1);
    } finally {
      made.mockRestore();
    }
  }, 120_000);
});

describe('compactResult', () => {
  it('gives back every part of the result from its spill record, and the same derived values', async () => {
    const sets = bundledSets();
    const full = checkWorkbookGrids(readWorkbookGrids(await loadWorkbook(fs.readFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx')))), { sets });
    const spill = new ResultSpill();
    let seen: unknown = null;
    const compact = compactResult(full, spill, (c) => (seen = c));
    expect(seen).toBe(compact);
    // A second result read after it: the first one's record is then read back from the file.
    compactResult({ ...full, sheetName: 'khác' }, spill);
    // The records are in an open file no listing shows (Windows: removed at exit).
    if (process.platform !== 'win32') expect(fs.existsSync(path.dirname(spill.location))).toBe(false);
    expect(compact).toEqual(full);
    expect(Object.keys(compact)).toEqual(Object.keys(full));
    expect(Object.keys(compact.parsed!)).toEqual(Object.keys(full.parsed!));
    // Rows reached through the alignment are the parsed sheet's rows (one record, shared objects).
    const rows = new Set(compact.parsed!.rows);
    for (const row of compact.alignment!.rowFor.values()) expect(rows.has(row)).toBe(true);
    expect(sheetStatus({ result: compact })).toEqual(sheetStatus({ result: full }));
    expect(pointsBreakdown(compact.scores!)).toEqual(pointsBreakdown(full.scores!));
    expect(explanationRequests(compact)).toEqual(explanationRequests(full));
    expect(explanationRequests(full)).toHaveLength(5);
    expect(reportRounds(compact)).toEqual(reportRounds(full));
    // Those derived values come from the head record: the bulk (rows, item scores) is not read for them.
    const read = jest.spyOn(spill, 'read');
    const later = compactResult({ ...full, sheetName: 'sau' }, spill);
    compactResult({ ...full, sheetName: 'sau nữa' }, spill);
    read.mockClear();
    expect(pointsBreakdown(later.scores!)).toEqual(pointsBreakdown(full.scores!));
    expect(explanationRequests(later)).toEqual(explanationRequests(full));
    expect(reportRounds(later)).toEqual(reportRounds(full));
    expect(read).not.toHaveBeenCalled();
    expect(later.scores!.items).toEqual(full.scores!.items);
    expect(read).toHaveBeenCalled();
    read.mockRestore();
    // What stays on the heap: the name, the unit and the set; every other part is a getter.
    const own = Object.getOwnPropertyDescriptors(later);
    expect(Object.keys(own).filter((k) => 'value' in own[k as keyof typeof own]).sort()).toEqual(['set', 'sheetName', 'unit']);
    // Assigning a part replaces what the record held.
    compact.parsed!.rows = [];
    expect(compact.parsed!.rows).toEqual([]);
    compact.findings = [];
    expect(compact.findings).toEqual([]);
    // Nine more results: the first one's head is no longer among those kept (8) and is read back
    // from the file; its own property assigned above stays, a part read back is the record's again.
    const others = Array.from({ length: 9 }, (_, i) => compactResult({ ...full, sheetName: `khác ${i}` }, spill));
    expect(others.map((o) => o.findings)).toEqual(others.map(() => full.findings));
    expect(compact.findings).toEqual([]);
    expect(compact.parsed!.rows).toEqual(full.parsed!.rows);
    expect({ ...compact, findings: full.findings }).toEqual(full);
    const file = spill.location;
    spill.dispose();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });

  it('keeps only the parts the run keeps: a part not kept throws when read, every other part reads back equal', async () => {
    const sets = bundledSets();
    const full = checkWorkbookGrids(readWorkbookGrids(await loadWorkbook(fs.readFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx')))), { sets });
    const spill = new ResultSpill({ rows: false, items: false });
    const append = jest.spyOn(spill, 'append');
    // As the batch does it: the status remembered (computed from the whole result, which needs the items).
    const compact = compactResult(full, spill, rememberDerived);
    // Nine more: the first one's head is read back from the file.
    for (let i = 0; i < 9; i++) compactResult({ ...full, sheetName: `khác ${i}` }, spill);
    // Ten results, one record each: its head, no bulk record.
    expect(append).toHaveBeenCalledTimes(10);
    expect(() => compact.parsed!.rows).toThrow(/parsed\.rows/);
    expect(() => compact.parsed!.totalRow).toThrow(/parsed\.totalRow/);
    expect(() => compact.alignment!.rowFor).toThrow(/alignment\.rowFor/);
    expect(() => compact.scores!.items).toThrow(/scores\.items/);
    expect(() => JSON.stringify(compact)).toThrow(/not kept/);
    const { items, ...scores } = full.scores!;
    expect(items.length).toBeGreaterThan(0);
    const { items: _gone, ...compactScores } = Object.getOwnPropertyDescriptors(compact.scores!);
    expect(Object.fromEntries(Object.entries(compactScores).map(([k, d]) => [k, d.value]))).toEqual(scores);
    expect(compact.findings).toEqual(full.findings);
    expect(compact.setChoice).toEqual(full.setChoice);
    expect(sheetStatus({ result: compact })).toEqual(sheetStatus({ result: full }));
    expect(pointsBreakdown(compact.scores!)).toEqual(pointsBreakdown(full.scores!));
    expect(explanationRequests(compact)).toEqual(explanationRequests(full));
    expect(reportRounds(compact)).toEqual(reportRounds(full));
    spill.dispose();
  });

  it('a report-only head keeps the entry, the findings and the survey use; every other part throws; the report reads the same', async () => {
    const sets = bundledSets();
    const full = checkWorkbookGrids(readWorkbookGrids(await loadWorkbook(fs.readFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx')))), { sets });
    const spill = new ResultSpill({ rows: false, items: false, reportOnly: true });
    const check: FileCheck = { file: 'ho-so/so-y-te-2024.xlsx', path: '/x/so-y-te-2024.xlsx', result: full, error: null, problem: null, contentHash: 'ab' };
    const compact: FileCheck = { ...check, result: compactResult(full, spill, rememberDerived, reportFacts(check, 'vi')) };
    // A report-only result cannot be compacted without its facts (they replace the head).
    expect(() => compactResult(full, spill)).toThrow(/report facts/);
    for (let i = 0; i < 9; i++) compactResult({ ...full, sheetName: `khác ${i}` }, spill, undefined, reportFacts({ ...check, result: { ...full, sheetName: `khác ${i}` } }, 'vi'));
    const r = compact.result!;
    expect(full.findings.length).toBeGreaterThan(0);
    expect(r.findings).toEqual(full.findings);
    expect(r.survey).toEqual(full.survey);
    expect([r.sheetName, r.unit, r.set]).toEqual([full.sheetName, full.unit, full.set]);
    for (const read of [() => r.scores, () => r.parsed, () => r.alignment, () => r.setChoice, () => explanationRequests(r), () => reportRounds(r)]) {
      expect(read).toThrow(/not kept/);
    }
    expect(sheetStatus({ result: r })).toEqual(sheetStatus({ result: full }));
    // A reply's pairing reads whether it has scores, nothing of them.
    const view = pairingView(r);
    expect(view.scores).not.toBeNull();
    expect(() => view.scores!.final).toThrow(/not kept/);
    expect(view.unit).toBe(full.unit);
    // The report from the kept entry, the same bytes as from the whole result.
    const out = (c: FileCheck) => {
      let text = '';
      writeReportJson([c], 'vi', (t) => (text += t));
      return text;
    };
    expect(out(compact)).toBe(out(check));
    expect(out(compact)).toBe(JSON.stringify(buildReport([check], 'vi'), null, 2) + '\n');
    // A check the run's outputs added to since (here a reply's answers) is made again from its result: it throws, never a stale entry.
    expect(() => out({ ...compact, answersFrom: 'x.xlsx', answers: [] })).toThrow(/not kept/);
    spill.dispose();
  });
});
