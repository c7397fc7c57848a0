/**
 * The blank official scoresheet for a criteria set (scoresheet-layout.md, "What the add-in
 * writes"): title block, one header row whose texts are known aliases (so the template reads
 * back as a scoresheet), one row per item with code, title, max and method locked, SUM formulas
 * on parent and total rows, input cells unlocked with data validation, and a protected sheet.
 */
import type { CriteriaSet } from '../criteria/schema';
import { countsInParent, effectiveKind, flattenItems, isBonusOrPenalty, isLeaf, type FlatItem } from '../criteria/tree';
import { a1 } from '../grid';
import type { CellStyle, SheetSpec, SpecValue, ValidationSpec } from '../sheet-spec';
import { FILLS, STYLES, SheetWriter, textValue, withStyle } from '../summary/cells';
import { scoreValidation } from './validation';

/** Column order of the template (0-based). */
export const TEMPLATE_COLUMNS = {
  code: 0,
  title: 1,
  max: 2,
  method: 3,
  declared: 4,
  self: 5,
  evidence: 6,
  explanation: 7,
  appraised: 8,
  appraiserNote: 9,
} as const;
const C = TEMPLATE_COLUMNS;
const LAST_COL = 9;

export const TEMPLATE_HEADERS = [
  'STT',
  'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
  'Điểm tối đa',
  'Cách tính điểm',
  'Số liệu kê khai',
  'Điểm tự đánh giá',
  'Tài liệu kiểm chứng',
  'Giải trình',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
];
const COLUMN_WIDTHS = [8, 46, 9, 36, 12, 11, 36, 26, 11, 26];
/** 0-based row of the header; the title block sits above it. */
export const TEMPLATE_HEADER_ROW = 5;
export const TOTAL_TEXT = 'Tổng cộng';

const input: CellStyle = { border: true, wrap: true, vAlign: 'top', locked: false, fill: FILLS.input };
const inputNumber: CellStyle = { ...input, wrap: false, numberFormat: '0.00' };
const lockedBlank: CellStyle = { border: true, fill: FILLS.group };

export interface TemplateOptions {
  /** Unit name to print in the title block (left blank to fill in otherwise). */
  unit?: string;
  sheetName?: string;
}

export function buildTemplateSheet(set: CriteriaSet, options: TemplateOptions = {}): SheetSpec {
  const w = new SheetWriter();
  const validations: ValidationSpec[] = [];

  w.span(0, 0, LAST_COL, textValue(`BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`), STYLES.title);
  w.span(1, 0, LAST_COL, textValue(set.title), STYLES.subtitle);
  w.span(2, 0, 1, textValue('Tên cơ quan, đơn vị:'), withStyle(STYLES.label, { hAlign: 'right' }));
  // The unit cell stays editable on the protected sheet: it is filled in by the unit.
  w.span(2, 2, LAST_COL, textValue(options.unit), { bold: true, locked: false, fill: FILLS.input });
  w.span(3, 0, LAST_COL, textValue(`Bộ tiêu chí: ${set.id} (${set.version})`), { italic: true, hAlign: 'center' });
  TEMPLATE_HEADERS.forEach((h, c) => w.put(TEMPLATE_HEADER_ROW, c, textValue(h), STYLES.header));

  const flat = flattenItems(set);
  const rowOf = new Map<FlatItem, number>();
  flat.forEach((f, i) => rowOf.set(f, TEMPLATE_HEADER_ROW + 1 + i));
  const childrenOf = new Map<FlatItem, FlatItem[]>();
  for (const f of flat) if (f.parent) childrenOf.set(f.parent, [...(childrenOf.get(f.parent) ?? []), f]);

  for (const f of flat) {
    const r = rowOf.get(f)!;
    const kind = effectiveKind(f);
    const parent = !isLeaf(f.item);
    const base: CellStyle = parent ? { border: true, bold: true, fill: FILLS.group, vAlign: 'top' } : { border: true, vAlign: 'top' };
    w.put(r, C.code, { text: f.item.code }, withStyle(base, { hAlign: 'left' }));
    w.put(r, C.title, textValue(f.item.title), withStyle(base, { wrap: true }));
    w.put(r, C.max, { number: f.item.maxPoints }, withStyle(base, { numberFormat: '0.00' }));
    w.put(r, C.method, textValue(f.item.method), withStyle(base, { wrap: true, bold: false }));
    if (parent) {
      // Bonus and penalty children are counted at the total row, not in their parent.
      const kids = (childrenOf.get(f) ?? []).filter(countsInParent).map((k) => rowOf.get(k)!);
      w.put(r, C.declared, null, base);
      w.put(r, C.self, sumFormula(C.self, kids), withStyle(base, { numberFormat: '0.00' }));
      for (const col of [C.evidence, C.explanation]) w.put(r, col, null, base);
      w.put(r, C.appraised, sumFormula(C.appraised, kids), withStyle(base, { numberFormat: '0.00' }));
      w.put(r, C.appraiserNote, null, withStyle(input, { bold: false }));
      continue;
    }
    w.put(r, C.declared, null, input);
    if (kind === 'survey') {
      // Survey items are never self-scored: their points come from the survey, entered on appraisal.
      w.put(r, C.self, null, lockedBlank);
    } else {
      w.put(r, C.self, null, inputNumber);
      const v = scoreValidation(f.item, kind, r, C.self);
      if (v) validations.push(v);
    }
    w.put(r, C.evidence, null, input);
    w.put(r, C.explanation, null, input);
    w.put(r, C.appraised, null, inputNumber);
    const va = scoreValidation(f.item, kind, r, C.appraised);
    if (va) validations.push(va);
    w.put(r, C.appraiserNote, null, input);
  }

  const totalRow = TEMPLATE_HEADER_ROW + 1 + flat.length;
  const total: CellStyle = { border: true, bold: true, fill: FILLS.header, vAlign: 'top' };
  w.put(totalRow, C.code, null, total);
  w.put(totalRow, C.title, { text: TOTAL_TEXT }, total);
  w.put(totalRow, C.max, { number: set.scale }, withStyle(total, { numberFormat: '0.00' }));
  const areas = flat.filter((f) => f.parent === null && !isBonusOrPenalty(effectiveKind(f))).map((f) => rowOf.get(f)!);
  const roots = (k: 'bonus' | 'penalty') => flat.filter((f) => effectiveKind(f) === k && !countsInParent(f)).map((f) => rowOf.get(f)!);
  for (const col of [C.self, C.appraised]) {
    w.put(totalRow, col, totalFormula(col, areas, roots('bonus'), roots('penalty')), withStyle(total, { numberFormat: '0.00' }));
  }
  for (const col of [C.method, C.declared, C.evidence, C.explanation, C.appraiserNote]) w.put(totalRow, col, null, total);

  return {
    name: options.sheetName ?? `Tự đánh giá ${set.year}`,
    cells: w.cells,
    merges: w.merges,
    columnWidths: COLUMN_WIDTHS,
    validations,
    freezeRows: TEMPLATE_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: TEMPLATE_HEADER_ROW, last: TEMPLATE_HEADER_ROW } },
    protect: true,
  };
}

const refs = (col: number, rows: number[]) => rows.map((r) => a1(r, col)).join(',');

/**
 * Σ of the children, left blank while none of them holds a number: an untouched appraised
 * column must not read as "appraised with 0 points" when the sheet is checked.
 */
function sumFormula(col: number, rows: number[]): SpecValue {
  if (rows.length === 0) return null;
  const list = refs(col, rows);
  return { formula: `IF(COUNT(${list})=0,"",SUM(${list}))` };
}

/** Areas + bonus − penalty; a penalty written as -1.5 or 1.5 deducts 1.5 either way. */
function totalFormula(col: number, areas: number[], bonus: number[], penalty: number[]): SpecValue {
  const all = [...areas, ...bonus, ...penalty];
  if (all.length === 0) return null;
  let expr = areas.length > 0 ? `SUM(${refs(col, areas)})` : '0';
  if (bonus.length > 0) expr += `+SUM(${refs(col, bonus)})`;
  for (const p of penalty) expr += `-ABS(SUM(${a1(p, col)}))`;
  return { formula: `IF(COUNT(${refs(col, all)})=0,"",${expr})` };
}
