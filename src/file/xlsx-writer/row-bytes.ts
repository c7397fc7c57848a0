/**
 * A sheet's rows written as UTF-8 bytes straight into one kept buffer: a cell's XML is a few
 * ASCII pieces (its address, format, shared-string index or number), and building it as strings
 * made five or six strings per cell (the address, the format attribute, the cell, the row joined
 * from them, the text gathered for the zip), ≈ 50 MB of garbage per 1,000 unit sheets, then
 * encoded again. Full pieces go to `flush` at a row's end, as a view of the kept buffer: valid
 * until the next write (copy it to keep it).
 */
import { columnLetter } from '../../engine/grid';

/** Bytes gathered before they are handed on (at the end of a row). */
const FLUSH_AT = 64 * 1024;

let kept: Buffer | null = null;

export class RowBytes {
  private buf: Buffer;
  private at = 0;

  constructor(private readonly flushTo: (bytes: Buffer) => void) {
    // One buffer for every sheet of the process (writing is synchronous): not 64 kB per sheet.
    this.buf = kept ?? Buffer.allocUnsafe(2 * FLUSH_AT);
    kept = null;
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(grown, 0, 0, this.at);
    this.buf = grown;
  }

  /** Text that is ASCII (tags, attribute names, numbers); other text goes through utf8(). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Any text, in UTF-8. */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  /** A whole number ≥ 0, in decimal. */
  uint(n: number): void {
    if (n < 10) {
      this.room(1);
      this.buf[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    this.room(digits);
    let end = this.at + digits;
    this.at = end;
    do {
      const q = Math.floor(n / 10);
      this.buf[--end] = 48 + (n - q * 10);
      n = q;
    } while (n > 0);
  }

  /** Excel's letters of a column (0 → A, 26 → AA). */
  column(col: number): void {
    if (col < 26) {
      this.room(1);
      this.buf[this.at++] = 65 + col;
    } else {
      this.ascii(columnLetter(col));
    }
  }

  /** Where the next byte goes (to come back to it with `back`, within a row). */
  get length(): number {
    return this.at;
  }

  /** Forget the bytes written since `length` was `at`. */
  back(at: number): void {
    this.at = at;
  }

  /** Hand on what is gathered when it is a full piece (called between rows). */
  rowDone(): void {
    if (this.at >= FLUSH_AT) this.flush();
  }

  /** Hand on everything gathered. */
  flush(): void {
    if (this.at > 0) this.flushTo(this.buf.subarray(0, this.at));
    this.at = 0;
  }

  /** Done: everything handed on, the buffer kept for the next sheet. */
  close(): void {
    this.flush();
    if (this.buf.length === 2 * FLUSH_AT) kept = this.buf;
  }
}
