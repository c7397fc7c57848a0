/**
 * Data validation for the score cells of the blank template: the option values for an
 * `options` rule, else a decimal from 0 to the max. List values are written with a decimal
 * point ("0.5"), the form the .xlsx file stores whatever the user's locale; Excel shows them
 * with the user's separator.
 */
import type { CriteriaItem, ItemKind } from '../criteria/schema';
import { allowsNotApplicable } from '../criteria/tree';
import type { ValidationSpec } from '../sheet-spec';
import { formatScore } from '../text/format';

/** The word offered in option lists where the set allows N/A (the reader knows it). */
export const NOT_APPLICABLE_TEXT = 'Không áp dụng';

export function scoreValidation(item: CriteriaItem, kind: ItemKind, row: number, col: number): ValidationSpec | null {
  const max = item.maxPoints;
  const maxVi = formatScore(max, 'vi');
  const maxEn = formatScore(max, 'en');
  if (item.scoring?.type === 'options') {
    const values = [...new Set(item.scoring.options.map((o) => String(o.points)))];
    if (allowsNotApplicable(item)) values.push(NOT_APPLICABLE_TEXT);
    const shown = item.scoring.options.map((o) => `${o.label}: ${formatScore(o.points, 'vi')}`).join('; ');
    return {
      row,
      col,
      type: 'list',
      list: values,
      prompt: clip(`Chọn một mức điểm. ${shown}`),
      error: clip(`Điểm phải là một trong các mức: ${values.join('; ')}. / The score must be one of the listed values.`),
    };
  }
  // A text "Không áp dụng" could not pass a decimal rule; where N/A is allowed the check
  // afterwards judges the cell instead.
  if (allowsNotApplicable(item)) return null;
  const step = item.scoring?.type === 'step' ? item.scoring.step : null;
  const what =
    kind === 'penalty'
      ? { vi: `Nhập số điểm bị trừ (số dương) từ 0 đến ${maxVi}.`, en: `Enter the points deducted (positive) from 0 to ${maxEn}.` }
      : { vi: `Nhập điểm từ 0 đến ${maxVi}`, en: `Enter a score from 0 to ${maxEn}` };
  const stepText = step ? { vi: `, là bội số của ${formatScore(step, 'vi')}.`, en: `, a multiple of ${formatScore(step, 'en')}.` } : { vi: ', tối đa 2 chữ số thập phân.', en: ', at most 2 decimals.' };
  const prompt = kind === 'penalty' ? `${what.vi} / ${what.en}` : `${what.vi}${stepText.vi} / ${what.en}${stepText.en}`;
  return {
    row,
    col,
    type: 'decimal',
    min: 0,
    max,
    prompt: clip(prompt),
    error: clip(`Điểm phải từ 0 đến ${maxVi}. / The score must be from 0 to ${maxEn}.`),
  };
}

/** Excel refuses prompts and messages over 255 characters. */
function clip(s: string): string {
  return s.length <= 255 ? s : `${s.slice(0, 252)}…`;
}
