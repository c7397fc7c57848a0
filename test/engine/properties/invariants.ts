/**
 * What must hold for ANY check result, whatever the sheet: findings point inside the sheet,
 * use catalogued codes and say something in both languages; the checker did not fail inside
 * (an `internal.error` finding is a swallowed crash); scores obey the index arithmetic.
 */
import type { CheckResult } from '../../../src/engine/check-result';
import { codeInfo } from '../../../src/engine/findings/codes';
import { compareFindings } from '../../../src/engine/findings/finding';
import { flattenItems } from '../../../src/engine/criteria/tree';
import { parseA1, type Grid } from '../../../src/engine/grid';
import type { ScoreResult } from '../../../src/engine/scoring/scores';

const EPS = 1e-9;

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

export function assertFindings(result: CheckResult, grid: Grid | null): void {
  for (const f of result.findings) {
    if (f.code === 'internal.error') fail('the checker failed inside', f.message.en);
    if (!codeInfo(f.code)) fail('finding code not in the catalogue', f);
    if (!['error', 'warning', 'info'].includes(f.severity)) fail('unknown severity', f);
    if (typeof f.message?.vi !== 'string' || f.message.vi.trim() === '') fail('empty Vietnamese message', f);
    if (typeof f.message?.en !== 'string' || f.message.en.trim() === '') fail('empty English message', f);
    // Sheet text is quoted in messages, so "NaN" may be legitimate; these two never are.
    if (/\bundefined\b|\[object Object\]/.test(f.message.vi + f.message.en)) fail('message shows a broken value', f);
    if (f.cell === null) continue;
    if (!/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)) fail('cell is not a plain A1 address', f);
    const at = parseA1(f.cell);
    if (!at) fail('cell does not parse as A1', f);
    if (!grid) fail('a cell on a result without a sheet', f);
    if (at.row < 0 || at.row >= grid.rowCount || at.col < 0 || at.col >= grid.colCount) {
      fail(`cell outside the ${grid.rowCount}×${grid.colCount} sheet`, f);
    }
  }
}

/** Every number anywhere in the scores is finite (no NaN, no Infinity). */
function assertFiniteDeep(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('non-finite number in the scores', path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFiniteDeep(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertFiniteDeep(v, `${path}.${k}`);
  }
}

function assertAtMost(a: number, b: number, what: string): void {
  if (!(a <= b + EPS)) fail(what, { value: a, limit: b });
}

function assertIndex(i: number | null, what: string): void {
  if (i !== null && !(i >= 0 && i <= 100)) fail(`${what} outside [0, 100]`, i);
}

export function assertScores(s: ScoreResult): void {
  assertFiniteDeep(s, 'scores');
  for (const a of s.areas) {
    assertAtMost(a.self, a.selfMax, `area ${a.code}: self above selfMax`);
    assertAtMost(a.selfMax, a.max, `area ${a.code}: selfMax above max`);
    if (a.appraised !== null) assertAtMost(a.appraised, a.max, `area ${a.code}: appraised above max`);
    assertAtMost(0, a.self, `area ${a.code}: negative self`);
    assertIndex(a.index, `area ${a.code} index`);
    assertIndex(a.selfIndex, `area ${a.code} selfIndex`);
    assertIndex(a.appraisedIndex, `area ${a.code} appraisedIndex`);
  }
  for (const t of [s.self, ...(s.final ? [s.final] : [])]) {
    assertAtMost(t.total, t.max, 'total above its max');
    assertAtMost(0, t.total, 'negative total');
    assertIndex(t.index, 'total index');
  }
  for (const i of s.items) {
    assertAtMost(i.self, i.selfMax, `item ${i.code}: self above selfMax`);
    assertAtMost(i.selfMax, i.max, `item ${i.code}: selfMax above max`);
    if (i.appraised !== null) assertAtMost(i.appraised, i.max, `item ${i.code}: appraised above max`);
  }
}

/** Findings come sorted, once each, and name items that exist (in the set or on the sheet). */
export function assertFindingList(result: CheckResult): void {
  const seen = new Set<string>();
  result.findings.forEach((f, i) => {
    if (i > 0 && compareFindings(result.findings[i - 1], f) > 0) fail('findings out of order', [result.findings[i - 1], f]);
    const key = `${f.code}|${f.cell}|${f.item}|${f.message.en}`;
    if (seen.has(key)) fail('the same finding twice', f);
    seen.add(key);
  });
  const known = new Set<string>([
    ...(result.set ? flattenItems(result.set).map((x) => x.item.code) : []),
    ...(result.parsed?.rows ?? []).flatMap((r) => (r.code ? [r.code] : [])),
  ]);
  for (const f of result.findings) if (f.item !== null && !known.has(f.item)) fail('finding names an unknown item', f);
}

/** Item rows of the scores lie on the sheet; a missing item has none. */
function assertItemRows(s: ScoreResult, grid: Grid | null): void {
  for (const i of s.items) {
    if (i.missing !== (i.row === null)) fail('missing flag and row disagree', i);
    if (i.row !== null && (!grid || i.row < 0 || i.row >= grid.rowCount)) fail('item row outside the sheet', i);
  }
}

/** All of the above for one result; `grids` are the sheets it may come from. */
export function assertResult(result: CheckResult, grids: Grid[]): void {
  const grid = grids.find((g) => g.sheetName === result.sheetName) ?? null;
  assertFindings(result, grid);
  assertFindingList(result);
  if (result.scores) {
    assertScores(result.scores);
    assertItemRows(result.scores, grid);
  }
}
