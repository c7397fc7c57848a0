/**
 * Our text inside a cell note, as a delimited block so that it can be taken out again leaving
 * the user's own note exactly as it was (byte for byte, rich-text runs included). Both adapters
 * write this block and both look for it when clearing (format.ts).
 *
 *   <user's note, untouched>
 *   --- par-check · Kiểm tra CCHC / PAR check ---
 *   <flag text>
 *   --- hết / end ---
 *
 * A note that held nothing before gets the block alone. Works on rich-text runs, so the user's
 * fonts survive; removal cuts by character position across runs, so it still works when another
 * program has merged our run into the user's.
 *
 * Earlier versions wrote other markers, still recognised so their workbooks can be cleared:
 * the file adapter's "--- Kiểm tra CCHC ---" … "---" block, and the add-in's whole note starting
 * "par-check ·" (its note was always ours alone, so it runs to the end of the note).
 */

export const BLOCK_START = '--- par-check · Kiểm tra CCHC / PAR check ---';
export const BLOCK_END = '--- hết / end ---';

/** Markers of earlier versions (see the comment above). */
const LEGACY_FILE_BLOCK = { start: '--- Kiểm tra CCHC ---', end: '---' };
const LEGACY_ADDIN_HEADER = 'par-check ·';

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

/** The note text with our block put after the user's (plain-text notes, as Office.js has them). */
export function addBlockToText(userText: string, flagText: string): string {
  return addBlock(userText ? [{ text: userText }] : [], flagText).map((r) => r.text).join('');
}

/**
 * A block opened by `startMarker` and closed by `endMarker` at the end of a line; an unterminated
 * block (a hand-edited note) runs to the end of the note. [start, end) includes the line break
 * before it.
 */
function findDelimited(text: string, startMarker: string, endMarker: string): { start: number; end: number } | null {
  const at = text.indexOf(startMarker);
  if (at < 0) return null;
  const closing = '\n' + endMarker;
  const close = text.indexOf(closing, at + startMarker.length);
  let end = close < 0 ? text.length : close + closing.length;
  // The closing marker is a whole line: skip a line that only starts with it ("----").
  while (close >= 0 && end < text.length && text[end] !== '\n') {
    const next = text.indexOf(closing, end);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next + closing.length;
  }
  const start = at > 0 && text[at - 1] === '\n' ? at - 1 : at;
  return { start, end };
}

/** Where our block (current or of an earlier version) sits in the joined text. */
export function findBlock(text: string): { start: number; end: number } | null {
  return (
    findDelimited(text, BLOCK_START, BLOCK_END) ??
    findDelimited(text, LEGACY_FILE_BLOCK.start, LEGACY_FILE_BLOCK.end) ??
    (text.startsWith(LEGACY_ADDIN_HEADER) ? { start: 0, end: text.length } : null)
  );
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

/** The user's part of a plain-text note once our block is out, or null when it holds no block. */
export function removeBlockFromText(text: string): string | null {
  const kept = removeBlock([{ text }]);
  return kept === null ? null : kept.map((r) => r.text).join('');
}

/** Does the note hold our block? */
export function hasBlock(runs: NoteRun[]): boolean {
  return findBlock(runs.map((r) => r.text).join('')) !== null;
}

/** Does this plain-text note hold our block? */
export function hasBlockInText(text: string | null | undefined): boolean {
  return typeof text === 'string' && findBlock(text) !== null;
}
