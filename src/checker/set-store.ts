/**
 * Criteria sets kept in the browser (localStorage) for the next visit of the checking page.
 * Each set is stored as its JSON and validated again when read: a set that no longer validates
 * (edited by hand, or a newer format) is not used and the page says so, never silently.
 *
 * localStorage holds about 5 MB per site and is shared with the language choice; a province's
 * set is 20–200 KB of JSON. The total kept is bounded (MAX_KEPT_CHARS): a set that would go past
 * it is refused with a sentence saying how much room is left and what to remove, not by silently
 * dropping an older one.
 */
import type { CriteriaSet } from '../engine/criteria/schema';
import { sameSet } from '../engine/criteria/registry';
import { loadKeptSetText } from '../engine/criteria/validate';
import type { Bilingual } from '../engine/text/lang';

export const SETS_STORAGE_KEY = 'par-check.criteriaSets.v1';
/** Characters of JSON kept at most (UTF-16 in storage: about 3 MB, well inside the ~5 MB quota). */
export const MAX_KEPT_CHARS = 1_500_000;

export interface SetStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface KeptSets {
  sets: CriteriaSet[];
  /** Why stored entries were not used (shown on the page). */
  dropped: Bilingual[];
}

/** Write the whole list of kept sets (each as its JSON) at once; false when the browser refuses. */
export function writeKeptSets(storage: SetStorage, sets: CriteriaSet[], texts = sets.map((s) => JSON.stringify(s))): boolean {
  try {
    storage.setItem(SETS_STORAGE_KEY, JSON.stringify(texts));
    return true;
  } catch {
    return false;
  }
}

export function readKeptSets(storage: SetStorage | null): KeptSets {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SETS_STORAGE_KEY) ?? null;
  } catch {
    return { sets: [], dropped: [storageBlocked] };
  }
  if (!raw) return { sets: [], dropped: [] };
  let texts: unknown;
  try {
    texts = JSON.parse(raw);
  } catch {
    texts = null;
  }
  if (!Array.isArray(texts)) return { sets: [], dropped: [unreadableStore] };
  const sets: CriteriaSet[] = [];
  const dropped: Bilingual[] = [];
  texts.forEach((text, i) => {
    const set = typeof text === 'string' ? loadKeptSetText(text) : null;
    if (set) sets.push(set);
    else dropped.push(invalidKept(i + 1));
  });
  return { sets, dropped };
}

export type KeepOutcome = { ok: true; sets: CriteriaSet[] } | { ok: false; problem: Bilingual };

/** Add (or replace: same id and version) a set to the kept ones; the whole list is written at once. */
export function keepSet(storage: SetStorage | null, set: CriteriaSet, kept: CriteriaSet[]): KeepOutcome {
  if (!storage) return { ok: false, problem: storageBlocked };
  const next = [...kept.filter((s) => !sameSet(s, set)), set];
  const texts = next.map((s) => JSON.stringify(s));
  const size = texts.reduce((n, t) => n + t.length, 0);
  if (size > MAX_KEPT_CHARS) {
    const others = size - texts[texts.length - 1].length;
    return { ok: false, problem: tooMuch(texts[texts.length - 1].length, MAX_KEPT_CHARS - others) };
  }
  if (!writeKeptSets(storage, next, texts)) return { ok: false, problem: storageFull };
  return { ok: true, sets: next };
}

/** Remove one kept set; returns the sets left (unchanged when storage cannot be written). */
export function forgetSet(storage: SetStorage | null, which: Pick<CriteriaSet, 'id' | 'version'>, kept: CriteriaSet[]): KeepOutcome {
  const next = kept.filter((s) => !sameSet(s, which));
  if (!storage) return { ok: false, problem: storageBlocked };
  if (!writeKeptSets(storage, next)) return { ok: false, problem: storageFull };
  return { ok: true, sets: next };
}

const kb = (chars: number) => Math.max(0, Math.round(chars / 1024));

function tooMuch(needed: number, room: number): Bilingual {
  return {
    vi: `Không lưu được bộ tiêu chí này trên trình duyệt: cần khoảng ${kb(needed)} KB nhưng chỉ còn ${kb(room)} KB dành cho bộ tiêu chí. Bộ này vẫn được dùng cho lần kiểm tra này; để lưu cho lần sau, hãy bỏ bớt bộ tiêu chí không dùng nữa (nút "Bỏ" trong danh sách) rồi nạp lại.`,
    en: `This criteria set cannot be kept in the browser: it needs about ${kb(needed)} KB and only ${kb(room)} KB are left for sets. It is still used on this visit; to keep it for the next one, remove sets you no longer use ("Remove" in the list) and load it again.`,
  };
}

const storageBlocked: Bilingual = {
  vi: 'Trình duyệt không cho trang lưu dữ liệu (chế độ ẩn danh hoặc chính sách của cơ quan): bộ tiêu chí đã nạp chỉ dùng được đến khi đóng trang. Hãy giữ tệp .json để nạp lại lần sau.',
  en: 'The browser does not let the page keep data (private mode or an organisation policy): loaded sets last until the page is closed. Keep the .json files to load them again next time.',
};

const storageFull: Bilingual = {
  vi: 'Trình duyệt từ chối lưu thêm dữ liệu (bộ nhớ của trang đã đầy hoặc bị chặn): bộ tiêu chí chỉ dùng được đến khi đóng trang. Hãy bỏ bớt bộ tiêu chí không dùng nữa rồi nạp lại.',
  en: 'The browser refused to keep more data (the storage is full or blocked): the set lasts until the page is closed. Remove sets you no longer use and load it again.',
};

const unreadableStore: Bilingual = {
  vi: 'Danh sách bộ tiêu chí đã lưu trên trình duyệt bị hỏng nên không dùng được. Hãy nạp lại các tệp .json cần dùng.',
  en: 'The list of criteria sets kept in the browser is damaged and was not used. Load the .json files you need again.',
};

function invalidKept(n: number): Bilingual {
  return {
    vi: `Bộ tiêu chí thứ ${n} lưu trên trình duyệt không còn hợp lệ nên không được dùng. Hãy nạp lại tệp .json của bộ đó.`,
    en: `Criteria set no. ${n} kept in the browser is no longer valid and was not used. Load its .json file again.`,
  };
}
