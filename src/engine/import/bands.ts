/**
 * The percent bound in a band label, read the way criteria-set.md encodes it:
 * "trên X%" → above X; "từ X%", "X% trở lên", "đạt từ X%", "từ X% đến dưới Y%", "từ X% - Y%",
 * "đạt 100%", "Hoàn thành 100% kế hoạch" → at least X; "dưới X%", "X% trở xuống" → the fallback.
 * Only the first percentage counts: in "từ 70% đến dưới 90%" it is the lower bound.
 */
import { foldKeep, NUM, parseNum } from './text-tools';

export type BandBound =
  | { kind: 'above'; value: number }
  | { kind: 'atLeast'; value: number }
  /** "dưới X%": whatever is left below the other bands. */
  | { kind: 'below'; value: number };

const PERCENT = new RegExp(`${NUM}\\s*%`);
const BEFORE_BELOW = /(?:duoi|nho hon|it hon|thap hon|khong (?:dat|den)|chua dat|<)\s*$/;
const BEFORE_ABOVE = /(?:tren|lon hon|cao hon|vuot(?: qua)?|>)\s*$/;
const AFTER_BELOW = /^\s*(?:tro xuong|do lai|tro ve)/;

export function readBandBound(label: string): BandBound | null {
  const folded = foldKeep(label);
  const m = PERCENT.exec(folded);
  if (!m) return null;
  const value = parseNum(m[1]);
  const before = folded.slice(0, m.index);
  const after = folded.slice(m.index + m[0].length);
  if (BEFORE_BELOW.test(before) || AFTER_BELOW.test(after)) return { kind: 'below', value };
  if (BEFORE_ABOVE.test(before)) return { kind: 'above', value };
  return { kind: 'atLeast', value };
}

/** A label without a percentage that still means "the rest": "Không đạt", "Các trường hợp còn lại". */
export function isRestLabel(label: string): boolean {
  const f = foldKeep(label).trim();
  return /^(?:khong|chua|con lai|cac truong hop (?:con lai|khac)|truong hop (?:con lai|khac)|thap hon|duoi muc)/.test(f);
}
