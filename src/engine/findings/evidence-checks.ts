/**
 * Evidence (tài liệu kiểm chứng, TLKC) behind each claimed score: a scored leaf above 0 needs
 * evidence or an explanation; evidence should name its document (number/symbol and date) or
 * link to it; documents should be dated in the assessment year (a date before it is only a note
 * unless the criterion's title ties the work to the year). Only rows claiming points are
 * checked: a 0 or N/A needs no proof.
 */
import { effectiveKind, evidenceRule, evidenceRuleOf, isLeaf, type FlatItem } from '../criteria/tree';
import type { ItemKind } from '../criteria/schema';
import { memoByObject } from '../text/memo';
import type { SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { cellOf, finding, isSurvey, textOf, type CheckContext } from './context';
import { findDocumentRefs, yearInNumber, type DocDate } from './document-refs';
import { cap, itemName, nums, quote } from './fmt';
import { foldWords } from '../text/normalize';
import type { Lang } from '../text/lang';

export function findEvidenceIssues(ctx: CheckContext): Finding[] {
  // A sheet with neither an evidence nor an explanation column (the Cà Mau appendix table:
  // STT | … | Điểm đánh giá | Điểm đạt được | Chỉ số | Ghi chú) has nowhere to write TLKC.
  // One finding for the sheet says so; one per scored leaf buried the sheet under ~60 identical
  // errors on cells (the score cells) that are not wrong.
  if (ctx.parsed.columns.evidence === undefined && ctx.parsed.columns.explanation === undefined) {
    return noEvidenceColumn(ctx);
  }
  const out: Finding[] = [];
  const kinds = kindsOf(ctx.flat);
  for (let i = 0; i < ctx.flat.length; i++) {
    const flat = ctx.flat[i];
    const kind = kinds[i];
    // (isSurvey, evidenceRuleOf: with the kind worked out once per set.)
    if (!isLeaf(flat.item) || kind === 'survey') continue;
    const rule = evidenceRule(flat.item, kind);
    if (rule === 'none') continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row) continue;
    const score = claimedScore(ctx, kind, row);
    // Stryker disable next-line ConditionalExpression: equivalent, null <= 0 is true in JS
    if (score === null || score <= 0) continue;
    checkRow(ctx, flat, row, score, rule, out);
  }
  return out;
}

/** The score the unit claims: the self column, or the appraised one on a sheet without self scores. */
function claimedScore(ctx: CheckContext, kind: ItemKind, row: SheetRow): number | null {
  const cell = ctx.parsed.columns.self !== undefined ? row.self : row.appraised;
  if (!cell || cell.reading.kind !== 'number') return null;
  const v = cell.reading.value;
  return kind === 'penalty' ? Math.abs(v) : v;
}

// The kind that governs each item (effectiveKind walks up the tree): the same for every sheet
// checked against the set, so worked out once per set's item list, by position.
const kindsOf = memoByObject((flat: readonly FlatItem[]): ItemKind[] => flat.map((f) => effectiveKind(f)));

function checkRow(
  ctx: CheckContext,
  flat: FlatItem,
  row: SheetRow,
  score: number,
  rule: 'required' | 'optional',
  out: Finding[],
): void {
  const code = flat.item.code;
  const evidence = textOf(row.evidence);
  const link = row.evidence?.hyperlink ?? '';
  const explanation = textOf(row.explanation);
  // The sheet has an evidence or an explanation column (else noEvidenceColumn), so one of these is found.
  const evidenceCell =
    row.evidence?.address ?? cellOf(ctx.parsed, row, 'evidence') ?? row.explanation?.address ?? cellOf(ctx.parsed, row, 'explanation');

  // What the unit added or answered in the explanation round makes up for it.
  const answered = textOf(row.addedEvidence) || textOf(row.unitAnswer);
  if (!evidence && !link && !explanation && !answered) {
    const required = rule === 'required';
    const s = nums(score);
    out.push(
      finding(
        'evidence.missing',
        evidenceCell,
        code,
        {
          vi: `${cap(itemName(flat, 'vi'))} tự chấm ${s.vi} điểm nhưng không có tài liệu kiểm chứng và không có giải trình${required ? ' (bắt buộc có TLKC)' : ''}. Đề nghị đơn vị ghi tên, số, ký hiệu, ngày của văn bản kiểm chứng (hoặc đường dẫn tới văn bản), hoặc giải trình lý do.`,
          en: `${cap(itemName(flat, 'en'))} is self-scored ${s.en} with no evidence and no explanation${required ? ' (evidence is required)' : ''}. Write the evidence document's name, number, symbol and date (or a link to it), or explain why there is none.`,
        },
        required ? 'error' : 'warning',
      ),
    );
    return;
  }

  if (evidence) {
    const refs = findDocumentRefs(evidence);
    let datedNumber = false;
    for (const n of refs.numbers) if (yearInNumber(n) !== null) datedNumber = true;
    const complete = refs.numbers.length > 0 && (refs.dates.length > 0 || datedNumber);
    if (!link && !refs.url && !complete) {
      const lack =
        refs.numbers.length > 0
          ? { vi: 'có số, ký hiệu nhưng không ghi ngày ban hành', en: 'has a number but no date of issue' }
          : refs.dates.length > 0
            ? { vi: 'có ngày nhưng không ghi số, ký hiệu văn bản', en: 'has a date but no document number/symbol' }
            : { vi: 'không ghi số, ký hiệu và ngày văn bản', en: 'names no document number, symbol or date' };
      out.push(
        finding('evidence.noReference', evidenceCell, code, {
          vi: `Tài liệu kiểm chứng của ${itemName(flat, 'vi')} ${quote(evidence)} ${lack.vi}. Đề nghị đơn vị ghi rõ, ví dụ "Kế hoạch số 12/KH-UBND ngày 15/01/${ctx.year}", hoặc gắn đường dẫn tới văn bản.`,
          en: `The evidence of ${itemName(flat, 'en')} ${quote(evidence)} ${lack.en}. Write it out, e.g. "Kế hoạch số 12/KH-UBND ngày 15/01/${ctx.year}", or add a link to the document.`,
        }),
      );
    }
    const years = refs.dates.length > 0 ? refs.dates : datedNumberYears(refs.numbers);
    const f = outsideYear(ctx, flat, evidenceCell, years, 'evidence');
    if (f) out.push(f);
    // Stryker disable next-line ConditionalExpression: equivalent, an empty explanation has no dates (outsideYear gives null)
  } else if (explanation) {
    // Stryker disable next-line OptionalChaining: equivalent, an explanation text means the cell exists
    const cell = row.explanation?.address ?? evidenceCell;
    const f = outsideYear(ctx, flat, cell, findDocumentRefs(explanation).dates, 'explanation');
    if (f) out.push(f);
  }
}

// The criterion's own words that tie its work to the assessment year ("được kiểm tra trong năm").
const WITHIN_YEAR = /\b(trong nam|nam danh gia)\b/;

/**
 * How a document's date stands against the assessment year N:
 * - 'wrong' (warning): after N (except early N+1, when year-end reports are issued), or before N
 *   where the criterion's title ties the work to the year ("… trong năm");
 * - 'note' (info, "Lưu ý"): before N otherwise — plans issued at the end of N−1 for N and legal
 *   documents still in force are normal, so this is worth a look, not a fault;
 * - null: in N, or a legal document number's year (a regulation in force), or early N+1.
 */
function dateStanding(ctx: CheckContext, flat: FlatItem, d: DocDate, where: 'evidence' | 'explanation'): 'wrong' | 'note' | null {
  const year = ctx.year;
  if (d.year === year) return null;
  // Stryker disable next-line EqualityOperator: equivalent, d.year === year returned above
  if (d.year > year) {
    // An explanation may cite next year's follow-up ("đã đưa vào kế hoạch năm sau").
    if (d.year === year + 1 && (where === 'explanation' || d.fromNumber || d.month <= 3)) return null;
    return 'wrong';
  }
  if (WITHIN_YEAR.test(foldWords(flat.item.title))) return 'wrong';
  return d.fromNumber ? null : 'note';
}

function outsideYear(
  ctx: CheckContext,
  flat: FlatItem,
  cell: string | null,
  all: DocDate[],
  where: 'evidence' | 'explanation',
): Finding | null {
  // Most documents are dated in the year (standing null): nothing is built for them, not even
  // the two lists (this runs for every evidence text of every sheet).
  let i = 0;
  while (i < all.length && dateStanding(ctx, flat, all[i], where) === null) i++;
  if (i === all.length) return null;
  const wrong: DocDate[] = [];
  const notes: DocDate[] = [];
  for (; i < all.length; i++) {
    const d = all[i];
    const s = dateStanding(ctx, flat, d, where);
    if (s === 'wrong') wrong.push(d);
    else if (s === 'note') notes.push(d);
  }
  const dates = wrong.length > 0 ? wrong : notes;
  const list = (lang: Lang) =>
    [...new Set(dates.map((d) => (d.fromNumber ? (lang === 'vi' ? 'số ' : 'no. ') : lang === 'vi' ? 'ngày ' : 'dated ') + d.text))].join('; ');
  const place =
    where === 'evidence'
      ? { vi: 'Tài liệu kiểm chứng', en: 'The evidence' }
      : { vi: 'Giải trình', en: 'The explanation' };
  const y = ctx.year;
  if (wrong.length === 0) {
    return finding(
      'evidence.outsideYear',
      cell,
      flat.item.code,
      {
        vi: `${place.vi} của ${itemName(flat, 'vi')} dẫn văn bản ${list('vi')}, trước năm đánh giá ${y}. Nếu đó là văn bản ban hành cuối năm trước cho năm ${y} hoặc văn bản còn hiệu lực thì không cần sửa; nếu không, đề nghị đơn vị dẫn văn bản ban hành trong năm ${y}.`,
        en: `${place.en} of ${itemName(flat, 'en')} cites a document ${list('en')}, before the assessment year ${y}. If it was issued late in the previous year for ${y}, or is still in force, nothing needs fixing; otherwise cite a document issued in ${y}.`,
      },
      'info',
    );
  }
  const before = wrong.every((d) => d.year < y);
  const why = before
    ? { vi: `trước năm đánh giá ${y}, trong khi tiêu chí yêu cầu thực hiện trong năm`, en: `before the assessment year ${y}, while the criterion asks for work done within the year` }
    : { vi: `sau năm đánh giá ${y}`, en: `after the assessment year ${y}` };
  return finding('evidence.outsideYear', cell, flat.item.code, {
    vi: `${place.vi} của ${itemName(flat, 'vi')} dẫn văn bản ${list('vi')}, ${why.vi}. Đề nghị đơn vị kiểm tra lại ngày ghi (có thể gõ nhầm năm) hoặc dẫn văn bản ban hành trong năm ${y}.`,
    en: `${place.en} of ${itemName(flat, 'en')} cites a document ${list('en')}, ${why.en}. Check the date (the year may be mistyped) or cite a document issued in ${y}.`,
  });
}

function datedNumberYears(numbers: string[]): DocDate[] {
  const out: DocDate[] = [];
  for (const n of numbers) {
    const y = yearInNumber(n);
    if (y !== null) out.push({ day: 1, month: 1, year: y, text: n, fromNumber: true });
  }
  return out;
}

/** The sheet-level finding for a sheet without evidence/explanation columns (see findEvidenceIssues). */
function noEvidenceColumn(ctx: CheckContext): Finding[] {
  const claimed: { code: string; required: boolean }[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item) || isSurvey(flat)) continue;
    const rule = evidenceRuleOf(flat);
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (rule === 'none' || !row) continue;
    const score = claimedScore(ctx, effectiveKind(flat), row);
    // Stryker disable next-line ConditionalExpression: equivalent, null > 0 is false in JS
    if (score !== null && score > 0) claimed.push({ code: flat.item.code, required: rule === 'required' });
  }
  if (claimed.length === 0) return [];
  const required = claimed.some((c) => c.required);
  const shown = claimed.slice(0, 8).map((c) => c.code).join(', ') + (claimed.length > 8 ? ', …' : '');
  return [
    finding(
      'evidence.missing',
      null,
      null,
      {
        vi: `Biểu không có cột "Tài liệu kiểm chứng" hay "Giải trình" nên ${claimed.length} tiêu chí được chấm điểm (${shown}) không có tài liệu kiểm chứng${required ? ' (bắt buộc có TLKC)' : ''}. Đề nghị đơn vị thêm cột "Tài liệu kiểm chứng" và ghi số, ký hiệu, ngày văn bản cho từng tiêu chí, hoặc gửi kèm bảng tài liệu kiểm chứng.`,
        en: `The sheet has no "Tài liệu kiểm chứng" (evidence) or "Giải trình" (explanation) column, so ${claimed.length} scored items (${shown}) have no evidence${required ? ' (evidence is required)' : ''}. Add an evidence column and write each document's number, symbol and date, or attach the evidence list.`,
      },
      required ? 'error' : 'warning',
    ),
  ];
}
