/**
 * What a pure reading of a small part gave, remembered for the last few texts of that part.
 *
 * WHY: files made from one template carry the same relationships, workbook, styles and worksheet
 * header byte for byte; comparing a part's text with the last ones seen (a length check, then one
 * memcmp) costs far less than scanning it again, and skips most of the tokenizer's work on all but
 * the first files of a batch, when its code is still JIT-cold.
 *
 * Bounded: the last `size` texts read per part kind (the first kept goes first), none longer than
 * MAX_TEXT (a template's small parts are a few kB; a large one is read each time rather than kept
 * alive). Only for readings that depend on the text alone, and whose answers the callers never
 * modify (they are handed out again).
 */
const MAX_TEXT = 64 * 1024;

export function memoByPartText<T>(read: (xml: string) => T, size = 4): (xml: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  return (xml) => {
    if (xml.length > MAX_TEXT) return read(xml);
    for (let i = 0; i < keys.length; i++) if (keys[i] === xml) return values[i];
    // A part it cannot read throws, and is not remembered. (A text made of slices of a larger one,
    // as sheet-xml.ts's rest of a worksheet, has been flattened by the reading's first indexOf: the
    // key kept holds its own characters, not the worksheet's.)
    const value = read(xml);
    if (keys.length >= size) {
      keys.pop();
      values.pop();
    }
    keys.unshift(xml);
    values.unshift(value);
    return value;
  };
}
