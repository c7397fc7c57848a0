/**
 * The orchestrator: grid → parsed sheet → criteria set → alignment → scores → findings.
 * It never throws on odd input: whatever fails becomes an `internal.error` finding and the
 * stages that could run still report, so one broken sheet never stops a batch.
 */
import type { Alignment, CheckResult } from './check-result';
import type { CriteriaSet } from './criteria/schema';
import type { Grid } from './grid';
import type { ParsedSheet } from './layout/parsed-sheet';
import type { HeaderLayout } from './layout/find-header';
import { compareFindings, type Finding } from './findings/finding';
import { finding } from './findings/context';
import { findColumnIssues } from './findings/layout-checks';
import { findIssues, internalError } from './findings/find-issues';
import { chooseSet } from './set-match';
import { readSheet } from './layout/read-sheet';
import { pickScoresheet, surveyScoresheets, type SkippedSheet } from './layout/find-scoresheet';
import { sheetsNotReadFinding } from './findings/sheets-not-read';
import { alignRows } from './align';
import { scoreSheet, type SheetScores } from './scoring/compute';
import { fold } from './text/normalize';
import type { Surface } from './text/advice';
import { planSurvey, withoutFilledSurvey } from './results/survey-points';
import type { SurveyValueNotUsed, UnitSurveyPoints } from './results/survey-use';
import type { ExemptionGrant } from './exemptions/table';

export interface CheckOptions {
  /** The criteria sets to choose from (bundled plus imported). */
  sets: CriteriaSet[];
  /** A set forced by the user; wins over the declared and the best-fitting one. */
  criteria?: CriteriaSet;
  /** Where `criteria` came from, recorded in setChoice.how (default 'forced'; 'settings' = kept with the workbook). */
  criteriaSource?: 'forced' | 'settings';
  /** Who reads the messages (advice names the controls there; default: the command line). */
  surface?: Surface;
  /**
   * Survey points from a survey table for the sheet's unit (null when the table has no row for
   * it): used for survey items the sheet leaves blank, so totals and indices include them.
   */
  surveyFor?: (unit: string | null) => (UnitSurveyPoints & { bad?: SurveyValueNotUsed[] }) | null;
  /**
   * What an exemptions table grants the sheet's unit (exemptions/table.ts exemptionGrant). Without
   * it no table was given: every N/A claim is listed for confirmation.
   */
  exemptionsFor?: (unit: string | null) => ExemptionGrant;
}

export interface WorkbookCheckOptions extends CheckOptions {
  /** Check this sheet instead of picking the scoresheet. */
  sheetName?: string;
  /** Sheets the adapter left out because they are hidden: named in the "sheets not checked" note. */
  hiddenSheets?: string[];
}

/** `header`: the grid's header when the caller found it already (the scoresheet survey); else searched. */
export function checkGrid(grid: Grid, options: CheckOptions, header?: HeaderLayout | null): CheckResult {
  const result = emptyResult(grid?.sheetName ?? '', []);
  const findings: Finding[] = [];
  const stage = <T>(name: string, run: () => T): T | null => {
    try {
      return run();
    } catch (e) {
      findings.push(internalError(e, name));
      return null;
    }
  };

  const parsed: ParsedSheet | null = stage('readSheet', () => readSheet(grid, header));
  if (!parsed) {
    if (!findings.length) findings.push(noHeader(result.sheetName));
    return done(result, findings);
  }
  result.parsed = parsed;
  result.unit = parsed.titleBlock.unit;
  findings.push(...(stage('columns', () => findColumnIssues(parsed)) ?? []));
  // What the reader guessed or skipped is said, never silently ignored.
  for (const note of parsed.notes) findings.push(finding(note.code, note.cell, null, note.message));

  const match = stage('chooseSet', () => chooseSet(parsed, options.sets ?? [], options.criteria, options.criteriaSource, options.surface));
  if (!match) return done(result, findings);
  findings.push(...match.findings);
  result.setChoice = match.choice;
  const set = match.set;
  if (!set) return done(result, findings);
  result.set = set;

  // chooseSet matched the rows to the set while measuring its fit: the same alignment, not redone.
  const alignment: Alignment | null = stage('alignRows', () => match.alignment ?? alignRows(parsed, set));
  if (!alignment) return done(result, findings);
  result.alignment = alignment;
  // Survey-table points (when given) are placed first, so the scores are computed once, with
  // them, before the checks; the checks read those scores (findings/context.ts).
  const points = options.surveyFor ? stage('survey', () => options.surveyFor!(result.unit)) : null;
  const plan = points ? stage('survey', () => planSurvey(set, alignment, points)) : null;
  const sheet: SheetScores | null = stage('computeScores', () => scoreSheet(parsed, set, alignment, plan?.byItem));
  result.scores = sheet?.scores ?? null;
  const exemptions = options.exemptionsFor ? (stage('exemptions', () => options.exemptionsFor!(result.unit)) ?? undefined) : undefined;
  findings.push(...(stage('findIssues', () => findIssues(parsed, set, alignment, { exemptions, scores: sheet })) ?? []));
  if (plan && sheet) {
    result.survey = plan.use;
    const kept = withoutFilledSurvey(findings, plan.use);
    findings.length = 0;
    findings.push(...kept);
  }
  return done(result, findings);
}

/**
 * Check ONE sheet of a workbook: the named one, else the most scoresheet-like one. The other
 * sheets are listed in one info finding (layout.sheetsNotRead) with why each was not checked,
 * so a second unit's scoresheet is never passed over in silence. For workbooks that carry one
 * scoresheet per unit, use checkAllScoresheets.
 */
export function checkWorkbookGrids(grids: Grid[], options: WorkbookCheckOptions): CheckResult {
  let grid: Grid | null = null;
  let skipped: SkippedSheet[] = [];
  try {
    if (options.sheetName !== undefined) {
      grid = findSheet(grids, options.sheetName);
      if (!grid) return emptyResult(options.sheetName, [sheetNotFound(options.sheetName, grids)]);
    } else {
      grid = pickScoresheet(grids);
      if (!grid) return emptyResult('', [noScoresheet(grids, options.hiddenSheets)]);
      if (grids.length > 1 || options.hiddenSheets?.length) {
        const survey = surveyScoresheets(grids, options.hiddenSheets);
        const why = new Map(survey.skipped.map((s) => [s.sheetName, s.why]));
        skipped = grids
          .filter((g) => g !== grid)
          .map((g): SkippedSheet => ({ sheetName: g.sheetName, why: why.get(g.sheetName) ?? 'otherScoresheet' }));
        skipped.push(...survey.skipped.filter((s) => s.why === 'hidden'));
      }
    }
  } catch (e) {
    return emptyResult(options.sheetName ?? '', [internalError(e, 'pickScoresheet')]);
  }
  return withSheetsNotRead(checkGrid(grid, options), skipped);
}

/**
 * Check EVERY scoresheet of a workbook: one CheckResult per scoresheet, in workbook order. A block
 * workbook holds an instructions sheet, hidden lists and one scoresheet per unit; each unit is
 * checked and ranked on its own. The unit of a result is the one its title block names, else
 * (when there are several scoresheets) its sheet name. Sheets not checked (instructions, hidden,
 * summaries, blank forms, not scoresheets) are listed, with why, in one layout.sheetsNotRead
 * finding on the first result. With `sheetName` only that sheet is checked, as checkWorkbookGrids.
 * Never empty: with no scoresheet the one result carries layout.noScoresheet.
 * Used by the CLI (one report entry per sheet) and the checker page/pane (one entry per sheet).
 */
export function checkAllScoresheets(grids: Grid[], options: WorkbookCheckOptions): CheckResult[] {
  if (options.sheetName !== undefined) return [checkWorkbookGrids(grids, options)];
  let sheets: Grid[];
  let skipped: SkippedSheet[];
  const headers = new Map<Grid, HeaderLayout | null>();
  try {
    ({ scoresheets: sheets, skipped } = surveyScoresheets(grids, options.hiddenSheets, headers));
  } catch (e) {
    return [emptyResult('', [internalError(e, 'surveyScoresheets')])];
  }
  if (sheets.length === 0) return [emptyResult('', [noScoresheet(grids, options.hiddenSheets)])];
  // The survey found each sheet's header: reading the sheet does not search for it again.
  const results = sheets.map((g) => checkGrid(g, options, headers.get(g)));
  if (results.length > 1) {
    for (const r of results) r.unit ??= r.sheetName;
    sameUnitTwice(results);
  }
  withSheetsNotRead(results[0], skipped, results.map((r) => r.sheetName));
  return results;
}

/**
 * Two scoresheets naming the same unit (an old copy left next to the new one) would rank the unit
 * twice: the later sheet says so, so that the extra copy can be removed or hidden.
 */
function sameUnitTwice(results: CheckResult[]): void {
  const first = new Map<string, string>();
  for (const r of results) {
    const key = fold(r.unit ?? '');
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r.sheetName);
      continue;
    }
    const note = finding(
      'layout.readingNote',
      null,
      null,
      {
        vi: `Sheet "${r.sheetName}" ghi cùng đơn vị "${r.unit}" với sheet "${earlier}", nên đơn vị này có hai kết quả trong bảng xếp hạng. Nếu một sheet là bản cũ, đề nghị đơn vị xóa hoặc ẩn sheet đó (mỗi đơn vị một biểu chấm điểm).`,
        en: `Sheet "${r.sheetName}" names the same unit "${r.unit}" as sheet "${earlier}", so the unit appears twice in the ranking. If one sheet is an old copy, delete or hide it (one scoresheet per unit).`,
      },
      'warning',
    );
    r.findings = [...r.findings, note].sort(compareFindings);
  }
}

function withSheetsNotRead(result: CheckResult, skipped: SkippedSheet[], checked = [result.sheetName]): CheckResult {
  const note = sheetsNotReadFinding(checked, skipped);
  if (note) result.findings = [...result.findings, note].sort(compareFindings);
  return result;
}

/** Exact name first, then the same name folded ("tu danh gia" finds "Tự đánh giá"). */
function findSheet(grids: Grid[], name: string): Grid | null {
  return grids.find((g) => g.sheetName === name) ?? grids.find((g) => fold(g.sheetName) === fold(name)) ?? null;
}

function done(result: CheckResult, findings: Finding[]): CheckResult {
  result.findings = [...findings].sort(compareFindings);
  return result;
}

function emptyResult(sheetName: string, findings: Finding[]): CheckResult {
  return {
    sheetName,
    unit: null,
    set: null,
    setChoice: null,
    parsed: null,
    alignment: null,
    scores: null,
    findings,
  };
}

function noHeader(sheet: string): Finding {
  return finding('layout.noHeader', null, null, {
    vi: `Sheet "${sheet}" không có dòng tiêu đề cột của biểu chấm điểm (các cột như "STT", "Điểm tối đa", "Điểm tự đánh giá" trong 30 dòng đầu). Đề nghị kiểm tra đúng sheet biểu chấm điểm, hoặc sửa tiêu đề cột theo mẫu.`,
    en: `Sheet "${sheet}" has no scoresheet column header (columns such as "STT", "Điểm tối đa", "Điểm tự đánh giá" within the first 30 rows). Check that this is the scoresheet, or fix the column headers to the template.`,
  });
}

function sheetNotFound(name: string, grids: Grid[]): Finding {
  const list = grids.map((g) => `"${g.sheetName}"`).join(', ') || '—';
  return finding('layout.sheetNotFound', null, null, {
    vi: `Không có sheet "${name}" trong tệp. Các sheet hiện có: ${list}. Đề nghị ghi đúng tên sheet (hoặc bỏ tùy chọn tên sheet để chương trình tự tìm biểu chấm điểm).`,
    en: `There is no sheet "${name}" in the workbook. Its sheets: ${list}. Give the exact sheet name (or leave it out to let the checker find the scoresheet).`,
  });
}

function noScoresheet(grids: Grid[], hidden: string[] = []): Finding {
  const list = grids.map((g) => `"${g.sheetName}"`).join(', ') || '—';
  const hiddenList = hidden.map((n) => `"${n}"`).join(', ');
  return finding('layout.noScoresheet', null, null, {
    vi: `Không tìm thấy sheet nào có dạng biểu chấm điểm Chỉ số CCHC (các sheet: ${list}${hiddenList ? `; sheet ẩn, không được đọc: ${hiddenList}` : ''}). Đề nghị kiểm tra đúng tệp, hoặc chỉ rõ tên sheet cần kiểm tra${hiddenList ? ' (kể cả sheet ẩn)' : ''}.`,
    en: `No sheet looks like a PAR Index scoresheet (sheets: ${list}${hiddenList ? `; hidden, not read: ${hiddenList}` : ''}). Check that this is the right file, or name the sheet to check${hiddenList ? ' (a hidden one too)' : ''}.`,
  });
}
