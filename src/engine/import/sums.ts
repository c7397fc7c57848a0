/**
 * Sums that must add up in an imported set (criteria-set.md): each parent's max = Σ its
 * children's maxima, and Σ areas = scale, bonus and penalty parts counted apart. Reported with
 * the cell of the max so the importer can compare with the official document.
 */
import type { CriteriaItem, CriteriaSet, ItemKind } from '../criteria/schema';
import { formatPoints as formatNumber } from './text-tools';
import type { SumMismatch } from './import-report';

const TOLERANCE = 0.001;
const isBP = (k: ItemKind | undefined) => k === 'bonus' || k === 'penalty';

/** Cell of each item's max, by code, for messages. */
export type MaxCells = Map<string, string | null>;

export function sumMismatches(set: CriteriaSet, maxCells: MaxCells): SumMismatch[] {
  const out: SumMismatch[] = [];
  const walk = (item: CriteriaItem, inherited: ItemKind | undefined) => {
    const kind = item.kind ?? inherited;
    const children = item.children ?? [];
    if (children.length > 0) {
      const counted = children.filter((c) => !isBP(c.kind ?? kind) || (c.kind ?? kind) === kind);
      const sum = round3(counted.reduce((s, c) => s + c.maxPoints, 0));
      if (Math.abs(sum - item.maxPoints) > TOLERANCE) {
        out.push({
          code: item.code,
          cell: maxCells.get(item.code) ?? null,
          declared: item.maxPoints,
          sum,
          message: {
            vi: `Tiêu chí ${item.code}: điểm tối đa ${formatNumber(item.maxPoints, 'vi')} nhưng tổng điểm tối đa các tiêu chí con là ${formatNumber(sum, 'vi')}. Đối chiếu với văn bản và sửa điểm tối đa trên biểu cho khớp.`,
            en: `Item ${item.code}: max ${formatNumber(item.maxPoints, 'en')} but its children's maxima add up to ${formatNumber(sum, 'en')}. Check the official document and correct the maxima on the sheet.`,
          },
        });
      }
    }
    for (const c of children) walk(c, kind);
  };
  for (const area of set.items) walk(area, undefined);

  const areaSum = round3(set.items.filter((a) => !isBP(a.kind)).reduce((s, a) => s + a.maxPoints, 0));
  if (Math.abs(areaSum - set.scale) > TOLERANCE) {
    out.push({
      code: null,
      cell: null,
      declared: set.scale,
      sum: areaSum,
      message: {
        vi: `Tổng điểm tối đa các lĩnh vực là ${formatNumber(areaSum, 'vi')}, khác thang điểm ${formatNumber(set.scale, 'vi')}. Kiểm tra điểm tối đa các lĩnh vực, hoặc nêu đúng thang điểm (--scale).`,
        en: `The areas' maxima add up to ${formatNumber(areaSum, 'en')}, not the scale ${formatNumber(set.scale, 'en')}. Check the areas' maxima, or give the right scale (--scale).`,
      },
    });
  }
  return out;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
