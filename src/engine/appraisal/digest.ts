/**
 * A short fingerprint of the request rows written into a requests workbook, kept in its mark so
 * that the returned workbook can be told apart from one whose request rows were changed.
 * Not security (anyone can recompute it): only "is this still the list we sent?".
 *
 * Two 32-bit FNV-1a hashes with different offsets over the UTF-16 code units, as 16 hex digits:
 * pure, no Node or Web crypto, same result in the CLI, the page and the pane.
 */

function fnv1a(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

export function digestText(text: string): string {
  const nfc = text.normalize('NFC');
  return hex8(fnv1a(nfc, 0x811c9dc5)) + hex8(fnv1a(nfc, 0x01234567));
}

/** Fingerprint of rows of fields: fields joined by a unit separator, rows by a record separator. */
export function digestRows(rows: (string | number | null)[][]): string {
  return digestText(rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join('\u001f')).join('\u001e'));
}
