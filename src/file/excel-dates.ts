/**
 * Excel date serials → the ISO text the grid holds, for both readers.
 *
 * ExcelJS converts a serial with (serial − 25569) days from 1970, which is right from 1900-03-01
 * on but one day early before it: Excel's 1900 date system counts a 29 February 1900 that never
 * was (serial 60). Both readers build the Date as ExcelJS does, then this corrects it, so a
 * "15/01/1900" stays 1900-01-15 and serial 60 reads as Excel shows it, "1900-02-29".
 */

const DAY = 24 * 3600 * 1000;
const FEB_28_1900 = Date.UTC(1900, 1, 28);
const MAR_1_1900 = Date.UTC(1900, 2, 1);

/** A serial as ExcelJS's utils.excelToDate turns it into a Date. */
export function excelJsDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY));
}

function isoText(t: number): string {
  const iso = new Date(t).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A Date from ExcelJS (or built like it) → "2024-01-15" or "2024-01-15T14:30:00"; null when invalid. */
export function dateCellText(d: Date, date1904: boolean): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  if (date1904 || t >= MAR_1_1900) return isoText(t);
  if (t >= FEB_28_1900) return isoText(t).replace(/^1900-02-28/, '1900-02-29'); // serial 60
  return isoText(t + DAY);
}

/**
 * The value of a `t="d"` cell (ISO 8601 text, as the strict format and some libraries write
 * dates) → the same text as a serial date gives; null when it is not a date. A time alone
 * ("T10:30:00") is not read as a date.
 */
export function isoCellText(v: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v.trim());
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (!Number.isFinite(t) || new Date(t).getUTCDate() !== +m[3]) return null;
  return isoText(t);
}
