/**
 * The seal code a unit quotes in its cover letter: the first 60 bits of the SHA-256 digest in
 * 12 characters of Crockford's base 32 (digits and capitals without I, L, O, U, so nothing reads
 * as another character), grouped "XXXX-XXXX-XXXX".
 *
 * Why the code matters: the digest stored in the workbook can be rewritten by anyone who edits
 * the file and re-computes it. The code, once in the cover letter, cannot: `verify --code`
 * recomputes the digest from the workbook's current content and compares its code with the one
 * quoted, so a changed workbook with a forged (re-computed or edited) digest is caught. Finding
 * another content with the same 60-bit code takes about 2^60 tries.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "XXXX-XXXX-XXXX" from a digest in hex (at least 15 hex digits). */
export function sealCode(digestHex: string): string {
  let chars = '';
  // 15 hex digits = 60 bits = 12 groups of 5 bits; read 5 hex digits (20 bits) at a time.
  for (let i = 0; i < 15; i += 5) {
    const n = parseInt(digestHex.slice(i, i + 5), 16);
    for (let shift = 15; shift >= 0; shift -= 5) chars += ALPHABET[(n >> shift) & 31];
  }
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * A code as a user typed it, normalised: case, spaces and dashes do not matter and the letters
 * Crockford reads as digits (O → 0, I and L → 1) are taken as those digits. Null when it cannot
 * be a seal code (wrong length or a character outside the alphabet).
 */
export function normaliseSealCode(typed: string): string | null {
  const chars = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== 12 || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
