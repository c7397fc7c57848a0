/**
 * File names for the requests workbooks, one per unit: "Đề nghị giải trình - Sở Y tế.xlsx".
 * Unit names are free text from the checked workbooks, so they are made safe on every system
 * the file may travel to (Windows forbids < > : " / \ | ? *, control characters, names ending in
 * a dot or a space and device names such as CON), with Vietnamese letters kept (in NFC, so a
 * name typed on a Mac and one typed on Windows are the same name). Two units whose names clean
 * to the same file name (or differ only by case, which Windows and macOS do not tell apart) get
 * "(2)", "(3)".
 */
import type { Lang } from '../text/lang';
import { nameKey } from '../text/file-name';

const PREFIX: Record<Lang, string> = { vi: 'Đề nghị giải trình', en: 'Explanation requests' };
/** Room for the prefix, a suffix and ".xlsx" inside the 255-character limit of most file systems, with margin. */
const MAX_UNIT_CHARS = 100;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFilePart(raw: string, fallback: string): string {
  let s = raw.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...s];
  if (chars.length > MAX_UNIT_CHARS) s = chars.slice(0, MAX_UNIT_CHARS).join('').trim();
  s = s.replace(/[. ]+$/, '');
  if (!s || DEVICE.test(s)) s = fallback;
  return s;
}

/** One unique file name per unit, in order. `taken`: names already in use (compared ignoring case). */
export function requestsFileNames(units: string[], lang: Lang = 'vi', taken: string[] = []): string[] {
  const used = new Set(taken.map(nameKey));
  return units.map((unit) => {
    const base = `${PREFIX[lang]} - ${safeFilePart(unit, lang === 'vi' ? 'Đơn vị' : 'Unit')}`;
    let name = `${base}.xlsx`;
    for (let k = 2; used.has(nameKey(name)); k++) name = `${base} (${k}).xlsx`;
    used.add(nameKey(name));
    return name;
  });
}
