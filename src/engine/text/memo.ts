/**
 * Remembering what a pure text function returned. A batch checks hundreds of sheets made from the
 * same template: their headers, titles and codes repeat from sheet to sheet, so the engine's
 * text work (folding, header and code recognition) is done once per distinct text instead of
 * once per cell. The memory is bounded: texts longer than `maxLength` are not remembered (long
 * notes rarely repeat), and when `limit` texts are remembered it starts afresh. The limit is kept
 * small on purpose: a text cut from a file's XML may keep that whole part in memory while it is
 * remembered, and a template's own texts (a few thousand) are what is worth keeping.
 * Only for functions whose result is never modified by the caller (strings, or objects the
 * callers only read).
 */
export function memoByText<T>(fn: (text: string) => T, { limit = 5_000, maxLength = 256 } = {}): (text: string) => T {
  const seen = new Map<string, T>();
  everyMemo.push(seen);
  return (text) => {
    if (text.length > maxLength) return fn(text);
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    // Remembered: an own copy of the text, and what fn makes of the copy. A text cut from a
    // part's XML (a sliced string) would keep the whole part alive while remembered: ≈ 30 kB per
    // file of a batch until the limit (src/cli/check/compact-result.ts measures a batch's memory).
    const own = (' ' + text).slice(1);
    const value = fn(own);
    if (seen.size >= limit) seen.clear();
    seen.set(own, value);
    return value;
  };
}

const everyMemo: Map<string, unknown>[] = [];

/**
 * Remembering what a pure function made of an object, as long as the object lives (a WeakMap):
 * what a criteria set's item list implies (codes, children, positions) is the same for every
 * sheet checked against it. Only for results the callers never modify.
 */
export function memoByObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const memo = { map: new WeakMap<K, T>() };
  everyObjectMemo.push(memo);
  return (key) => {
    let value = memo.map.get(key);
    if (value === undefined) {
      value = fn(key);
      memo.map.set(key, value);
    }
    return value;
  };
}

const everyObjectMemo: { map: WeakMap<object, unknown> }[] = [];

/**
 * Forget every remembered text. The tests call it before each test (test/helpers/fresh-memos.ts),
 * so each test runs the functions themselves, whatever ran before it: tests stay independent of
 * order, and mutation testing sees which test runs which code.
 */
export function forgetRememberedTexts(): void {
  for (const seen of everyMemo) seen.clear();
  for (const memo of everyObjectMemo) memo.map = new WeakMap();
}
