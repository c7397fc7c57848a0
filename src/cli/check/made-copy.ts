/**
 * The flagged copy of one workbook (`check --annotate`), made from its bytes and its checks:
 * the package patched with the marks (src/file/annotate-package.ts). Pure Node and zlib, so a
 * worker of the batch pool makes it beside the check (the bytes are at hand there) and only the
 * copy's bytes travel to the main thread, which names and writes it in input order (annotate.ts).
 */
import type { CheckResult } from '../../engine/check-result';
import type { Lang } from '../../engine/text/lang';
import { checkedSheet } from './checked-sheet';

/** The copy's bytes and the cells marked per check, or why it could not be made. */
export type MadeCopy = { bytes: Uint8Array; counts: number[] } | { error: string };

/** Null when the file gets no copy (no readable scoresheet result). */
export async function makeCopy(original: Uint8Array, checks: { result: CheckResult | null }[], lang: Lang): Promise<MadeCopy | null> {
  if (!checks[0]?.result) return null;
  // The package patcher (JSZip) loads with the first copy: a check without --annotate never needs it.
  const { annotatePackage } = await import('../../file/annotate-package');
  try {
    const marked = checks.filter((c) => c.result);
    const copy = await annotatePackage(original, marked.map((c) => ({ result: c.result!, sheet: checkedSheet(c.result!) })), lang);
    return { bytes: copy.bytes, counts: checks.map((c) => (c.result ? copy.counts[marked.indexOf(c)] : 0)) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
