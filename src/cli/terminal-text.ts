/**
 * Text for the terminal: a unit or file name may carry control characters (an ESC sequence can
 * recolour, move the cursor or retitle the window, a carriage return can hide what came before).
 * They are printed escaped ("\x1B"), line feeds and tabs kept. Only for text output: the JSON
 * report is escaped by JSON itself.
 */

// C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI), and the
// bidirectional overrides that can reorder what is shown.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escape);
}
