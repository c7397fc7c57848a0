/**
 * The list of flagged copies par-check wrote into an --annotate folder, kept in that folder as
 * ".par-check-ban-sao.json" (name → sha256 of the bytes written). It answers, safely, the two
 * questions a re-run asks about a file found there:
 *  - is it our copy, untouched? Then a new run may replace it, and a folder walk does not check it;
 *  - anything else (an original, a copy the user has since edited) is the user's file: never
 *    overwritten, and checked like any other workbook.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { writeOutput } from '../write-output';

export const MANIFEST_NAME = '.par-check-ban-sao.json';
const FORMAT = 'par-check-copies/1';

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

export class CopyManifest {
  private constructor(
    readonly dir: string,
    private readonly copies: Record<string, string>,
    /** Absolute paths of our copies found unchanged when the run started. */
    readonly unchanged: Set<string>,
  ) {}

  static async load(dir: string): Promise<CopyManifest> {
    let copies: Record<string, string> = {};
    try {
      const json = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_NAME), 'utf8')) as { format?: string; copies?: unknown };
      if (json.format === FORMAT && json.copies && typeof json.copies === 'object') copies = json.copies as Record<string, string>;
    } catch {
      // No list yet (or an unreadable one): every file in the folder counts as the user's.
    }
    const unchanged = new Set<string>();
    for (const [name, hash] of Object.entries(copies)) {
      if (name !== path.basename(name)) continue; // names only, never a path elsewhere
      const full = path.join(dir, name);
      const data = await fs.readFile(full).catch(() => null);
      if (data && sha256(data) === hash) unchanged.add(full);
      else delete copies[name];
    }
    return new CopyManifest(dir, copies, unchanged);
  }

  /** May a copy be written at `full`? Yes when nothing is there or it is an untouched copy of ours. */
  async writable(full: string): Promise<boolean> {
    if (this.unchanged.has(full)) return true;
    return (await fs.stat(full).catch(() => null)) === null;
  }

  /** Record a copy just written (the list is saved at once, so an interrupted run keeps it). */
  async record(name: string, data: Uint8Array): Promise<void> {
    this.copies[name] = sha256(data);
    const body = JSON.stringify({ format: FORMAT, copies: this.copies }, null, 1);
    // Through a temporary file: a run killed mid-write keeps the previous list whole.
    const problem = await writeOutput(path.join(this.dir, MANIFEST_NAME), MANIFEST_NAME, body + '\n');
    if (problem) throw Object.assign(new Error(problem.en), { problem });
  }
}
