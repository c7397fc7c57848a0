/**
 * A problem found in a criteria-set file, shared by the zod mapping, the cross-item rules
 * and the JSON text loader. Every problem names where it is (JSON path and, when inside an
 * item, the item's code) and says in both languages what is wrong and how to fix it.
 */
import type { Bilingual } from '../text/lang';

export interface SetProblem {
  /** JSON path such as "items[2].children[0].maxPoints"; "" for the whole file. */
  path: string;
  /** Code of the item the problem is in, or null (set-level fields, unreadable codes). */
  item: string | null;
  message: Bilingual;
  /** 1-based line and column in the file text, for JSON syntax errors. */
  line?: number;
  column?: number;
}

/** ['items', 0, 'children', 2, 'code'] → "items[0].children[2].code". */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const part of path) {
    if (typeof part === 'number') s += `[${part}]`;
    else s += (s === '' ? '' : '.') + String(part);
  }
  return s;
}

/**
 * The code of the innermost item on a path, read from the raw JSON (which may be invalid):
 * an item is an element of "items" or of a "children" array.
 */
export function itemCodeAt(json: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = json;
  let code: string | null = null;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as string];
    const prev = path[i - 1];
    if (typeof path[i] === 'number' && (prev === 'items' || prev === 'children')) {
      const c = node && typeof node === 'object' ? (node as { code?: unknown }).code : undefined;
      code = typeof c === 'string' ? c : typeof c === 'number' ? String(c) : null;
    }
  }
  return code;
}

/** "Tiêu chí 1.1.1: " / "Item 1.1.1: " prefix so a message read alone still says where. */
export function withItem(item: string | null, message: Bilingual): Bilingual {
  if (!item) return message;
  return { vi: `Tiêu chí ${item}: ${message.vi}`, en: `Item ${item}: ${message.en}` };
}
