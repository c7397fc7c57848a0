/**
 * Text kept for later in encoded pieces of ≈ 64 kB: a sheet's rows waiting for its used range
 * (which comes first in the part), the shared strings waiting for their count. Thousands of small
 * strings (each with V8's header, two bytes a character for Vietnamese text) take several times
 * the room of their UTF-8 bytes.
 */
import type { PartText } from './zip-writer';

const PIECE = 64 * 1024;

export class TextChunks {
  private readonly pieces: Buffer[] = [];
  private pending = '';

  readonly add = (s: string): void => {
    this.pending += s;
    if (this.pending.length >= PIECE) {
      this.pieces.push(Buffer.from(this.pending, 'utf8'));
      this.pending = '';
    }
  };

  /** Bytes already encoded, after the text added before (copied: `b` may be reused). */
  readonly addBytes = (b: Buffer): void => {
    if (this.pending) {
      this.pieces.push(Buffer.from(this.pending, 'utf8'));
      this.pending = '';
    }
    this.pieces.push(Buffer.from(b));
  };

  /** Everything added, in order, to a part being written. */
  writeTo(out: PartText): void {
    for (const b of this.pieces) out.bytes(b);
    out.text(this.pending);
  }
}
