/**
 * Small wording helpers shared by the checks' messages: numbers the Vietnamese way in vi
 * ("1,25"), item nouns by tree depth (lĩnh vực / tiêu chí / tiêu chí thành phần), short quotes.
 */
import type { FlatItem } from '../criteria/tree';
import type { Lang } from '../text/lang';
import { formatScore } from '../text/format';

/** A score as people write it: up to 6 decimals, trailing zeros dropped ("1", "0,5", "1,255"). */
export function num(n: number, lang: Lang): string {
  // Checks word their messages for every score they look at; scores take few distinct values.
  // One table per language, keyed by the number itself (no key text to build per call).
  const known = numText[lang];
  let text = known.get(n);
  // Stryker disable next-line ConditionalExpression: equivalent, always formatting gives the same text (the cache only saves time)
  if (text === undefined) {
    text = formatScore(n, lang, 6);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only caps the cache's memory
    if (known.size < 5000) known.set(n, text);
  }
  return text;
}
const numText: Record<Lang, Map<number, string>> = { vi: new Map(), en: new Map() };

/** Both languages at once, for message builders: nums(1.25) → { vi: "1,25", en: "1.25" }. */
export function nums(n: number): { vi: string; en: string } {
  return { vi: num(n, 'vi'), en: num(n, 'en') };
}

/** "lĩnh vực 6", "tiêu chí 2.3", "tiêu chí thành phần 2.3.3" / "area 6", "criterion 2.3", "sub-criterion 2.3.3". */
export function itemName(flat: FlatItem, lang: Lang): string {
  const code = flat.item.code;
  if (lang === 'vi') {
    const noun = flat.depth === 0 ? 'lĩnh vực' : flat.depth === 1 ? 'tiêu chí' : 'tiêu chí thành phần';
    return `${noun} ${code}`;
  }
  const noun = flat.depth === 0 ? 'area' : flat.depth === 1 ? 'criterion' : 'sub-criterion';
  return `${noun} ${code}`;
}

/** A cell's text in quotes, cut to `max` characters so a long evidence text keeps a message short. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}"`;
}

/** 0-based sheet row → the row number users see. */
export function rowNo(row: number): number {
  return row + 1;
}

/** First letter upper-case (a message starting with an item name). */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
