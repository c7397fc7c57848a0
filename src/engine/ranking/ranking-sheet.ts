/**
 * The "Xếp hạng" sheet: one block per criteria set (a heading row naming the set, then its
 * units by rank), and below them the files that could not be read or ranked, with the reason.
 * One header row for all blocks so it can be frozen and repeated on every printed page; the
 * area columns are the union of the area codes of all sets, each unit filling the codes of
 * its own set.
 */
import type { CheckResult } from '../check-result';
import type { Lang } from '../findings/finding';
import type { SheetSpec, SpecValue } from '../sheet-spec';
import type { MergeRange } from '../grid';
import type { RankedGroup, RankedUnit } from './rank';
import { CellWriter, int, num2, styles, txt } from './cells';
import { areaHeader, basisLabel, label, setLabel, SHEET_RANKING } from './labels';

const HEADER_ROW = 3;

export function buildRankingSheet(groups: RankedGroup[], sheetOf: Map<CheckResult, string>, lang: Lang): SheetSpec {
  const areaCodes = collectAreaCodes(groups);
  const fixedBefore = ['rank', 'unit', 'file', 'set', 'basis', 'selfTotal', 'finalTotal', 'index', 'classification'] as const;
  const fixedAfter = ['errors', 'warnings', 'details'] as const;
  const lastCol = fixedBefore.length + areaCodes.length + fixedAfter.length - 1;
  const w = new CellWriter();
  const merges: MergeRange[] = [];
  const mergeRow = (row: number, left: number, right: number): void => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };

  w.put(0, 0, txt(label('rankingTitle', lang)), styles.title);
  mergeRow(0, 0, lastCol);
  // Two short unwrapped lines: row heights are not in the spec, a wrapped line would be cut.
  w.put(1, 0, txt(label('rankingNote', lang)), { italic: true });
  w.put(2, 0, txt(label('tieNote', lang)), { italic: true });
  w.row(
    HEADER_ROW,
    [
      ...fixedBefore.map((k) => txt(label(k, lang))),
      ...areaCodes.map((c) => txt(areaHeader(c, lang))),
      ...fixedAfter.map((k) => txt(label(k, lang))),
    ],
    styles.header,
  );

  let row = HEADER_ROW + 1;
  for (const group of groups) {
    if (!group.set) continue;
    const heading = `${label('set', lang)}: ${setLabel(group.set)} — ${group.set.title}`;
    w.put(row, 0, txt(group.basis === 'mixed' ? `${heading}. ${label('mixed', lang)}` : heading), styles.group);
    for (let c = 1; c <= lastCol; c++) w.put(row, c, null, styles.group);
    mergeRow(row, 0, lastCol);
    row++;
    for (const unit of group.units) {
      w.row(row, unitRow(unit, areaCodes, sheetOf.get(unit.result) ?? null, lang), cellStyle(fixedBefore.length, areaCodes.length));
      row++;
    }
  }

  const unranked = groups.find((g) => g.set === null)?.unranked ?? [];
  if (unranked.length > 0) {
    row++;
    w.put(row, 0, txt(label('unreadable', lang)), styles.group);
    for (let c = 1; c <= lastCol; c++) w.put(row, c, null, styles.group);
    mergeRow(row, 0, lastCol);
    row++;
    const reasonEnd = Math.max(3, lastCol - 1);
    w.row(row, [txt(label('no', lang)), txt(label('unit', lang)), txt(label('file', lang)), txt(label('reason', lang))], styles.header);
    for (let c = 4; c <= reasonEnd; c++) w.put(row, c, null, styles.header);
    w.put(row, reasonEnd + 1, txt(label('details', lang)), styles.header);
    mergeRow(row, 3, reasonEnd);
    row++;
    unranked.forEach((entry, i) => {
      const sheet = entry.result ? sheetOf.get(entry.result) : undefined;
      w.row(row, [int(i + 1), txt(entry.unit), txt(entry.file), txt(entry.reason[lang])], (c) => (c === 0 ? styles.intCell : styles.textCell));
      for (let c = 4; c <= reasonEnd; c++) w.put(row, c, null, styles.textCell);
      w.put(row, reasonEnd + 1, sheet ? link(sheet, lang) : null, styles.textCell);
      mergeRow(row, 3, reasonEnd);
      row++;
    });
  }

  return {
    name: SHEET_RANKING,
    cells: w.cells,
    columnWidths: [7, 30, 24, 24, 18, 12, 12, 11, 13, ...areaCodes.map(() => 9), 8, 10, 9],
    merges,
    freezeRows: HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
  };
}

function unitRow(unit: RankedUnit, areaCodes: string[], sheet: string | null, lang: Lang): SpecValue[] {
  const scores = unit.result.scores!;
  const set = unit.result.set!;
  const areaIndex = new Map(scores.areas.map((a) => [a.code, a.index]));
  const count = (severity: 'error' | 'warning'): number => unit.result.findings.filter((f) => f.severity === severity).length;
  return [
    int(unit.rank),
    txt(unit.unit),
    txt(unit.file),
    txt(setLabel(set)),
    txt(basisLabel(unit.basis, lang)),
    num2(scores.self.total),
    num2(scores.final?.total),
    num2(unit.shownIndex),
    txt(scores.classification),
    ...areaCodes.map((c) => num2(areaIndex.get(c))),
    int(count('error')),
    int(count('warning')),
    sheet ? link(sheet, lang) : null,
  ];
}

function cellStyle(before: number, areas: number) {
  return (c: number) => {
    if (c === 0 || c >= before + areas) return styles.intCell;
    if ((c >= 5 && c <= 7) || (c >= before && c < before + areas)) return styles.numberCell;
    return styles.textCell;
  };
}

function link(sheet: string, lang: Lang): SpecValue {
  return { link: { text: label('open', lang), sheet, cell: 'A1' } };
}

function collectAreaCodes(groups: RankedGroup[]): string[] {
  const codes: string[] = [];
  for (const g of groups) {
    for (const u of g.units) {
      for (const a of u.result.scores?.areas ?? []) if (!codes.includes(a.code)) codes.push(a.code);
    }
  }
  return codes;
}
