/**
 * A criteria set from a province's own template sheet (issue 5): codes, titles, maxima and the
 * scoring text of every row become items; the tree comes from the codes; kinds from the titles;
 * rules from the scoring text where it can be read. The result is checked against the spec and
 * refused when it breaks it, unless `force`, which keeps it as a draft.
 */
import type { CriteriaItem, CriteriaSet, UnitLevel } from '../criteria/schema';
import { validateCriteriaSet } from '../criteria/validate';
import type { ParsedSheet, SheetRow } from '../layout/parsed-sheet';
import type { ImportNote, ImportReport, UnreadScoring } from './import-report';
import { kindFromClues, titleNamesSurvey } from './item-kind';
import { parseScoringText } from './scoring-text';
import { sumMismatches, type MaxCells } from './sums';
import { setTitleFromBlock } from './set-title';
import { treeFromRows, type RowNode } from './tree-from-rows';
import { formatPoints } from './text-tools';

export interface ImportMeta {
  id: string;
  year: number;
  unitLevel: UnitLevel;
  version?: string;
  title?: string;
  issuedBy?: string;
  /** Total max of the index; default Σ areas (bonus and penalty left out). */
  scale?: number;
  /** Keep a set that breaks the spec, marked `draft: true`. */
  force?: boolean;
}

export function buildSetFromSheet(parsed: ParsedSheet, meta: ImportMeta): { set: CriteriaSet; report: ImportReport } {
  const { roots, notes } = treeFromRows(parsed.rows);
  const ctx: BuildContext = { unread: [], notes, maxCells: new Map(), leaves: 0, rules: 0, items: 0 };
  const items = roots.map((n) => buildItem(n, ctx, false));

  const scale = meta.scale ?? round2(items.filter((a) => a.kind !== 'bonus' && a.kind !== 'penalty').reduce((s, a) => s + a.maxPoints, 0));
  const declaredVersion =
    parsed.titleBlock.declaredSetId === meta.id ? parsed.titleBlock.declaredVersion : null;
  const set: CriteriaSet = {
    format: 'par-criteria/1',
    id: meta.id,
    version: meta.version ?? declaredVersion ?? `${meta.year}.1`,
    title: meta.title?.trim() || setTitleFromBlock(parsed),
    ...(meta.issuedBy ? { issuedBy: meta.issuedBy } : {}),
    year: meta.year,
    unitLevel: meta.unitLevel,
    scale,
    items,
  };
  if (items.length === 0) {
    ctx.notes.push({
      code: null,
      cell: null,
      message: {
        vi: 'Không tìm thấy dòng nào có mã tiêu chí (cột STT) trên bảng. Kiểm tra bảng có dòng tiêu đề cột và cột STT/Mã.',
        en: 'No row with an item code (STT column) was found. Check that the sheet has a header row and a code column.',
      },
    });
  }

  const validation = validateCriteriaSet(set);
  const problems = validation.ok ? [] : validation.problems;
  const refused = problems.length > 0 && !meta.force;
  const draft = problems.length > 0 && !!meta.force;
  const finalSet: CriteriaSet = draft ? withDraft(set) : set;
  const report: ImportReport = {
    ok: !refused,
    draft,
    itemCount: ctx.items,
    leafCount: ctx.leaves,
    rulesRead: ctx.rules,
    unreadScoring: ctx.unread,
    sums: sumMismatches(set, ctx.maxCells),
    problems,
    notes: ctx.notes,
  };
  return { set: finalSet, report };
}

interface BuildContext {
  unread: UnreadScoring[];
  notes: ImportNote[];
  maxCells: MaxCells;
  items: number;
  leaves: number;
  rules: number;
}

function buildItem(node: RowNode, ctx: BuildContext, ancestorSurvey: boolean): CriteriaItem {
  const row = node.row;
  ctx.items++;
  ctx.maxCells.set(node.code, row.max?.address ?? null);
  const title = itemTitle(row) || node.code;
  const surveyBelow = ancestorSurvey || titleNamesSurvey(title);
  const children = node.children.map((c) => buildItem(c, ctx, surveyBelow));
  const leaf = children.length === 0;
  const method = scoringText(row);
  const maxPoints = itemMax(row, children, ctx, node.code);

  const parsedRule = leaf && method ? parseScoringText(method, maxPoints) : null;
  const scoring = parsedRule?.scoring;
  const kind = kindFromClues({
    title,
    leaf,
    hasRule: !!scoring,
    methodSaysSurvey: !!parsedRule?.survey,
    ancestorSurvey,
  });
  if (leaf) {
    ctx.leaves++;
    if (scoring) ctx.rules++;
    if (parsedRule && parsedRule.unread.length > 0) {
      ctx.unread.push({
        code: node.code,
        cell: row.method?.address ?? row.title?.address ?? null,
        text: method as string,
        unread: parsedRule.unread,
      });
    }
  }

  // Key order follows criteria-set.md so the written JSON reads like the spec.
  const item: CriteriaItem = { code: node.code, title, maxPoints };
  if (kind) item.kind = kind;
  if (method) item.method = method;
  if (scoring && kind !== 'survey') item.scoring = scoring;
  if (kind === 'survey') item.evidence = 'none';
  if (parsedRule?.notApplicable) item.notApplicable = 'allowed';
  if (children.length > 0) item.children = children;
  return item;
}

/** The title as written, without a code repeated at its start ("1.1. Kế hoạch CCHC"). */
function itemTitle(row: SheetRow): string {
  const text = (row.title?.text ?? '').trim();
  for (const code of [row.codeRaw, row.code]) {
    if (!code) continue;
    const c = code.trim();
    if (text.startsWith(c) && /^[\s.:)\-–]/.test(text.slice(c.length) || ' ')) {
      const rest = text.slice(c.length).replace(/^[\s.:)\-–]+/, '').trim();
      if (rest) return rest;
    }
  }
  return text;
}

/** The method cell exactly as written, then the option rows gathered under the leaf. */
function scoringText(row: SheetRow): string | undefined {
  const parts = [row.method?.text ?? '', ...row.optionLines].filter((t) => t.trim() !== '');
  return parts.length > 0 ? parts.join('\n') : undefined;
}

function itemMax(row: SheetRow, children: CriteriaItem[], ctx: BuildContext, code: string): number {
  const r = row.max?.reading;
  if (r && r.kind === 'number') return r.value;
  const cell = row.max?.address ?? null;
  if (children.length > 0) {
    // A parent's max is the sum of its children's by definition; a blank cell does not change that.
    const sum = round2(children.filter((c) => c.kind !== 'bonus' && c.kind !== 'penalty').reduce((s, c) => s + c.maxPoints, 0));
    ctx.notes.push({
      code,
      cell,
      message: {
        vi: `Tiêu chí ${code} không ghi điểm tối đa; đã lấy tổng các tiêu chí con (${formatPoints(sum, 'vi')}).`,
        en: `Item ${code} has no max written; the sum of its children (${formatPoints(sum, 'en')}) was used.`,
      },
    });
    return sum;
  }
  ctx.notes.push({
    code,
    cell,
    message: {
      vi: `Tiêu chí ${code}: không đọc được điểm tối đa${cell ? ` ở ô ${cell}` : ''}, tạm ghi 0. Ghi điểm tối đa bằng số (ví dụ 1 hoặc 0,5) rồi nhập lại.`,
      en: `Item ${code}: the max${cell ? ` in ${cell}` : ''} could not be read, 0 was used. Write the max as a number (e.g. 1 or 0.5) and import again.`,
    },
  });
  return 0;
}

function withDraft(set: CriteriaSet): CriteriaSet {
  const { items, ...head } = set;
  return { ...head, draft: true, items };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
