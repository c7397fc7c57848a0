/**
 * zod issues → SetProblems with Vietnamese and English messages a set author can act on.
 * zod's own messages are English and name types, not fixes, so each field gets its own hint.
 */
import type { z } from 'zod';
import type { Bilingual } from '../text/lang';
import { formatPath, itemCodeAt, withItem, type SetProblem } from './set-problem';

/** What a valid value of each field looks like (the "how to fix" half of a message). */
const FIELD_HINTS: Record<string, Bilingual> = {
  format: { vi: 'Ghi đúng "format": "par-criteria/1".', en: 'Write "format": "par-criteria/1".' },
  id: {
    vi: 'Mã bộ tiêu chí chỉ gồm chữ thường không dấu a-z, chữ số và dấu "-", ví dụ "mau-so-nganh-2024".',
    en: 'The set id uses only lower-case a-z, digits and "-", e.g. "mau-so-nganh-2024".',
  },
  version: { vi: 'Ghi phiên bản dạng văn bản, ví dụ "2024.1".', en: 'Give the version as text, e.g. "2024.1".' },
  title: { vi: 'Ghi tên đầy đủ như trên văn bản chính thức.', en: 'Give the full name as the official document prints it.' },
  issuedBy: { vi: 'Ghi số, ngày văn bản ban hành dạng văn bản.', en: 'Give the issuing decision as text.' },
  illustrative: { vi: 'Ghi true (minh họa) hoặc false.', en: 'Write true (a sample) or false.' },
  draft: { vi: 'Ghi true hoặc false.', en: 'Write true or false.' },
  year: { vi: 'Ghi năm đánh giá là số nguyên từ 1990 đến 2100, ví dụ 2024.', en: 'Give the assessment year as a whole number from 1990 to 2100, e.g. 2024.' },
  unitLevel: {
    vi: 'Chọn một trong: province, ministry, department, district, commune, other.',
    en: 'Use one of: province, ministry, department, district, commune, other.',
  },
  scale: { vi: 'Ghi tổng điểm tối đa của chỉ số là số dương, thường là 100.', en: 'Give the total max points of the index as a positive number, usually 100.' },
  items: { vi: 'Ghi danh sách các lĩnh vực (ít nhất một lĩnh vực).', en: 'List the areas (at least one).' },
  children: { vi: 'Ghi danh sách các tiêu chí con, mỗi mục có code, title, maxPoints.', en: 'List the child items, each with code, title and maxPoints.' },
  code: {
    vi: 'Mã là số La Mã (I, II) hoặc số Ả Rập phân cấp bằng dấu chấm (1, 1.2, 1.2.3), ghi dạng văn bản trong dấu ngoặc kép, không có dấu chấm ở cuối.',
    en: 'A code is a Roman numeral (I, II) or dotted Arabic (1, 1.2, 1.2.3), written as a quoted string without a trailing dot.',
  },
  maxPoints: { vi: 'Ghi điểm tối đa là số ≥ 0, tối đa 2 chữ số thập phân, dùng dấu chấm (1.5).', en: 'Give maxPoints as a number ≥ 0 with at most 2 decimals, using a point (1.5).' },
  kind: { vi: 'Chọn scored, survey, bonus hoặc penalty (bỏ trống = scored).', en: 'Use scored, survey, bonus or penalty (absent = scored).' },
  method: { vi: 'Ghi cách tính điểm dạng văn bản.', en: 'Give the scoring method as text.' },
  evidence: { vi: 'Chọn required, optional hoặc none.', en: 'Use required, optional or none.' },
  notApplicable: { vi: 'Chọn never hoặc allowed.', en: 'Use never or allowed.' },
  scoring: {
    vi: 'Quy tắc chấm có "type" là options, bands, proportional hoặc step (xem criteria-set.md).',
    en: 'A scoring rule has "type" options, bands, proportional or step (see criteria-set.md).',
  },
  type: { vi: 'Chọn options, bands, proportional hoặc step.', en: 'Use options, bands, proportional or step.' },
  options: { vi: 'Ghi ít nhất một lựa chọn {"label": …, "points": …}.', en: 'List at least one option {"label": …, "points": …}.' },
  label: { vi: 'Ghi nhãn không để trống.', en: 'Give a non-empty label.' },
  points: { vi: 'Ghi số điểm là số, dùng dấu chấm thập phân.', en: 'Give points as a number, with a decimal point.' },
  bands: {
    vi: 'Ghi ít nhất một mức {"above": …} hoặc {"atLeast": …} với "points"; mức cuối không có điều kiện.',
    en: 'List at least one band {"above": …} or {"atLeast": …} with "points"; the last band has no condition.',
  },
  above: { vi: 'Ghi ngưỡng là số (phần trăm).', en: 'Give the threshold as a number (percent).' },
  atLeast: { vi: 'Ghi ngưỡng là số (phần trăm).', en: 'Give the threshold as a number (percent).' },
  input: { vi: 'Ghi "input": "percent" hoặc bỏ trường này.', en: 'Write "input": "percent" or leave it out.' },
  step: { vi: 'Ghi bước điểm là số dương, ví dụ 0.25.', en: 'Give the step as a positive number, e.g. 0.25.' },
  classification: {
    vi: 'Ghi danh sách mức xếp loại {"label", "minIndex", "minComponentIndex"?}, mức cao nhất trước.',
    en: 'List classification bands {"label", "minIndex", "minComponentIndex"?}, best band first.',
  },
  minIndex: { vi: 'Ghi chỉ số tối thiểu là số (phần trăm).', en: 'Give minIndex as a number (percent).' },
  minComponentIndex: { vi: 'Ghi chỉ số thành phần tối thiểu là số (phần trăm).', en: 'Give minComponentIndex as a number (percent).' },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  number: { vi: 'số', en: 'a number' },
  string: { vi: 'văn bản (trong dấu ngoặc kép)', en: 'text (in quotes)' },
  array: { vi: 'danh sách [ … ]', en: 'a list [ … ]' },
  object: { vi: 'đối tượng { … }', en: 'an object { … }' },
  boolean: { vi: 'true/false', en: 'true/false' },
};

function typeName(t: string): Bilingual {
  return TYPE_NAMES[t] ?? { vi: t, en: t };
}

function received(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let node = json;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[p as string];
  }
  return node;
}

/** The field an issue is about: the last named key on its path (array indexes skipped). */
function fieldOf(path: readonly PropertyKey[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return null;
}

function describe(issue: z.core.$ZodIssue, json: unknown): Bilingual {
  const field = fieldOf(issue.path);
  const name = field ?? 'tệp';
  const nameEn = field ?? 'file';
  const value = valueAt(json, issue.path);
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return {
      vi: 'Tệp phải chứa một đối tượng JSON { "format": "par-criteria/1", … }.',
      en: 'The file must hold one JSON object { "format": "par-criteria/1", … }.',
    };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return { vi: `Thiếu trường "${name}".`, en: `The field "${nameEn}" is missing.` };
  }
  if (issue.code === 'invalid_type' && typeof value === 'number' && !Number.isFinite(value)) {
    // JSON.parse reads 1e400 as Infinity: "must be a number, not a number" would say nothing.
    return {
      vi: `"${name}" là một số quá lớn (lớn hơn khoảng 1,8 × 10^308, máy đọc thành vô cực): ghi một số bình thường.`,
      en: `"${nameEn}" is a number too large (beyond about 1.8 × 10^308, read as infinity): write an ordinary number.`,
    };
  }
  if (issue.code === 'invalid_type') {
    const want = typeName(issue.expected);
    const got = typeName(received(value));
    return {
      vi: `"${name}" phải là ${want.vi}, không phải ${got.vi}.`,
      en: `"${nameEn}" must be ${want.en}, not ${got.en}.`,
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { vi: `Danh sách "${name}" đang trống.`, en: `The list "${nameEn}" is empty.` };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return { vi: `"${name}" đang để trống.`, en: `"${nameEn}" is empty.` };
  }
  if (issue.code === 'custom' && field === 'bands') {
    return { vi: 'Một mức điểm có cả "above" và "atLeast".', en: 'A band has both "above" and "atLeast".' };
  }
  const shown = value === undefined ? '' : ` (${JSON.stringify(value)})`;
  return {
    vi: `Giá trị của "${name}" không hợp lệ${shown}.`,
    en: `"${nameEn}" has an invalid value${shown}.`,
  };
}

export function problemsFromZod(issues: readonly z.core.$ZodIssue[], json: unknown): SetProblem[] {
  return issues.map((issue) => {
    const field = fieldOf(issue.path);
    const what = describe(issue, json);
    const hint = (field && FIELD_HINTS[field]) || { vi: '', en: '' };
    const item = itemCodeAt(json, issue.path);
    return {
      path: formatPath(issue.path),
      item,
      message: withItem(item, {
        vi: `${what.vi} ${hint.vi}`.trim(),
        en: `${what.en} ${hint.en}`.trim(),
      }),
    };
  });
}
