/**
 * Checks of one numeric score against its item's rule: sign, max, allowed options or bands,
 * step, decimals, and (self column only) the declared figure. One root cause gives one finding:
 * a negative or above-max value is not also reported as "not an allowed option".
 */
import { effectiveKind, type FlatItem } from '../criteria/tree';
import type { SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding } from './context';
import { declaredPercents, expectedScore } from './declared';
import { itemName, nums } from './fmt';
import { settleNumberFields } from '../number-fields';

const EPS = 1e-6;

export type ScoreColumn = 'self' | 'appraised' | 'survey' | 'appraised2';

const columnName = {
  self: { vi: 'Điểm tự đánh giá', en: 'Self-assessed score' },
  appraised: { vi: 'Điểm thẩm định', en: 'Appraised score' },
  appraised2: { vi: 'Điểm thẩm định lần 2', en: 'Round-2 appraised score' },
  survey: { vi: 'Điểm điều tra xã hội học', en: 'Survey score' },
};

export function columnLabel(column: ScoreColumn) {
  return columnName[column];
}

export function checkNumber(
  flat: FlatItem,
  row: SheetRow,
  raw: number,
  address: string,
  column: ScoreColumn,
): Finding[] {
  const item = flat.item;
  const code = item.code;
  const kind = effectiveKind(flat);
  // Most cells are fine: the message words (item names, numbers as text) are built only for a
  // finding (wordsOf), never for every cell looked at: this runs for every score cell of every
  // sheet (and wordsOf is a function of its own, not a closure made for every cell).

  // A penalty is written as points deducted, positive or negative: both mean the same.
  if (raw < 0 && kind !== 'penalty') {
    const { col, v, max, vi, en } = wordsOf(flat, column, raw);
    return [
      finding('score.negative', address, code, {
        vi: `${col.vi} ${v.vi} của ${vi} là số âm. Đề nghị đơn vị sửa lại thành một số từ 0 đến ${max.vi}.`,
        en: `${col.en} ${v.en} of ${en} is negative. Change it to a number from 0 to ${max.en}.`,
      }),
    ];
  }
  const value = Math.abs(raw);
  if (value > item.maxPoints + EPS) {
    const { col, v, max, vi, en } = wordsOf(flat, column, raw);
    return [
      finding('score.aboveMax', address, code, {
        vi: `${col.vi} ${v.vi} vượt điểm tối đa ${max.vi} của ${vi}. Đề nghị đơn vị sửa lại điểm không quá ${max.vi}.`,
        en: `${col.en} ${v.en} of ${en} is above its max of ${max.en}. Change it to at most ${max.en}.`,
      }),
    ];
  }

  const scoring = item.scoring;
  const levels = scoring?.type === 'options' ? scoring.options : scoring?.type === 'bands' ? scoring.bands : null;
  if (levels && !isLevel(levels, value)) {
    const { col, v, vi, en } = wordsOf(flat, column, raw);
    const list = uniqueSorted(levels.map((l) => Math.abs(l.points)));
    return [
      finding('score.notAllowed', address, code, {
        vi: `${col.vi} ${v.vi} của ${vi} không thuộc các mức điểm cho phép (${list.map((p) => nums(p).vi).join('; ')}). Đề nghị đơn vị chọn một trong các mức đó theo cách tính điểm.`,
        en: `${col.en} ${v.en} of ${en} is not one of the allowed values (${list.map((p) => nums(p).en).join('; ')}). Pick one of them as the scoring method says.`,
      }),
    ];
  }

  const out: Finding[] = [];
  let shapeFlagged = false;
  if (scoring?.type === 'step') {
    const q = value / scoring.step;
    if (Math.abs(q - Math.round(q)) > EPS) {
      const step = nums(scoring.step);
      const { col, v, vi, en } = wordsOf(flat, column, raw);
      out.push(
        finding('score.notStep', address, code, {
          vi: `${col.vi} ${v.vi} của ${vi} không phải bội số của bước điểm ${step.vi}. Đề nghị đơn vị làm tròn về mức gần nhất (ví dụ ${nums(Math.floor(q) * scoring.step).vi} hoặc ${nums(Math.min(Math.ceil(q) * scoring.step, item.maxPoints)).vi}).`,
          en: `${col.en} ${v.en} of ${en} is not a multiple of the step ${step.en}. Round it to a step (e.g. ${nums(Math.floor(q) * scoring.step).en} or ${nums(Math.min(Math.ceil(q) * scoring.step, item.maxPoints)).en}).`,
        }),
      );
      shapeFlagged = true;
    }
  }
  if (!shapeFlagged && !levels && Math.abs(value * 100 - Math.round(value * 100)) > EPS * 100) {
    const r = nums(Math.round(value * 100) / 100);
    const { col, v, vi, en } = wordsOf(flat, column, raw);
    out.push(
      finding('score.tooManyDecimals', address, code, {
        vi: `${col.vi} ${v.vi} của ${vi} có quá 2 chữ số thập phân. Đề nghị đơn vị làm tròn thành ${r.vi}.`,
        en: `${col.en} ${v.en} of ${en} has more than 2 decimals. Round it to ${r.en}.`,
      }),
    );
  }

  if (column === 'self' && out.length === 0) {
    const mismatch = declaredMismatch(flat, row, value, address, raw);
    if (mismatch) out.push(mismatch);
  }
  return out;
}

/** The words of a score cell's finding: its column, value and max as text, the item's name. */
function wordsOf(flat: FlatItem, column: ScoreColumn, raw: number) {
  return { col: columnName[column], v: nums(raw), max: nums(flat.item.maxPoints), vi: itemName(flat, 'vi'), en: itemName(flat, 'en') };
}

// The declared per cent and its score take fractions from the first sheet on (number-fields.ts).
settleNumberFields((n) => ({ p: n, e: n }));

/** Self-score vs the score the declared figure calls for (bands / proportional rules). */
function declaredMismatch(
  flat: FlatItem,
  row: SheetRow,
  value: number,
  address: string,
  raw: number,
): Finding | null {
  const item = flat.item;
  const percents = declaredPercents(row.declared?.reading);
  // Stryker disable next-line ConditionalExpression: equivalent, no percents give no expected scores (null below)
  if (percents.length === 0) return null;
  // (Loops, not map/filter/some: see number-fields.ts and scoring/compute.ts on arrays made by map.)
  const expected: { p: number; e: number }[] = [];
  for (const p of percents) {
    const e = expectedScore(item.scoring, item.maxPoints, p);
    if (e !== null) expected.push({ p, e });
  }
  if (expected.length === 0) return null;
  for (const x of expected) if (Math.abs(x.e - value) <= 0.005 + EPS) return null;
  // Report the reading a person would mean: the percentage as written (80 for "80%").
  const shown = expected[expected.length - 1];
  const p = nums(shown.p);
  const e = nums(shown.e);
  const v = nums(raw);
  return finding('score.declaredMismatch', address, item.code, {
    vi: `Điểm tự đánh giá ${v.vi} của ${itemName(flat, 'vi')} không khớp số liệu kê khai ${p.vi}%: theo cách tính điểm phải là ${e.vi} điểm. Đề nghị đơn vị sửa điểm thành ${e.vi} hoặc sửa lại số liệu kê khai cho đúng.`,
    en: `Self-score ${v.en} of ${itemName(flat, 'en')} disagrees with the declared figure ${p.en}%: the scoring rule gives ${e.en}. Change the score to ${e.en} or correct the declared figure.`,
  });
}

/** The value is one of the allowed levels (options or bands, sign ignored). */
function isLevel(levels: readonly { points: number }[], value: number): boolean {
  for (const l of levels) if (Math.abs(Math.abs(l.points) - value) <= EPS) return true;
  return false;
}

function uniqueSorted(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => b - a)) if (!out.some((o) => Math.abs(o - v) <= EPS)) out.push(v);
  return out;
}
