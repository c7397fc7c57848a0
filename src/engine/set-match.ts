/**
 * Which criteria set a sheet is checked against: the one forced by the user (--criteria, the
 * pane's choice), else the one the title block declares ("Bộ tiêu chí: mau-so-nganh-2024
 * (2024.1)"), else the best fit by codes and maxima. Warns when another set or version fits
 * clearly better than the forced or declared one (an old template), and refuses to guess when
 * nothing fits (silently when the sheet has no codes at all: layout.columnMissing says why).
 */
import type { Alignment, SetCandidate, SetChoice } from './check-result';
import type { CriteriaSet } from './criteria/schema';
import { flattenItems, type FlatItem } from './criteria/tree';
import { compareVersions } from './criteria/versions';
import type { ParsedSheet, SheetRow } from './layout/parsed-sheet';
import { alignmentFrom, itemRowsOf, lastPlan, planFor, sequenceKey, type AlignmentPlan } from './align';
import { codesMissing } from './layout/code-column';
import type { Finding } from './findings/finding';
import { finding } from './findings/context';
import { foldWords } from './text/normalize';
import { memoByObject } from './text/memo';
import { settleNumberFields } from './number-fields';
import { formatNumber } from './text/format';
import { chooseSetAdvice, loadSetAdvice, type Surface } from './text/advice';

/** Below this fit a sheet does not match a set. */
export const MIN_FIT = 0.5;
/** A candidate fits "clearly better" when its fit exceeds the chosen one's by this much. */
export const BETTER_BY = 0.1;

export interface SetMatch {
  set: CriteriaSet | null;
  choice: SetChoice;
  findings: Finding[];
  /** The sheet's rows matched to the chosen set (alignRows), as measuring the fit did: not done twice. */
  alignment?: Alignment;
}

interface Scored {
  set: CriteriaSet;
  /** How the rows match the set (align.ts); the alignment itself is built for the chosen set only. */
  plan: AlignmentPlan;
  fit: number;
  /** Share of the sheet's coded rows whose code is in the set. */
  precision: number;
  yearMatch: boolean;
  /**
   * How many of the set's title words the sheet's title block has; -1 until compareScored needs
   * it (only to break a tie of fit, precision and year): see titleWordsOf.
   */
  titleWords: number;
  facts: SheetFacts;
}

// A set's fit and precision, and the candidates' fits, take fractions from the first sheet on
// (number-fields.ts).
settleNumberFields(
  (n): Scored => ({
    set: null as unknown as CriteriaSet,
    plan: null as unknown as AlignmentPlan,
    fit: n,
    precision: n,
    yearMatch: false,
    titleWords: n,
    facts: null as unknown as SheetFacts,
  }),
);
settleNumberFields((n): SetCandidate => ({ id: '', version: '', fit: n }));

/**
 * `forcedHow`: how the forced set was given — 'forced' by the user for this check (--criteria,
 * the pane's choice) or 'settings' (a set kept with the workbook); both win the same way.
 */
export function chooseSet(
  parsed: ParsedSheet,
  sets: CriteriaSet[],
  forced?: CriteriaSet,
  forcedHow: 'forced' | 'settings' = 'forced',
  surface: Surface = 'cli',
): SetMatch {
  const pool = dedupe(forced ? [forced, ...sets] : sets);
  const facts = sheetFacts(parsed);
  // (A loop, not map(): see number-fields.ts and scoring/compute.ts on arrays made by map.)
  const ranked: Scored[] = [];
  for (const s of pool) ranked.push(score(parsed, s, facts));
  ranked.sort(compareScored);
  const candidates: SetCandidate[] = ranked.slice(0, 3).map((r) => ({ id: r.set.id, version: r.set.version, fit: r.fit }));
  const findings: Finding[] = [];
  const best = ranked[0] ?? null;

  if (forced) {
    const chosen = ranked.find((r) => r.set === forced) ?? score(parsed, forced, facts);
    findings.push(...judgeChosen(parsed, chosen, best, surface));
    return { set: forced, choice: { how: forcedHow, candidates }, findings, alignment: alignmentFrom(chosen.plan, facts.itemRows) };
  }

  const declared = declaredSet(parsed, sets, findings, surface);
  if (declared) {
    const chosen = ranked.find((r) => r.set === declared) ?? score(parsed, declared, facts);
    findings.push(...judgeChosen(parsed, chosen, best, surface));
    return { set: declared, choice: { how: 'declared', candidates }, findings, alignment: alignmentFrom(chosen.plan, facts.itemRows) };
  }

  if (!best || best.fit < MIN_FIT) {
    if (!best || !codesMissing(parsed)) findings.push(noMatch(best, surface));
    return { set: null, choice: { how: 'matched', candidates }, findings };
  }
  return { set: best.set, choice: { how: 'matched', candidates }, findings, alignment: alignmentFrom(best.plan, facts.itemRows) };
}

/** 0..1: share of the set's items found on the sheet with the same code and max. */
export function setFit(parsed: ParsedSheet, set: CriteriaSet): number {
  return score(parsed, set).fit;
}

/** What the fit measures on the sheet alone: worked out once, not once per candidate set. */
interface SheetFacts {
  /** The item rows (align.ts) and their codes as one text, to look their plan up by (joined when first needed). */
  itemRows: SheetRow[];
  key?: string;
  /** Item rows with a code. */
  coded: number;
  /** The title block's lines. */
  lines: string[];
  /** The title block's words, folded; made when first asked (titleWordsOf). */
  titleWords?: Set<string>;
}

function sheetFacts(parsed: ParsedSheet): SheetFacts {
  const itemRows = itemRowsOf(parsed);
  let coded = 0;
  for (const r of itemRows) if (r.code) coded++;
  return { itemRows, coded, lines: parsed.titleBlock.lines };
}

/**
 * The set's title words (one word each, folded) that the sheet's title block has. Worked out only
 * for a tie of fit, precision and year (the sort's last questions but the sets' own): most sheets
 * fit one set clearly, and the title block's lines, the unit's name among them, are then not folded.
 */
function titleWordsOf(scored: Scored): number {
  if (scored.titleWords < 0) {
    const facts = scored.facts;
    if (facts.titleWords === undefined) {
      // Line by line: the lines of a batch's title blocks repeat (text/memo.ts) but for the unit's
      // name, and the words are the same as those of the lines joined (no word spans two lines).
      const words = new Set<string>();
      for (const line of facts.lines) for (const w of foldWords(line).split(' ')) words.add(w);
      facts.titleWords = words;
    }
    let n = 0;
    for (const w of setTitleWords(scored.set)) if (facts.titleWords.has(w)) n++;
    scored.titleWords = n;
  }
  return scored.titleWords;
}

function score(parsed: ParsedSheet, set: CriteriaSet, facts: SheetFacts = sheetFacts(parsed)): Scored {
  // Rows are matched to items the way the check will match them ("I" ↔ "1", "1.10" typed as 1.1);
  // a batch's sheets share their plans, and only the chosen set's alignment is built (chooseSet).
  const plan = lastPlan(facts.itemRows, set) ?? planFor(facts.itemRows, set, (facts.key ??= sequenceKey(facts.itemRows)));
  const items = flattenItems(set);
  const found = foundItems(plan, items);
  let hits = 0;
  for (let j = 0; j < found.rows.length; j++) {
    const max = facts.itemRows[found.rows[j]].max?.reading;
    // A blank or unreadable max cannot tell sets apart: the code alone counts.
    if (max?.kind !== 'number' || Math.abs(Math.abs(max.value) - found.maxPoints[j]) <= 1e-6) hits++;
  }
  const { coded } = facts;
  return {
    set,
    plan,
    fit: items.length ? hits / items.length : 0,
    precision: coded ? plan.rowIndex.size / coded : 0,
    yearMatch: parsed.titleBlock.year === set.year,
    titleWords: -1,
    facts,
  };
}

/** The set's items a plan finds a row for: that row (its position among the item rows) and the item's max. */
interface FoundItems {
  rows: number[];
  maxPoints: number[];
}

// Which items have a row depends on the plan alone (one per set and code sequence), so the sheets
// of a batch share the list: the fit walks the items found, not every item with a lookup by code.
const foundByPlan = new WeakMap<AlignmentPlan, FoundItems>();

function foundItems(plan: AlignmentPlan, items: readonly FlatItem[]): FoundItems {
  let found = foundByPlan.get(plan);
  if (found === undefined) {
    found = { rows: [], maxPoints: [] };
    for (const f of items) {
      const i = plan.rowIndex.get(f.item.code);
      if (i === undefined) continue;
      found.rows.push(i);
      found.maxPoints.push(f.item.maxPoints);
    }
    foundByPlan.set(plan, found);
  }
  return found;
}

/** The words of a set's title (folded, longer than one letter): the same for every sheet, found once per set. */
const setTitleWords = memoByObject((set: CriteriaSet) => foldWords(set.title).split(' ').filter((w) => w.length > 1));

/** Best first: fit, then precision, the title's year, title words, newest version. */
function compareScored(a: Scored, b: Scored): number {
  return (
    round2(b.fit) - round2(a.fit) ||
    round2(b.precision) - round2(a.precision) ||
    Number(b.yearMatch) - Number(a.yearMatch) ||
    titleWordsOf(b) - titleWordsOf(a) ||
    b.set.year - a.set.year ||
    compareVersions(b.set.version, a.set.version) ||
    a.set.id.localeCompare(b.set.id)
  );
}

/** The set the title block names, when loaded; a warning when it names one that is not. */
function declaredSet(parsed: ParsedSheet, sets: CriteriaSet[], findings: Finding[], surface: Surface): CriteriaSet | null {
  const id = parsed.titleBlock.declaredSetId;
  if (!id) return null;
  const version = parsed.titleBlock.declaredVersion;
  const sameId = sets.filter((s) => s.id === id).sort((a, b) => compareVersions(b.version, a.version));
  const exact = version ? sameId.find((s) => s.version === version) : sameId[0];
  if (exact) return exact;
  const named = version ? `${id} (${version})` : id;
  if (sameId.length > 0) {
    const used = sameId[0];
    findings.push(
      finding('layout.unknownDeclaredSet', null, null, {
        vi: `Biểu ghi bộ tiêu chí ${named} nhưng phiên bản này chưa được nạp; đang kiểm tra theo phiên bản ${used.version}. Đề nghị nạp đúng phiên bản, hoặc đề nghị đơn vị cập nhật biểu theo phiên bản mới.`,
        en: `The sheet names the criteria set ${named} but that version is not loaded; checking against version ${used.version}. Load that version or update the sheet to the new one.`,
      }),
    );
    return used;
  }
  const load = loadSetAdvice(surface);
  findings.push(
    finding('layout.unknownDeclaredSet', null, null, {
      vi: `Biểu ghi bộ tiêu chí ${named} nhưng bộ này chưa được nạp; chương trình tự chọn bộ tiêu chí khớp nhất. Để kiểm tra theo bộ ${id}: ${lower(load.vi)}.`,
      en: `The sheet names the criteria set ${named}, which is not loaded; the best-fitting set is used instead. To check against ${id}: ${lower(load.en)}.`,
    }),
  );
  return null;
}

function judgeChosen(parsed: ParsedSheet, chosen: Scored, best: Scored | null, surface: Surface): Finding[] {
  if (best && best.set !== chosen.set && best.fit >= chosen.fit + BETTER_BY) {
    const b = pct(best.fit);
    const c = pct(chosen.fit);
    return [
      finding('layout.betterSetMatch', null, null, {
        vi: `Biểu khớp với bộ tiêu chí ${name(best.set)} (${b.vi} tiêu chí trùng mã và điểm tối đa) hơn bộ đang dùng ${name(chosen.set)} (${c.vi}). Có thể biểu dùng mẫu cũ hoặc chọn nhầm bộ tiêu chí: đề nghị đơn vị kiểm tra lại và dùng đúng mẫu biểu của bộ tiêu chí.`,
        en: `The sheet fits the criteria set ${name(best.set)} (${b.en} of items with the same code and max) better than the one used, ${name(chosen.set)} (${c.en}). The sheet may use an old template or the wrong set was chosen: check and use the right set.`,
      }),
    ];
  }
  // With no code on the sheet nothing can fit: layout.columnMissing already says so (one cause, one finding).
  if (chosen.fit < MIN_FIT && !codesMissing(parsed)) return [noMatch(chosen, surface)];
  return [];
}

function noMatch(best: Scored | null, surface: Surface): Finding {
  const load = loadSetAdvice(surface);
  if (!best) {
    return finding('layout.noSetMatched', null, null, {
      vi: `Chưa có bộ tiêu chí nào được nạp nên không chấm được điểm. Đề nghị nạp bộ tiêu chí của tỉnh: ${lower(load.vi)}.`,
      en: `No criteria set is loaded, so the sheet cannot be scored. Load the province's set: ${lower(load.en)}.`,
    });
  }
  const p = pct(best.fit);
  const choose = chooseSetAdvice(surface);
  return finding('layout.noSetMatched', null, null, {
    vi: `Biểu không khớp với bộ tiêu chí nào đã nạp (khớp nhất: ${name(best.set)}, chỉ ${p.vi} tiêu chí trùng mã và điểm tối đa). Đề nghị ${choose.vi}; hoặc nạp bộ tiêu chí của tỉnh: ${lower(load.vi)}.`,
    en: `The sheet matches no loaded criteria set (closest: ${name(best.set)}, only ${p.en} of items with the same code and max). Please ${choose.en}; or load the province's set: ${lower(load.en)}.`,
  });
}

/** An advice sentence used inside another one. */
function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function name(set: CriteriaSet): string {
  return `${set.id} (${set.version})`;
}

function pct(fit: number): { vi: string; en: string } {
  return { vi: formatNumber(fit * 100, 'vi', 0) + '%', en: formatNumber(fit * 100, 'en', 0) + '%' };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The same set given twice (forced and bundled) counts once. */
function dedupe(sets: CriteriaSet[]): CriteriaSet[] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = `${s.id}\u0000${s.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
