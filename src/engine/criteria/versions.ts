/** Ordering criteria set versions (no data, no schema: the checks import it without the bundled sets). */

/**
 * Compare versions by dotted parts, numerically where both parts are numbers
 * ("2024.10" > "2024.9"), as text otherwise; a version with more parts wins a tie ("2024.1.1" > "2024.1").
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.trim().split('.');
  const pb = b.trim().split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const na = /^\d+$/.test(pa[i]) ? Number(pa[i]) : NaN;
    const nb = /^\d+$/.test(pb[i]) ? Number(pb[i]) : NaN;
    const c = !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : pa[i].localeCompare(pb[i]);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return Math.sign(pa.length - pb.length);
}
