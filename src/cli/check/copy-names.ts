/**
 * Names of the flagged copies in the --annotate folder. A copy keeps its workbook's file name so
 * the unit recognises it; two workbooks with the same name (a.xlsx from two folders) become
 * "a.xlsx" and "a (2).xlsx", as Windows names copies. Names are compared the way Windows and
 * macOS compare them (case and Unicode form ignored), so "A.xlsx" and "a.xlsx" never overwrite
 * each other there either. A reserved name (an original lying in the folder) is never used.
 */
import { nameKey } from '../../engine/text/file-name';

export class CopyNames {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(nameKey(name));
  }

  /** A free name for a copy of `fileName` ("bieu.xlsx"), taken at once. */
  take(fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
    const ext = dot > 0 ? fileName.slice(dot) : '';
    let name = fileName;
    for (let n = 2; this.used.has(nameKey(name)); n++) name = `${stem} (${n})${ext}`;
    this.used.add(nameKey(name));
    return name;
  }

  /** Mark a name as taken (found to be an original after all). */
  reserve(fileName: string): void {
    this.used.add(nameKey(fileName));
  }
}
