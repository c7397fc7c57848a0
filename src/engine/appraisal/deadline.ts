/**
 * The deadline printed on an explanation request ("Hạn gửi giải trình"), typed as Vietnamese
 * documents write dates: day/month/year. A wrong date on a document sent to a unit is worse
 * than none, so anything that is not a real calendar date is refused with a sentence saying
 * how to write it (31/02/2025, 2025-01-15 and 15/1/25 are all refused).
 */
import type { Surface } from '../text/advice';
import type { Bilingual } from '../text/lang';

export interface DayDate {
  day: number;
  month: number;
  year: number;
}

export type DeadlineParse = { ok: true; date: DayDate } | { ok: false; problem: Bilingual };

/** The blank left on the document when no deadline is given, to be filled in by hand. */
export const DEADLINE_BLANK = '……/……/………';

const daysIn = (month: number, year: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** `surface`: the command line names its option in the example; the page and the pane do not. */
export function parseDeadline(input: string, surface: Surface = 'cli'): DeadlineParse {
  const typed = input.trim();
  const example =
    surface === 'cli'
      ? { vi: 'Ví dụ: --deadline 15/01/2025', en: 'Example: --deadline 15/01/2025' }
      : { vi: 'Ví dụ: 15/01/2025', en: 'Example: 15/01/2025' };
  // Day and month of one or two digits, a four-digit year; "/" as written, "." and "-" as typed.
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(typed);
  if (!m) {
    return {
      ok: false,
      problem: {
        vi: `Hạn "${input}" không đúng dạng ngày/tháng/năm (dd/mm/yyyy, năm đủ 4 chữ số). ${example.vi}`,
        en: `The deadline "${input}" is not written as day/month/year (dd/mm/yyyy, four-digit year). ${example.en}`,
      },
    };
  }
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || year < 2000 || year > 2100) {
    return {
      ok: false,
      problem: {
        vi: `Ngày "${input}" không có thật (tháng ${month} năm ${year} ${month >= 1 && month <= 12 ? `có ${daysIn(month, year)} ngày` : 'không tồn tại'}${year < 2000 || year > 2100 ? ', năm phải từ 2000 đến 2100' : ''}). Đề nghị kiểm tra lại ngày/tháng/năm. ${example.vi}`,
        en: `The date "${input}" does not exist (${month >= 1 && month <= 12 ? `month ${month} of ${year} has ${daysIn(month, year)} days` : `there is no month ${month}`}${year < 2000 || year > 2100 ? ', the year must be 2000 to 2100' : ''}). Check the day/month/year. ${example.en}`,
      },
    };
  }
  return { ok: true, date: { day, month, year } };
}

/** "15/01/2025": two-digit day and month, as on official documents. */
export function formatDayDate(d: DayDate): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}
