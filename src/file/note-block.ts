/**
 * The add-in's text inside a cell note, as a delimited block so that it can be taken out again
 * leaving the user's own note exactly as it was (byte for byte, rich-text runs included).
 *
 *   <user's note, untouched>
 *   --- Kiểm tra CCHC ---
 *   <flag text>
 *   ---
 *
 * A note that held nothing before gets the block alone. Works on rich-text runs, so the user's
 * fonts survive; removal cuts by character position across runs, so it still works when another
 * program has merged our run into the user's.
 */

export const BLOCK_START = '--- Kiểm tra CCHC ---';
export const BLOCK_END = '---';

export interface NoteRun {
  text: string;
  [other: string]: unknown;
}

export function makeBlock(flagText: string): string {
  return `${BLOCK_START}\n${flagText}\n${BLOCK_END}`;
}

/** Runs of a note after adding our block (the user's runs are kept as they are). */
export function addBlock(runs: NoteRun[], flagText: string): NoteRun[] {
  const userText = runs.map((r) => r.text).join('');
  const separator = userText.length > 0 ? '\n' : '';
  return [...runs, { text: separator + makeBlock(flagText) }];
}

/** Where our block sits in the joined text: [start, end) including the separator before it. */
export function findBlock(text: string): { start: number; end: number } | null {
  const at = text.indexOf(BLOCK_START);
  if (at < 0) return null;
  const endMarker = '\n' + BLOCK_END;
  const close = text.indexOf(endMarker, at + BLOCK_START.length);
  // An unterminated block (a hand-edited note) runs to the end of the note.
  let end = close < 0 ? text.length : close + endMarker.length;
  // Our block is always closed by "---" at the end of a line: skip a longer "----" line.
  while (close >= 0 && end < text.length && text[end] !== '\n') {
    const next = text.indexOf(endMarker, end);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next + endMarker.length;
  }
  const start = at > 0 && text[at - 1] === '\n' ? at - 1 : at;
  return { start, end };
}

/** Runs with our block cut out, or null when the note holds no block of ours. */
export function removeBlock(runs: NoteRun[]): NoteRun[] | null {
  const joined = runs.map((r) => r.text).join('');
  const found = findBlock(joined);
  if (!found) return null;
  const out: NoteRun[] = [];
  let pos = 0;
  for (const run of runs) {
    const from = pos;
    const to = pos + run.text.length;
    pos = to;
    const keepBefore = run.text.slice(0, Math.max(0, Math.min(to, found.start) - from));
    const keepAfter = run.text.slice(Math.max(0, Math.min(run.text.length, found.end - from)));
    const text = from >= found.end || to <= found.start ? run.text : keepBefore + keepAfter;
    // A run that lay wholly inside the block goes; an empty run of the user's stays.
    if (text.length === 0 && run.text.length > 0) continue;
    out.push(text === run.text ? run : { ...run, text });
  }
  return out;
}

/** Does the note hold our block? */
export function hasBlock(runs: NoteRun[]): boolean {
  return findBlock(runs.map((r) => r.text).join('')) !== null;
}
