/** Text and attribute values escaped for XML (the texts are already cleaned of forbidden characters by cell-text.ts). */
const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ENTITIES[c]) : s;
}

/** A text node keeps its leading/trailing spaces only with xml:space="preserve". */
export function tElement(s: string): string {
  const keep = s.length > 0 && (/^\s/.test(s) || /\s$/.test(s));
  return keep ? `<t xml:space="preserve">${xmlText(s)}</t>` : `<t>${xmlText(s)}</t>`;
}
