/**
 * One sheet per checked unit: who it is, its rank, its totals, its areas table and its
 * findings. Everything read from the unit's workbook is written as text.
 */
import type { CheckResult } from '../check-result';
import { compareFindings } from '../findings/finding';
import type { Lang } from '../text/lang';
import type { CellStyle, SheetSpec, SpecValue } from '../sheet-spec';
import type { MergeRange } from '../grid';
import type { RankedUnit } from './rank';
import { CellWriter, num2, styles, txt } from './cells';
import { formatNumber } from '../text/format';
import { label, setLabel, severityLabel, SHEET_RANKING } from './labels';
import { pointsBreakdown } from '../results/breakdown';
import { duplicateNote, type SeasonEntry } from '../results/season';
import { STATUS_LABEL } from '../results/status';

export interface UnitSheetInput {
  name: string;
  file: string;
  unit: string;
  result: CheckResult;
  /** The unit's place in its group, or null when it could not be ranked. */
  ranked: RankedUnit | null;
  groupSize: number;
  lang: Lang;
  /** The file in the season (status, duplicates). */
  entry: SeasonEntry;
}

const num2text = (n: number, lang: Lang) => formatNumber(n, lang);

// The styles of the unit sheet's cells, made once (the writer knows a style it has seen by its object).
const INFO_LABEL: CellStyle = { ...styles.label, wrap: true, vAlign: 'top' };
const INFO_VALUE: CellStyle = { wrap: true, vAlign: 'top' };
const TOTAL_LABEL: CellStyle = { ...styles.textCell, bold: true };
const NO_FINDINGS: CellStyle = { italic: true };
// One widths' array and print setup for every unit sheet: the writer makes their XML once for them (read only).
const UNIT_COLUMN_WIDTHS = [12, 48, 11, 11, 12, 11, 11, 11, 13];
const UNIT_PRINT: NonNullable<SheetSpec['print']> = { orientation: 'portrait', fitToWidth: true };
const areaStyle = (c: number) => (c < 2 ? styles.textCell : styles.numberCell);

type LabelKey = Parameters<typeof label>[0];
const TOTALS_HEADERS: readonly (LabelKey | null)[] = [null, 'points', 'max', 'index'];
// "Chênh lệch" is the appraiser's change over the scored items only; survey points have their own column.
const AREA_HEADERS: readonly LabelKey[] = ['areaCode', 'area', 'max', 'selfMax', 'self', 'appraised', 'difference', 'survey', 'componentIndex'];
const FINDING_HEADERS: readonly LabelKey[] = ['severity', 'message', 'cell', 'item', 'findingCode'];

/** A header row's cells in `lang`, made once per language (the same for every unit sheet; never changed). */
const headerRows = new Map<readonly (LabelKey | null)[], Partial<Record<Lang, readonly SpecValue[]>>>();
function headerRow(keys: readonly (LabelKey | null)[], lang: Lang): readonly SpecValue[] {
  let byLang = headerRows.get(keys);
  if (!byLang) headerRows.set(keys, (byLang = {}));
  return (byLang[lang] ??= keys.map((k) => (k ? txt(label(k, lang)) : null)));
}

export function buildUnitSheet(input: UnitSheetInput): SheetSpec {
  const { result, lang } = input;
  const w = new CellWriter();
  w.put(0, 0, txt(input.unit), styles.title);
  w.put(1, 0, { link: { text: label('back', lang), sheet: SHEET_RANKING, cell: 'A1' } });

  let row = 3;
  // A value spans the table's width and wraps: a long note (survey points from the table, what is
  // missing) must not run off the page and shrink the printout.
  const merges: MergeRange[] = [];
  const info = (key: Parameters<typeof label>[0], value: string | null): void => {
    w.put(row, 0, txt(label(key, lang)), INFO_LABEL);
    w.put(row, 1, txt(value), INFO_VALUE);
    merges.push({ top: row, left: 1, bottom: row, right: 8 });
    row++;
  };
  info('file', input.file);
  info('sheet', result.sheetName);
  info('set', result.set ? `${setLabel(result.set)} — ${result.set.title}` : null);
  info('status', STATUS_LABEL[input.entry.status.status][lang]);
  if (input.entry.status.status !== 'complete') info('missing', input.entry.status.detail[lang]);
  if (input.ranked) info('rank', `${input.ranked.rank} / ${input.groupSize}`);
  const dup = duplicateNote(input.entry)[lang];
  if (dup) info('duplicate', dup);
  if (result.survey?.used.length) {
    const list = result.survey.used.map((u) => `${u.item}: ${num2text(u.points, lang)}${u.area ? ` (LV ${u.area})` : ''}`).join('; ');
    info('surveyFromTable', `${result.survey.source}, ${lang === 'vi' ? 'dòng' : 'row'} ${result.survey.row} — ${list}`);
  }

  const scores = result.scores;
  if (scores) {
    row++;
    w.row(row++, headerRow(TOTALS_HEADERS, lang), styles.header);
    const totals: [string, { total: number; max: number; index: number } | null][] = [
      [label('self', lang), scores.self],
      [label('finalRow', lang), scores.final],
    ];
    for (const [name, t] of totals) {
      w.put(row, 0, txt(name), TOTAL_LABEL);
      if (t) w.row(row, [num2(t.total), num2(t.max), num2(t.index)], styles.numberCell, 1);
      else w.row(row, [txt(label('notAppraised', lang)), null, null], styles.textCell, 1);
      row++;
    }
    info('classification', scores.classification);

    row++;
    w.row(row++, headerRow(AREA_HEADERS, lang), styles.header);
    const breakdown = new Map(pointsBreakdown(scores).areas.map((a) => [a.code, a]));
    for (const a of scores.areas) {
      const b = breakdown.get(a.code);
      w.row(
        row++,
        [txt(a.code), txt(a.title), num2(a.max), num2(a.selfMax), num2(a.self), num2(b?.appraised), num2(b?.difference), num2(b?.survey), num2(a.index)],
        areaStyle,
      );
    }
  }

  row++;
  w.put(row++, 0, txt(`${label('findings', lang)} (${result.findings.length})`), styles.label);
  // The message goes in column B, the wide title column of the areas table above.
  w.row(row++, headerRow(FINDING_HEADERS, lang), styles.header);
  if (result.findings.length === 0) w.put(row++, 0, txt(label('noFindings', lang)), NO_FINDINGS);
  for (const f of [...result.findings].sort(compareFindings)) {
    w.row(row++, [txt(severityLabel(f.severity, lang)), txt(f.message[lang]), txt(f.cell), txt(f.item), txt(f.code)], styles.textCell);
  }

  return {
    name: input.name,
    cells: w.cells,
    columnWidths: UNIT_COLUMN_WIDTHS,
    merges,
    freezeRows: 1,
    print: UNIT_PRINT,
  };
}
