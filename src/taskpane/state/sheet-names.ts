/** Names for sheets the pane inserts, without clashing with the workbook's own. */

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** `base`, or "base (2)", "base (3)" … — the first that no existing sheet uses (case-insensitive, as Excel compares). */
export function uniqueSheetName(base: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const trimmed = base.slice(0, MAX_SHEET_NAME);
  if (!taken.has(trimmed.toLocaleLowerCase())) return trimmed;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
