/**
 * Access to a package's text parts, whatever unzipped it (zip.ts in Node, JSZip in
 * prepare-package.ts, also in a browser). Pure: no Node APIs here.
 */
export interface ZipParts {
  has(name: string): boolean;
  names(): string[];
  /**
   * The part's text (UTF-8), or null when there is no such part. `varies`: the part differs from
   * file to file (a worksheet, the shared strings), so an access that remembers parts (zip.ts)
   * does not keep it.
   */
  text(name: string, varies?: boolean): string | null;
}

/** A zip entry name as a part name: "/" separators (some Windows tools write "\\"), no leading "/". */
export function partName(name: string): string {
  // Nearly every name is already one (no regular expression run for it).
  if (name.indexOf('\\') < 0 && name.charCodeAt(0) !== 47) return name;
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}
