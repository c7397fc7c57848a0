/**
 * Exemptions (not applicable, "Không áp dụng"): the criteria set says which items MAY be N/A;
 * the Department of Home Affairs (Sở Nội vụ) decides which units ARE exempt (exemptions/table.ts).
 *
 * - With an exemptions table: a unit's N/A on an item the set allows but the table does not
 *   grant is a warning (exemption.notGranted, "chưa được Sở Nội vụ chấp thuận"); an exemption
 *   the table grants that the sheet does not claim is said (exemption.notClaimed, info), once
 *   per granted code; a granted code the set does not have, or whose items the set never lets
 *   be N/A, is said too (exemption.tableMismatch, warning).
 * - Without a table: every N/A claim is listed for confirmation (exemption.unconfirmed, info).
 * N/A on an item the set does not allow is score.naNotAllowed (score-checks.ts), not repeated here.
 * The unit's claim is its self-score cell (the appraised cell on a sheet without self scores).
 */
import { allowsNotApplicable, isLeaf, type FlatItem } from '../criteria/tree';
import type { ExemptionGrant } from '../exemptions/table';
import type { ReadCell, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { cellOf, finding, isSurvey, type CheckContext } from './context';
import { cap, itemName, nums, quote } from './fmt';
import { foldWords } from '../text/normalize';

export function findExemptionIssues(ctx: CheckContext): Finding[] {
  const grant = ctx.exemptions;
  const claims = naClaims(ctx);
  if (grant === undefined) return claims.map((c) => unconfirmed(c));
  const out: Finding[] = [];
  for (const c of claims) {
    if (!grantedCode(ctx, c.flat, grant)) out.push(notGranted(ctx, c, grant));
  }
  if (grant.row !== null) out.push(...grantsNotUsed(ctx, grant, new Set(claims.map((c) => c.flat.item.code))));
  return out;
}

interface Claim {
  flat: FlatItem;
  row: SheetRow;
  cell: ReadCell;
  raw: string;
}

/** Leaves the set lets be N/A whose claim cell says N/A. */
function naClaims(ctx: CheckContext): Claim[] {
  const useSelf = ctx.parsed.columns.self !== undefined;
  const out: Claim[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item) || isSurvey(flat) || !allowsNotApplicable(flat.item)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row) continue;
    const cell = useSelf ? row.self : row.appraised;
    if (!cell || cell.reading.kind !== 'na') continue;
    out.push({ flat, row, cell, raw: cell.reading.raw });
  }
  return out;
}

/** The granted code that covers the item (its own or an ancestor's), or null. */
function grantedCode(ctx: CheckContext, flat: FlatItem, grant: ExemptionGrant): string | null {
  for (let f: FlatItem | null = flat; f; f = f.parent) if (grant.codes.has(f.item.code)) return f.item.code;
  return null;
}

/** ' (không áp dụng)' after a raw N/A word that does not say it in full ("KAD", "N/A"). */
function meaning(raw: string): { vi: string; en: string } {
  return foldWords(raw) === 'khong ap dung' ? { vi: '', en: ' (not applicable)' } : { vi: ' (không áp dụng)', en: ' (not applicable)' };
}

function unconfirmed(c: Claim): Finding {
  const max = nums(c.flat.item.maxPoints);
  const m = meaning(c.raw);
  return finding('exemption.unconfirmed', c.cell.address, c.flat.item.code, {
    vi: `${cap(itemName(c.flat, 'vi'))} ghi ${quote(c.raw)}${m.vi}, nên điểm tối đa ${max.vi} không tính vào tổng điểm. Việc miễn đánh giá phải được Sở Nội vụ chấp thuận: đề nghị đơn vị nêu văn bản chấp thuận để xác nhận.`,
    en: `${cap(itemName(c.flat, 'en'))} says ${quote(c.raw)}${m.en}, so its max of ${max.en} is left out of the total. An exemption needs the Department of Home Affairs' approval: the unit should name the approving document so it can be confirmed.`,
  });
}

function notGranted(ctx: CheckContext, c: Claim, grant: ExemptionGrant): Finding {
  const max = nums(c.flat.item.maxPoints);
  const why =
    grant.row === null
      ? {
          vi: `bảng miễn đánh giá "${grant.source}" không có dòng nào của đơn vị${ctx.parsed.titleBlock.unit ? ` "${ctx.parsed.titleBlock.unit}"` : ' (biểu không ghi tên đơn vị)'}`,
          en: `the exemptions table "${grant.source}" has no row for the unit${ctx.parsed.titleBlock.unit ? ` "${ctx.parsed.titleBlock.unit}"` : ' (the sheet does not name its unit)'}`,
        }
      : {
          vi: `dòng ${grant.row} của bảng miễn đánh giá "${grant.source}" không có tiêu chí này`,
          en: `row ${grant.row} of the exemptions table "${grant.source}" does not list it`,
        };
  return finding('exemption.notGranted', c.cell.address, c.flat.item.code, {
    vi: `${cap(itemName(c.flat, 'vi'))} ghi ${quote(c.raw)} nhưng việc miễn đánh giá tiêu chí này chưa được Sở Nội vụ chấp thuận (${why.vi}). Đề nghị đơn vị chấm điểm tiêu chí này (từ 0 đến ${max.vi}) hoặc gửi văn bản chấp thuận của Sở Nội vụ; nếu không được chấp thuận, tiêu chí được tính 0 trên ${max.vi} điểm.`,
    en: `${cap(itemName(c.flat, 'en'))} says ${quote(c.raw)} but the Department of Home Affairs has not approved exempting the unit from it (${why.en}). The unit should score it (0 to ${max.en}) or send the department's approval; if not approved, it scores 0 of ${max.en}.`,
  });
}

/** Granted codes the sheet does not use, and codes the set cannot exempt. */
function grantsNotUsed(ctx: CheckContext, grant: ExemptionGrant, claimed: Set<string>): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>(); // a leaf under two granted codes ("3" and "3.3") is named once
  for (const [code, tableCell] of grant.codes) {
    const flat = ctx.byCode.get(code);
    const exemptible = flat ? leavesUnder(ctx, flat).filter((l) => allowsNotApplicable(l.item) && !isSurvey(l)) : [];
    if (!flat || exemptible.length === 0) {
      out.push(
        finding('exemption.tableMismatch', null, flat ? code : null, {
          vi: flat
            ? `Bảng miễn đánh giá "${grant.source}" (ô ${tableCell}) miễn ${itemName(flat, 'vi')} cho đơn vị, nhưng bộ tiêu chí ${ctx.set.id} không cho phép miễn đánh giá tiêu chí nào trong đó. Đề nghị kiểm tra lại bảng miễn đánh giá hoặc bộ tiêu chí.`
            : `Bảng miễn đánh giá "${grant.source}" (ô ${tableCell}) miễn mã "${code}" cho đơn vị, nhưng bộ tiêu chí ${ctx.set.id} không có mã này. Đề nghị kiểm tra lại mã trong bảng.`,
          en: flat
            ? `The exemptions table "${grant.source}" (cell ${tableCell}) exempts the unit from ${itemName(flat, 'en')}, but criteria set ${ctx.set.id} lets none of its items be not applicable. Check the table or the set.`
            : `The exemptions table "${grant.source}" (cell ${tableCell}) exempts the unit from "${code}", but criteria set ${ctx.set.id} has no such code. Check the code in the table.`,
        }),
      );
      continue;
    }
    const scored = exemptible.filter((l) => !claimed.has(l.item.code) && !reported.has(l.item.code) && ctx.alignment.rowFor.has(l.item.code));
    if (scored.length === 0) continue;
    for (const l of scored) reported.add(l.item.code);
    const first = ctx.alignment.rowFor.get(scored[0].item.code)!;
    const cell = claimCell(ctx, first);
    const list = scored.map((l) => l.item.code).join(', ');
    out.push(
      finding('exemption.notClaimed', cell, code, {
        vi: `Đơn vị được Sở Nội vụ chấp thuận miễn đánh giá ${itemName(flat, 'vi')} (bảng "${grant.source}", ô ${tableCell}) nhưng biểu vẫn chấm điểm ${scored.length === 1 ? 'tiêu chí' : 'các tiêu chí'} ${list}. Đề nghị đơn vị ghi "Không áp dụng" nếu đúng là được miễn (khi đó điểm tối đa không tính vào tổng điểm).`,
        en: `The Department of Home Affairs has exempted the unit from ${itemName(flat, 'en')} (table "${grant.source}", cell ${tableCell}) but the sheet still scores ${list}. The unit should write "Không áp dụng" (not applicable) if it is indeed exempt (its max then leaves the total).`,
      }),
    );
  }
  return out;
}

function leavesUnder(ctx: CheckContext, flat: FlatItem): FlatItem[] {
  const out: FlatItem[] = [];
  for (const f of ctx.flat) {
    if (!isLeaf(f.item)) continue;
    for (let p: FlatItem | null = f; p; p = p.parent) {
      if (p === flat) {
        out.push(f);
        break;
      }
    }
  }
  return out;
}

function claimCell(ctx: CheckContext, row: SheetRow): string | null {
  const role = ctx.parsed.columns.self !== undefined ? 'self' : 'appraised';
  return (role === 'self' ? row.self?.address : row.appraised?.address) ?? cellOf(ctx.parsed, row, role);
}
