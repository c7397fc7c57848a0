/**
 * Cut a scoring text into its clauses: "Ban hành kịp thời: 1 điểm; không kịp thời: 0,5 điểm".
 * Official sheets separate clauses with ";", new lines (option rows, Alt+Enter in a cell),
 * "-" / "+" / "•" bullets, and full stops; a few use commas between "… N điểm" clauses.
 */
import { foldKeep } from './text-tools';

const BULLET = /^\s*(?:[-+•*–—·▪◦]+|\(?[a-zđ]\)|\(?\d{1,2}\)|\d{1,2}\.(?!\d))\s*/i;
/** A clause that is nothing but a list marker left over by a split ("1", "a)"). */
const MARKER_ONLY = /^\(?[0-9a-zđ]{1,2}[.)]?$/i;

export function splitSegments(text: string): string[] {
  // "Ban hành kịp thời:" on one line and "1 điểm" on the next (Alt+Enter) are one clause.
  const nfc = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/:[ \t]*\n\s*/g, ': ');
  const out: string[] = [];
  for (const line of nfc.split('\n')) {
    for (const part of line.split(';')) {
      // A full stop followed by a space ends a sentence; "0.5" has no space and stays whole.
      for (const sentence of part.split(/\.(?=\s)/)) {
        for (const clause of splitCommaClauses(sentence)) {
          const cleaned = clean(clause);
          if (cleaned && !MARKER_ONLY.test(cleaned)) out.push(cleaned);
        }
      }
    }
  }
  return out;
}

/** Strip bullets, a trailing full stop and wrapping spaces; keep the first letter's case. */
function clean(clause: string): string {
  let s = clause.trim();
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(BULLET, '').trim();
  }
  return s.replace(/[.。]+$/, '').trim();
}

/**
 * "Ban hành kịp thời 1 điểm, không kịp thời 0,5 điểm, không ban hành 0 điểm": when a clause holds
 * more than one "N điểm", cut it after each "điểm" that a comma follows. A decimal comma
 * ("0,5") is never followed by a space, so it is never a cut.
 */
function splitCommaClauses(sentence: string): string[] {
  const folded = foldKeep(sentence);
  const pointMentions = folded.match(/\d\s*(?:diem|d)(?![a-z])/g) ?? [];
  if (pointMentions.length < 2) return [sentence];
  const parts: string[] = [];
  let start = 0;
  const cut = /(?:diem|d)(?![a-z/])\s*\)?\s*,\s+/g;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(folded)) !== null) {
    const end = m.index + m[0].replace(/\s*,\s+$/, '').length;
    parts.push(sentence.slice(start, end));
    start = m.index + m[0].length;
  }
  parts.push(sentence.slice(start));
  return parts;
}
