/**
 * Layout: required columns, items of the set missing from the sheet, rows that are not in the
 * set, repeated codes and maxima that differ from the set's (tampering or an old template).
 * Order and titles are in order-checks.ts and title-checks.ts.
 */
import type { FlatItem } from '../criteria/tree';
import type { ParsedSheet, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { codesMissing } from '../layout/code-column';
import { codeCellOf, finding, type CheckContext } from './context';
import { cap, itemName, nums, quote, rowNo } from './fmt';

/** Columns without which the sheet cannot be scored. Needs no criteria set. */
export function findColumnIssues(parsed: ParsedSheet): Finding[] {
  const out: Finding[] = [];
  const c = parsed.columns;
  // Codes may sit in the title cells ("1.1. Kế hoạch CCHC"): the code column is missing
  // only when no row got a code at all.
  if (codesMissing(parsed)) {
    out.push(
      finding('layout.columnMissing', null, null, {
        vi: 'Không tìm thấy cột mã tiêu chí (STT, TT, Mã tiêu chí) và không dòng nào có mã như 1, 1.1, 1.1.1. Đề nghị đơn vị thêm cột STT ghi mã của từng tiêu chí theo bộ tiêu chí.',
        en: 'No item code column (STT, TT, Mã tiêu chí) was found and no row carries a code such as 1, 1.1, 1.1.1. Add an STT column with each item\'s code from the criteria set.',
      }),
    );
  }
  if (c.max === undefined) {
    out.push(
      finding('layout.columnMissing', null, null, {
        vi: 'Không tìm thấy cột điểm tối đa (tiêu đề "Điểm tối đa", "Điểm chuẩn" hoặc "Thang điểm"). Đề nghị đơn vị thêm cột này hoặc sửa tiêu đề cột cho đúng.',
        en: 'No max points column was found (header "Điểm tối đa", "Điểm chuẩn" or "Thang điểm"). Add it or correct the column header.',
      }),
    );
  }
  if (c.self === undefined && c.appraised === undefined) {
    out.push(
      finding('layout.columnMissing', null, null, {
        vi: 'Không tìm thấy cột điểm tự đánh giá (tiêu đề "Điểm tự đánh giá", "Tự chấm"…) hay cột điểm thẩm định. Đề nghị đơn vị thêm cột điểm hoặc sửa tiêu đề cột cho đúng.',
        en: 'No self-assessed score column (header "Điểm tự đánh giá", "Tự chấm"…) and no appraised score column was found. Add a score column or correct its header.',
      }),
    );
  }
  return out;
}

export function findRowIssues(ctx: CheckContext): Finding[] {
  return [...missingItems(ctx), ...extraRows(ctx), ...duplicates(ctx), ...changedMaxima(ctx)];
}

function missingItems(ctx: CheckContext): Finding[] {
  // Stryker disable next-line ConditionalExpression: equivalent when false, with nothing missing the loop below finds nothing (it only saves the walk)
  if (ctx.alignment.missing.length === 0) return [];
  const missing = new Set(ctx.alignment.missing);
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    const code = flat.item.code;
    // Report only the topmost missing item: a missing area implies its criteria. An area whose
    // own row alone is missing (its criteria are on the sheet) implies nothing below it.
    if (!missing.has(code) || (flat.parent && whollyMissing(ctx, flat.parent, missing))) continue;
    const below = descendants(ctx, flat);
    const place = placeHint(ctx, flat);
    const title = quote(flat.item.title);
    const max = nums(flat.item.maxPoints);
    if (below.some((f) => !missing.has(f.item.code))) {
      // Only the heading row: the item is still scored from its children (scoring/compute.ts).
      out.push(
        finding('layout.missingItem', null, code, {
          vi: `Thiếu dòng của ${itemName(flat, 'vi')} ${title} (tối đa ${max.vi} điểm) trên biểu; điểm của ${itemName(flat, 'vi')} được tính từ các tiêu chí con có trên biểu. Đề nghị đơn vị chèn dòng ${place.vi} theo đúng bộ tiêu chí ${ctx.set.id} (${ctx.set.version}).`,
          en: `The row of ${itemName(flat, 'en')} ${title} (max ${max.en}) is missing from the sheet; it is scored from the sub-items on the sheet. Insert the row ${place.en} as in the criteria set ${ctx.set.id} (${ctx.set.version}).`,
        }),
      );
      continue;
    }
    const n = below.length;
    out.push(
      finding('layout.missingItem', null, code, {
        vi: `Thiếu ${itemName(flat, 'vi')} ${title} (tối đa ${max.vi} điểm)${n ? ` cùng ${n} tiêu chí con` : ''} trên biểu, nên được tính 0 điểm. Đề nghị đơn vị chèn dòng ${place.vi} theo đúng bộ tiêu chí ${ctx.set.id} (${ctx.set.version}).`,
        en: `${cap(itemName(flat, 'en'))} ${title} (max ${max.en})${n ? ` and its ${n} sub-items are` : ' is'} missing from the sheet, so it scores 0. Insert the row ${place.en} as in the criteria set ${ctx.set.id} (${ctx.set.version}).`,
      }),
    );
  }
  return out;
}

/** The items below `flat` (all depths). */
function descendants(ctx: CheckContext, flat: FlatItem): FlatItem[] {
  const out: FlatItem[] = [];
  for (const f of ctx.flat) for (let p = f.parent; p; p = p.parent) if (p === flat) out.push(f);
  return out;
}

/** The item and everything below it are missing from the sheet. */
function whollyMissing(ctx: CheckContext, flat: FlatItem, missing: Set<string>): boolean {
  return missing.has(flat.item.code) && descendants(ctx, flat).every((f) => missing.has(f.item.code));
}

/** "after row 46 (2.3.2)": the previous item of the set that is on the sheet. */
function placeHint(ctx: CheckContext, flat: FlatItem): { vi: string; en: string } {
  const i = ctx.order.get(flat.item.code) ?? 0;
  for (let j = i - 1; j >= 0; j--) {
    const prev = ctx.alignment.rowFor.get(ctx.flat[j].item.code);
    if (prev) {
      const r = rowNo(prev.row);
      return { vi: `sau dòng ${r} (mã ${ctx.flat[j].item.code})`, en: `after row ${r} (code ${ctx.flat[j].item.code})` };
    }
  }
  return { vi: 'ở đầu bảng điểm', en: 'at the top of the score table' };
}

function extraRows(ctx: CheckContext): Finding[] {
  return ctx.alignment.extra.map((row) => {
    const code = row.codeRaw ?? row.code ?? '';
    const title = row.title?.text ? ` ${quote(row.title.text)}` : '';
    const scored = hasScore(row);
    return finding('layout.extraRow', codeCellOf(ctx.parsed, row), row.code, {
      vi: `Dòng ${rowNo(row.row)} mã ${code}${title} không có trong bộ tiêu chí ${ctx.set.id} (${ctx.set.version})${scored ? '; điểm ghi ở dòng này không được tính' : ' nên không được tính điểm'}. Đề nghị đơn vị xóa dòng này (có thể là mẫu biểu cũ) hoặc sửa lại mã cho đúng.`,
      en: `Row ${rowNo(row.row)} with code ${code}${title} is not in the criteria set ${ctx.set.id} (${ctx.set.version})${scored ? '; the score on this row is not counted' : ', so it is not scored'}. Delete the row (it may come from an old template) or correct its code.`,
    });
  });
}

function duplicates(ctx: CheckContext): Finding[] {
  return ctx.alignment.duplicates.map((row) => {
    const first = row.code ? ctx.alignment.rowFor.get(row.code) : undefined;
    const at = first ? rowNo(first.row) : null;
    return finding('layout.duplicateCode', codeCellOf(ctx.parsed, row), row.code, {
      vi: `Mã ${row.codeRaw ?? row.code} ở dòng ${rowNo(row.row)} đã có ${at ? `ở dòng ${at}` : 'ở dòng trên'}; dòng lặp này không được tính điểm. Đề nghị đơn vị xóa dòng thừa hoặc sửa lại mã cho đúng.`,
      en: `Code ${row.codeRaw ?? row.code} on row ${rowNo(row.row)} already appears ${at ? `on row ${at}` : 'above'}; this repeated row is not scored. Delete the extra row or correct its code.`,
    });
  });
}

function changedMaxima(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    const row = ctx.alignment.rowFor.get(flat.item.code);
    const reading = row?.max?.reading;
    if (!row?.max || reading?.kind !== 'number') continue;
    const expected = flat.item.maxPoints;
    // A penalty's max may be written as a negative number of points.
    if (Math.abs(Math.abs(reading.value) - expected) <= 1e-6) continue;
    const w = nums(reading.value);
    const e = nums(expected);
    out.push(
      finding('layout.maxChanged', row.max.address, flat.item.code, {
        vi: `Điểm tối đa của ${itemName(flat, 'vi')} ghi ${w.vi}, bộ tiêu chí ${ctx.set.id} (${ctx.set.version}) quy định ${e.vi}. Đề nghị đơn vị sửa lại thành ${e.vi} (dùng đúng mẫu biểu của bộ tiêu chí); điểm được chấm theo mức ${e.vi}.`,
        en: `The max points of ${itemName(flat, 'en')} say ${w.en}; the criteria set ${ctx.set.id} (${ctx.set.version}) sets ${e.en}. Change it to ${e.en} (use the set's own template); scoring uses ${e.en}.`,
      }),
    );
  }
  return out;
}

function hasScore(row: SheetRow): boolean {
  return [row.self, row.appraised, row.survey].some((c) => c?.reading.kind === 'number');
}
