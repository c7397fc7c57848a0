/**
 * A one-line progress bar on stderr, redrawn in place: "[#####.....] 12/200 folder/file.xlsx".
 * Only for a terminal (a log file or a pipe would fill with redraws), and erased at the end so
 * the terminal holds the report only. Plain ASCII: old Windows consoles garble block characters.
 */
import type { CliIO } from '../command';
import { terminalSafe } from '../terminal-text';

const BAR = 20;
const NAME = 48;

export interface Progress {
  /** `done` of `total` files finished, the last one being `file`. */
  update(done: number, total: number, file: string): void;
  /** Write a line (a warning) without breaking the bar. */
  note(text: string): void;
  /** Erase the bar. */
  end(): void;
}

const ERASE = '\r\x1b[K';

function shorten(file: string): string {
  const chars = [...file];
  return chars.length <= NAME ? file : '…' + chars.slice(chars.length - NAME + 1).join('');
}

export function renderProgress(done: number, total: number, file: string): string {
  const filled = total > 0 ? Math.round((BAR * done) / total) : BAR;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total} ${terminalSafe(shorten(file))}`;
}

/** A bar when stderr is a terminal and there is more than one file; notes go to stderr anyway. */
export function createProgress(io: CliIO): Progress {
  let drawn = '';
  return {
    update(done, total, file) {
      if (total < 2 || !io.stderrIsTTY) return; // one file: stderr left alone (not even created)
      drawn = renderProgress(done, total, file);
      io.stderr(ERASE + drawn);
    },
    note(text) {
      io.stderr(drawn ? ERASE + text + drawn : text);
    },
    end() {
      if (drawn) io.stderr(ERASE);
      drawn = '';
    },
  };
}
