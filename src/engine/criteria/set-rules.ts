/**
 * The cross-item rules of criteria-set.md that a schema cannot express: unique codes, codes
 * that extend their parent's, parent max = Σ children, Σ areas = scale, survey items without
 * evidence, scoring rules on leaves only, classification bands best first.
 *
 * They run on the raw JSON, tolerating fields of the wrong type (zod reports those), so that
 * one pass over a broken file reports every problem at once.
 */
import type { Bilingual } from '../text/lang';
import { withItem, type SetProblem } from './set-problem';
import { isArabic, isRoman } from './tree';

const TOLERANCE = 0.001;
type Kind = 'scored' | 'survey' | 'bonus' | 'penalty';

interface RawItem {
  raw: Record<string, unknown>;
  path: string;
  code: string | null;
  kind: Kind;
  parent: RawItem | null;
  children: RawItem[];
}

const KINDS = new Set(['scored', 'survey', 'bonus', 'penalty']);

function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function collect(list: unknown, basePath: string, parent: RawItem | null, out: RawItem[]): RawItem[] {
  if (!Array.isArray(list)) return [];
  const level: RawItem[] = [];
  list.forEach((el, i) => {
    const raw = asRecord(el);
    if (!raw) return;
    const ownKind = typeof raw.kind === 'string' && KINDS.has(raw.kind) ? (raw.kind as Kind) : null;
    const item: RawItem = {
      raw,
      path: `${basePath}[${i}]`,
      code: typeof raw.code === 'string' ? raw.code : null,
      kind: ownKind ?? parent?.kind ?? 'scored',
      parent,
      children: [],
    };
    out.push(item);
    level.push(item);
    item.children = collect(raw.children, `${item.path}.children`, item, out);
  });
  return level;
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
const isBP = (k: Kind) => k === 'bonus' || k === 'penalty';

/** Same rule as tree.countsInParent, on raw items. */
function counts(child: RawItem, parent: RawItem): boolean {
  return !isBP(child.kind) || parent.kind === child.kind;
}

function maxOf(item: RawItem): number | null {
  const m = item.raw.maxPoints;
  return typeof m === 'number' && Number.isFinite(m) ? m : null;
}

/** Σ maxPoints of the items that count; null when one of them has no readable max (zod says why). */
function sumMax(items: RawItem[]): number | null {
  let sum = 0;
  for (const it of items) {
    const m = maxOf(it);
    if (m === null) return null;
    sum += m;
  }
  return sum;
}

export function crossItemProblems(json: unknown): SetProblem[] {
  const root = asRecord(json);
  if (!root) return [];
  const all: RawItem[] = [];
  const areas = collect(root.items, 'items', null, all);
  const problems: SetProblem[] = [];
  const add = (path: string, item: string | null, message: Bilingual) =>
    problems.push({ path, item, message: withItem(item, message) });

  // Unique codes.
  const seen = new Map<string, RawItem>();
  for (const it of all) {
    if (it.code === null) continue;
    const first = seen.get(it.code);
    if (first) {
      add(`${it.path}.code`, it.code, {
        vi: `Mã "${it.code}" bị trùng (đã dùng ở ${first.path}). Đặt cho mỗi tiêu chí một mã riêng.`,
        en: `The code "${it.code}" is used twice (first at ${first.path}). Give each item its own code.`,
      });
    } else seen.set(it.code, it);
  }

  // A child's code extends its parent's; Roman numerals only for areas.
  for (const it of all) {
    if (it.code === null || !it.parent || it.parent.code === null) continue;
    const p = it.parent.code;
    if (isRoman(it.code)) {
      add(`${it.path}.code`, it.code, {
        vi: `Số La Mã "${it.code}" chỉ dùng cho lĩnh vực (cấp cao nhất), không dùng dưới "${p}". Đánh số tiêu chí con bằng số Ả Rập, ví dụ "${isArabic(p) ? p + '.1' : '1.1'}".`,
        en: `A Roman numeral ("${it.code}") is only for an area (top level), not under "${p}". Number the child in Arabic, e.g. "${isArabic(p) ? p + '.1' : '1.1'}".`,
      });
    } else if (isArabic(p) && isArabic(it.code) && !new RegExp(`^${p.replace(/\./g, '\\.')}\\.\\d+$`).test(it.code)) {
      add(`${it.path}.code`, it.code, {
        vi: `Mã "${it.code}" không nối tiếp mã cha "${p}". Tiêu chí con của "${p}" có mã "${p}.1", "${p}.2", …`,
        en: `The code "${it.code}" does not extend its parent's code "${p}". Children of "${p}" are numbered "${p}.1", "${p}.2", …`,
      });
    }
  }

  // Parent max = Σ children (bonus and penalty children counted apart).
  for (const it of all) {
    if (it.children.length === 0) continue;
    const max = maxOf(it);
    const sum = sumMax(it.children.filter((c) => counts(c, it)));
    if (max === null || sum === null || Math.abs(max - sum) <= TOLERANCE) continue;
    add(`${it.path}.maxPoints`, it.code, {
      vi: `Điểm tối đa ${fmt(max)} khác tổng điểm tối đa các tiêu chí con (${fmt(sum)}). Sửa điểm tối đa của tiêu chí này hoặc của các tiêu chí con cho khớp văn bản.`,
      en: `maxPoints ${fmt(max)} differs from the sum of its children's maxPoints (${fmt(sum)}). Correct this item's or its children's maxPoints to match the official document.`,
    });
  }

  // Σ areas = scale.
  // A scale JSON reads as infinity (1e400) has its own problem from the schema.
  const scale = typeof root.scale === 'number' && Number.isFinite(root.scale) ? root.scale : null;
  const areaSum = sumMax(areas.filter((a) => !isBP(a.kind)));
  if (scale !== null && areaSum !== null && areas.length > 0 && Math.abs(scale - areaSum) > TOLERANCE) {
    add('scale', null, {
      vi: `Tổng điểm tối đa các lĩnh vực (${fmt(areaSum)}, không tính điểm thưởng, điểm trừ) khác thang điểm "scale" (${fmt(scale)}). Sửa "scale" hoặc điểm tối đa các lĩnh vực.`,
      en: `The areas' maxPoints add up to ${fmt(areaSum)} (bonus and penalty left out), not the "scale" ${fmt(scale)}. Correct "scale" or the areas' maxPoints.`,
    });
  }

  for (const it of all) {
    // Survey points come from the survey, not from documents the unit supplies.
    if (it.kind === 'survey' && it.raw.evidence === 'required') {
      add(`${it.path}.evidence`, it.code, {
        vi: 'Tiêu chí điều tra xã hội học không do đơn vị tự chấm nên không yêu cầu tài liệu kiểm chứng. Bỏ "evidence" hoặc ghi "none".',
        en: 'A survey item is not self-scored, so it cannot require evidence. Remove "evidence" or write "none".',
      });
    }
    if (it.children.length > 0 && it.raw.scoring !== undefined) {
      add(`${it.path}.scoring`, it.code, {
        vi: 'Quy tắc chấm "scoring" chỉ ghi cho tiêu chí không có tiêu chí con; điểm của tiêu chí cha là tổng các tiêu chí con. Chuyển quy tắc xuống tiêu chí con hoặc bỏ đi.',
        en: 'A "scoring" rule belongs on an item without children; a parent scores the sum of its children. Move the rule to the children or remove it.',
      });
    }
  }

  // Classification: best band first, so the first match is the right one.
  if (Array.isArray(root.classification)) {
    let prev: number | null = null;
    root.classification.forEach((b, i) => {
      const min = asRecord(b)?.minIndex;
      if (typeof min !== 'number') return;
      if (prev !== null && min > prev) {
        add(`classification[${i}].minIndex`, null, {
          vi: `Mức xếp loại thứ ${i + 1} có chỉ số tối thiểu ${fmt(min)} cao hơn mức đứng trước (${fmt(prev)}). Xếp các mức từ cao xuống thấp.`,
          en: `Classification band ${i + 1} has minIndex ${fmt(min)}, above the band before it (${fmt(prev)}). List the bands from best to worst.`,
        });
      }
      prev = min;
    });
  }
  return problems;
}
