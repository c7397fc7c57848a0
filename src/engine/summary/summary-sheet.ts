/**
 * The summary sheet (Tổng hợp) written next to a checked scoresheet: unit, set and version,
 * one row per area (max, self, appraised, difference, component index), totals, index and
 * classification, counts of findings by severity, then every finding with a link to its cell.
 * Laid out for A4 portrait. Every text taken from the checked workbook goes in as text.
 */
import type { CheckResult } from '../check-result';
import { compareFindings, type Finding, type Severity } from '../findings/finding';
import type { Lang } from '../text/lang';
import { isBonusOrPenalty, itemKind } from '../criteria/tree';
import type { SheetSpec } from '../sheet-spec';
import type { ScoreResult } from '../scoring/scores';
import { FILLS, number2, SheetWriter, STYLES, textValue, withStyle } from './cells';
import { severityLabel, SUMMARY_SHEET_NAME, summaryLabel } from './labels';

/** Columns: A code, B title, C max, D self max, E self, F appraised, G difference, H index. */
const LAST_COL = 7;
const COLUMN_WIDTHS = [13, 44, 10, 13, 11, 11, 13, 12];
const SEVERITY_FILL: Record<Severity, string> = { error: FILLS.error, warning: FILLS.warning, info: FILLS.info };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function buildSummarySheet(result: CheckResult, lang: Lang, options: { sheetName?: string } = {}): SheetSpec {
  const w = new SheetWriter();
  const L = (key: Parameters<typeof summaryLabel>[0]) => summaryLabel(key, lang);
  let r = 0;

  w.span(r, 0, LAST_COL, textValue(L('title')), STYLES.title);
  r += 2;
  const info = (label: string, value: string | null) => {
    w.put(r, 0, textValue(label), STYLES.label);
    w.span(r, 1, LAST_COL, textValue(value), { wrap: true });
    r++;
  };
  info(L('unit'), result.unit ?? L('unitUnknown'));
  info(L('sheet'), result.sheetName);
  if (result.set) {
    info(L('set'), `${result.set.id} (${result.set.version})`);
    info('', result.set.title);
  } else info(L('set'), L('noSet'));
  r++;

  let areaHeaderRow: number | null = null;
  if (result.scores) {
    areaHeaderRow = r;
    r = writeScores(w, r, result, result.scores, lang);
  } else {
    w.span(r, 0, LAST_COL, textValue(L('noScores')), { italic: true, wrap: true });
    r += 2;
  }

  const findings = [...result.findings].sort(compareFindings);
  r = writeCounts(w, r, findings, lang);
  const findingsHeaderRow = writeFindings(w, r, findings, result.sheetName, lang);

  const repeat = findingsHeaderRow ?? areaHeaderRow;
  return {
    name: options.sheetName ?? SUMMARY_SHEET_NAME,
    cells: w.cells,
    merges: w.merges,
    columnWidths: COLUMN_WIDTHS,
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      ...(repeat !== null ? { repeatRows: { first: repeat, last: repeat } } : {}),
    },
  };
}

/** Area table and totals; returns the next free row. */
function writeScores(w: SheetWriter, start: number, result: CheckResult, s: ScoreResult, lang: Lang): number {
  const L = (key: Parameters<typeof summaryLabel>[0]) => summaryLabel(key, lang);
  let r = start;
  const headers = ['code', 'area', 'max', 'selfMax', 'self', 'appraised', 'difference', 'componentIndex'] as const;
  headers.forEach((h, c) => w.put(r, c, textValue(L(h)), STYLES.header));
  r++;
  const diff = (a: number | null, b: number) => (a === null ? null : a - b);
  for (const a of s.areas) {
    w.put(r, 0, textValue(a.code), STYLES.code);
    w.put(r, 1, textValue(a.title), STYLES.text);
    [a.max, a.selfMax, a.self, a.appraised, diff(a.appraised, a.self), a.index].forEach((n, i) =>
      w.put(r, 2 + i, number2(n), STYLES.number),
    );
    r++;
  }

  const bold = withStyle(STYLES.number, { bold: true });
  const labelRow = (label: string) => w.span(r, 0, 1, textValue(label), withStyle(STYLES.text, { bold: true }));
  const hasBonusOrPenalty = (result.set?.items ?? []).some((it) => isBonusOrPenalty(itemKind(it)));
  if (hasBonusOrPenalty || s.bonus.self > 0 || s.penalty.self > 0) {
    for (const key of ['bonus', 'penalty'] as const) {
      labelRow(L(key));
      [null, null, s[key].self, s[key].appraised, diff(s[key].appraised, s[key].self), null].forEach((n, i) =>
        w.put(r, 2 + i, number2(n), STYLES.number),
      );
      r++;
    }
  }
  const final = s.final;
  labelRow(L('total'));
  [final?.max ?? null, s.self.max, s.self.total, final?.total ?? null, diff(final?.total ?? null, s.self.total), null].forEach(
    (n, i) => w.put(r, 2 + i, number2(n), bold),
  );
  r++;
  labelRow(L('index'));
  w.put(r, 2, null, STYLES.number);
  w.put(r, 3, null, STYLES.number);
  w.put(r, 4, number2(s.self.index), bold);
  if (final) w.put(r, 5, number2(final.index), bold);
  else w.put(r, 5, textValue(L('notAppraised')), withStyle(STYLES.text, { italic: true }));
  w.put(r, 6, number2(final ? final.index - s.self.index : null), STYLES.number);
  w.put(r, 7, null, STYLES.number);
  r++;

  labelRow(L('classification'));
  const cls =
    s.classifiedOn === null
      ? L('noBands')
      : `${s.classification ?? L('noBandMatched')} ${L(s.classifiedOn === 'final' ? 'onFinal' : 'onSelf')}`;
  w.span(r, 2, 7, textValue(cls), withStyle(STYLES.text, { bold: true }));
  return r + 2;
}

function writeCounts(w: SheetWriter, start: number, findings: Finding[], lang: Lang): number {
  let r = start;
  w.span(r, 0, 1, textValue(summaryLabel('counts', lang)), STYLES.header);
  w.put(r, 2, textValue(summaryLabel('count', lang)), STYLES.header);
  r++;
  for (const sev of SEVERITIES) {
    w.span(r, 0, 1, textValue(severityLabel(sev, lang)), withStyle(STYLES.text, { fill: SEVERITY_FILL[sev] }));
    w.put(r, 2, { number: findings.filter((f) => f.severity === sev).length }, STYLES.count);
    r++;
  }
  return r + 1;
}

/** The findings list; returns its header row (repeated on printed pages), or null when there is none. */
function writeFindings(w: SheetWriter, start: number, findings: Finding[], sheetName: string, lang: Lang): number | null {
  let r = start;
  w.span(r, 0, LAST_COL, textValue(summaryLabel('findings', lang)), STYLES.label);
  r++;
  if (findings.length === 0) {
    w.span(r, 0, LAST_COL, textValue(summaryLabel('noFindings', lang)), { italic: true });
    return null;
  }
  const header = r;
  // A no. | B message | C severity | D cell | E item | F:H check code
  (['no', 'message', 'severity', 'cell', 'item'] as const).forEach((h, c) => w.put(r, c, textValue(summaryLabel(h, lang)), STYLES.header));
  w.span(r, 5, LAST_COL, textValue(summaryLabel('findingCode', lang)), STYLES.header);
  r++;
  findings.forEach((f, i) => {
    w.put(r, 0, { number: i + 1 }, STYLES.count);
    w.put(r, 1, textValue(f.message[lang]), STYLES.text);
    // The word, not only the colour, says the severity.
    w.put(r, 2, textValue(severityLabel(f.severity, lang)), withStyle(STYLES.text, { fill: SEVERITY_FILL[f.severity] }));
    w.put(
      r,
      3,
      f.cell ? { link: { text: f.cell, sheet: sheetName, cell: f.cell } } : textValue(summaryLabel('wholeSheet', lang)),
      withStyle(STYLES.text, f.cell ? { fontColor: '0563C1' } : { italic: true }),
    );
    w.put(r, 4, textValue(f.item), STYLES.code);
    w.span(r, 5, LAST_COL, textValue(f.code), STYLES.text);
    r++;
  });
  return header;
}
