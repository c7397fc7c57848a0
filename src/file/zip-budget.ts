/**
 * Every entry of a JSZip package inflated once, as a stream, against an InflateBudget
 * (input-limits.ts): a bomb stops after MAX_INFLATED_BYTES whatever sizes its directory declares,
 * and entries sharing one stream count each time they are read. Run before ExcelJS sees a package
 * (prepare-package.ts), whose own inflating has no limit: once every entry fit here, ExcelJS's
 * reading of the same entries fits too. Pure (JSZip, no Node APIs): the browser page uses it too.
 */
import type JSZip from 'jszip';
import { InflateBudget } from './input-limits';

interface Stream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): Stream;
  on(event: 'error', cb: (e: Error) => void): Stream;
  on(event: 'end', cb: () => void): Stream;
  resume(): Stream;
  pause(): Stream;
}

/** The entry's bytes (kept only when `keep`), inflated chunk by chunk within the budget. */
export function inflateEntry(entry: JSZip.JSZipObject, budget: InflateBudget, keep: boolean): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let stopped = false;
    // JSZip feeds its inflater 16 KB of compressed data at a time: memory stays small.
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): Stream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        try {
          budget.take(chunk.length);
        } catch (e) {
          stopped = true;
          stream.pause();
          reject(e);
          return;
        }
        if (keep) {
          chunks.push(chunk);
          length += chunk.length;
        }
      })
      .on('error', (e) => {
        if (!stopped) reject(e);
        stopped = true;
      })
      .on('end', () => {
        if (stopped) return;
        if (!keep) return resolve(null);
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/**
 * Inflate every file entry of the package within one budget; the bytes of the entries `keep`
 * accepts are returned by name. Throws InputLimitError past the budget, JSZip's error on a
 * damaged entry.
 */
export async function inflateAll(zip: JSZip, keep: (name: string) => boolean, budget = new InflateBudget()): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const bytes = await inflateEntry(f, budget, keep(f.name));
    if (bytes) out.set(f.name, bytes);
  }
  return out;
}
