/**
 * Bounds on a criteria set's size, checked before the schema and the cross-item rules (which walk
 * the tree recursively and compare items with each other): a set of 100,000 items took minutes
 * and one nested 1,000 levels deep overflowed the stack. A real set has about 100–200 items three
 * levels deep; the bounds leave a wide margin. The walk here uses its own stack (no recursion) and
 * stops as soon as a bound is passed.
 */
import type { SetProblem } from './set-problem';

/** Items in the whole tree (areas, criteria, sub-criteria together). */
export const MAX_SET_ITEMS = 2000;
/** Levels of nesting (area → criterion → sub-criterion … is 3). */
export const MAX_SET_DEPTH = 8;
/** Options or bands of one item's scoring rule. */
export const MAX_SCORING_ENTRIES = 100;

const thousands = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

export const boundProblems = {
  items: (): SetProblem => ({
    path: 'items',
    item: null,
    message: {
      vi: `Bộ tiêu chí có hơn ${thousands(MAX_SET_ITEMS, '.')} mục (giới hạn ${thousands(MAX_SET_ITEMS, '.')} mục gồm lĩnh vực, tiêu chí và tiêu chí thành phần; một bộ thật có khoảng 100–200). Tệp có thể bị sinh sai hoặc ghép nhiều bộ vào một: hãy kiểm tra lại tệp, mỗi bộ tiêu chí một tệp.`,
      en: `The criteria set has more than ${thousands(MAX_SET_ITEMS, ',')} items (limit ${thousands(MAX_SET_ITEMS, ',')} areas, criteria and sub-criteria together; a real set has about 100–200). The file may have been generated wrongly or hold several sets: check it, one set per file.`,
    },
  }),
  depth: (path: string, code: string | null): SetProblem => ({
    path,
    item: code,
    message: {
      vi: `Tiêu chí lồng nhau quá ${MAX_SET_DEPTH} cấp (giới hạn ${MAX_SET_DEPTH} cấp; một bộ thật có 3–4 cấp: lĩnh vực → tiêu chí → tiêu chí thành phần). Hãy kiểm tra các mục "children" lồng nhau trong tệp và đưa các tiêu chí về đúng cấp.`,
      en: `Criteria are nested more than ${MAX_SET_DEPTH} levels deep (limit ${MAX_SET_DEPTH}; a real set has 3–4: area → criterion → sub-criterion). Check the nested "children" in the file and put the criteria back at their level.`,
    },
  }),
  scoring: (path: string, code: string | null): SetProblem => ({
    path,
    item: code,
    message: {
      vi: `Cách tính điểm có hơn ${MAX_SCORING_ENTRIES} mức hoặc lựa chọn (giới hạn ${MAX_SCORING_ENTRIES}). Hãy kiểm tra lại "options"/"bands" của tiêu chí này.`,
      en: `The scoring rule has more than ${MAX_SCORING_ENTRIES} options or bands (limit ${MAX_SCORING_ENTRIES}). Check this item's "options"/"bands".`,
    },
  }),
};

const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The first bound the parsed JSON passes, or null when it is within all of them. */
export function setBoundProblem(json: unknown): SetProblem | null {
  const root = record(json);
  if (!root || !Array.isArray(root.items)) return null; // the schema says what is missing
  const stack: { list: unknown[]; path: string; depth: number }[] = [{ list: root.items, path: 'items', depth: 1 }];
  let items = 0;
  while (stack.length > 0) {
    const { list, path, depth } = stack.pop() as { list: unknown[]; path: string; depth: number };
    items += list.length;
    if (items > MAX_SET_ITEMS) return boundProblems.items();
    for (let i = 0; i < list.length; i++) {
      const item = record(list[i]);
      if (!item) continue;
      const at = `${path}[${i}]`;
      const code = typeof item.code === 'string' ? item.code : null;
      const scoring = record(item.scoring);
      const entries = scoring ? (Array.isArray(scoring.options) ? scoring.options : Array.isArray(scoring.bands) ? scoring.bands : []) : [];
      if (entries.length > MAX_SCORING_ENTRIES) return boundProblems.scoring(`${at}.scoring`, code);
      if (Array.isArray(item.children) && item.children.length > 0) {
        if (depth + 1 > MAX_SET_DEPTH) return boundProblems.depth(`${at}.children`, code);
        stack.push({ list: item.children, path: `${at}.children`, depth: depth + 1 });
      }
    }
  }
  return null;
}
