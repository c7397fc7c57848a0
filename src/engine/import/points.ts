/**
 * One clause → its label and the points it gives: "Ban hành kịp thời: 1 điểm",
 * "1 điểm: ban hành kịp thời", "- Ban hành kịp thời (1 điểm)", "Ban hành kịp thời: 1",
 * "Hoàn thành xuất sắc: Điểm tối đa", "Hoàn thành tốt: 75% điểm", "Có vi phạm nhẹ: Trừ 50% điểm",
 * "Chậm: trừ 0,5 điểm". Points relative to the item's maximum are resolved against it.
 */
import { foldKeep, NUM, parseNum, round2 } from './text-tools';

export type PointsValue =
  | { kind: 'absolute'; points: number }
  | { kind: 'max' }
  | { kind: 'shareOfMax'; percent: number }
  | { kind: 'minus'; points: number }
  | { kind: 'minusShare'; percent: number };

export interface PointsClause {
  /** The label exactly as written (trimmed, separators removed). */
  label: string;
  /** Folded label, for keyword tests. */
  folded: string;
  /** The whole clause as written, for reports. */
  clause: string;
  value: PointsValue;
}

const UNIT = '(?:diem|d)(?![a-z])';
// Alternatives of a points expression, most specific first. Named groups tell them apart.
const POINTS =
  `(?:(?<minusShare>tru\\s+)?(?<share>${NUM})\\s*%\\s*(?:so\\s+|cua\\s+)?diem(?:\\s+toi\\s+da)?` +
  `|(?<minus>tru\\s+)?(?<abs>${NUM})\\s*${UNIT}` +
  `|(?<max>(?:duoc\\s+|dat\\s+|cham\\s+)?(?:diem\\s+toi\\s+da|toi\\s+da|du\\s+diem)))`;

/** Label then points: "Ban hành kịp thời: 1 điểm", "Ban hành kịp thời (1 điểm)". */
const TAIL = new RegExp(`^(?<label>.*?\\S)[\\s:=\\-–—→>(,]*${POINTS}\\s*\\)?\\s*$`, 'd');
/** Label, a colon, a bare number: Cà Mau option rows "Ban hành kịp thời: 1". */
const TAIL_BARE = new RegExp(`^(?<label>.*?\\S)\\s*[:=]\\s*(?<bare>${NUM})\\s*$`, 'd');
/** Points then label: "1 điểm: ban hành kịp thời", "0,5 điểm nếu không kịp thời". */
const HEAD = new RegExp(`^\\s*\\(?${POINTS}\\)?\\s*(?::|-|–|—|=|khi\\b|neu\\b|doi voi\\b)\\s*(?<label>\\S.*)$`, 'd');

export function readPointsClause(clause: string): PointsClause | null {
  const folded = foldKeep(clause);
  for (const re of [TAIL, TAIL_BARE, HEAD]) {
    const m = re.exec(folded);
    if (!m || !m.groups) continue;
    const g = m.groups;
    // Folded and original text have the same offsets (foldKeep), so the label is sliced from the original.
    const span = m.indices?.groups?.label;
    if (!span) continue;
    const label = tidyLabel(clause.slice(span[0], span[1]));
    // A label says something: words, or a percentage ("100%: 1,5 điểm").
    if (!label || !/[a-z]|\d\s*%/.test(foldKeep(label))) continue;
    const value = pointsValue(g);
    if (!value) continue;
    return { label, folded: foldKeep(label), clause: clause.trim(), value };
  }
  return null;
}

function pointsValue(g: Record<string, string | undefined>): PointsValue | null {
  if (g.share !== undefined) {
    const percent = parseNum(g.share);
    return g.minusShare ? { kind: 'minusShare', percent } : { kind: 'shareOfMax', percent };
  }
  if (g.abs !== undefined) {
    const points = parseNum(g.abs);
    return g.minus ? { kind: 'minus', points } : { kind: 'absolute', points };
  }
  if (g.bare !== undefined) return { kind: 'absolute', points: parseNum(g.bare) };
  if (g.max !== undefined) return { kind: 'max' };
  return null;
}

/** Points of a clause for an item whose maximum is `maxPoints`, 2 decimals, never below 0. */
export function resolvePoints(value: PointsValue, maxPoints: number): number {
  switch (value.kind) {
    case 'absolute':
      return round2(value.points);
    case 'max':
      return round2(maxPoints);
    case 'shareOfMax':
      return round2((maxPoints * value.percent) / 100);
    case 'minus':
      return round2(Math.max(0, maxPoints - value.points));
    case 'minusShare':
      return round2(Math.max(0, maxPoints * (1 - value.percent / 100)));
  }
}

/** Remove separators left at the edges of a label: "Ban hành kịp thời:" → "Ban hành kịp thời". */
function tidyLabel(label: string): string {
  return label
    .replace(/^[\s:=\-–—→>(,]+/, '')
    .replace(/[\s:=\-–—→>(,]+$/, '')
    .replace(/^\((.*)\)$/, '$1')
    // "… kịp thời được 1 điểm", "… thì 0 điểm": the linking word is not part of the case.
    .replace(/\s+(?:được|thì|là|bằng|cho)$/iu, '')
    .trim();
}
