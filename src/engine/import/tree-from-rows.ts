/**
 * The item tree from the codes of a sheet's rows. Dotted codes nest by their text ("1.2.3" under
 * "1.2"); under a Roman area ("II") the Arabic codes may restart at "1" or start at "3.1", so
 * there the nesting comes from the position: a code whose parent code is not among the rows read
 * so far in that area hangs under the area itself.
 */
import { isRoman } from '../criteria/tree';
import type { SheetRow } from '../layout/parsed-sheet';
import type { ImportNote } from './import-report';

export interface RowNode {
  code: string;
  row: SheetRow;
  parent: RowNode | null;
  children: RowNode[];
}

export function treeFromRows(rows: SheetRow[]): { roots: RowNode[]; notes: ImportNote[] } {
  const roots: RowNode[] = [];
  const notes: ImportNote[] = [];
  let area: RowNode | null = null;
  // Codes seen in the current Roman area (or in the whole sheet when it has none).
  let scope = new Map<string, RowNode>();

  for (const row of rows) {
    if (row.kind !== 'item' || !row.code) continue;
    const node: RowNode = { code: row.code, row, parent: null, children: [] };
    if (isRoman(row.code)) {
      roots.push(node);
      area = node;
      scope = new Map([[row.code, node]]);
      continue;
    }
    const parts = row.code.split('.');
    let parent: RowNode | null = null;
    let depthFound = 0;
    for (let k = parts.length - 1; k >= 1 && !parent; k--) {
      parent = scope.get(parts.slice(0, k).join('.')) ?? null;
      depthFound = k;
    }
    if (parent && depthFound < parts.length - 1) {
      const missing = parts.slice(0, parts.length - 1).join('.');
      notes.push(missingParentNote(row, missing, parent.code));
    } else if (!parent && parts.length > 1 && !area) {
      notes.push(missingParentNote(row, parts.slice(0, -1).join('.'), null));
    }
    parent = parent ?? area;
    node.parent = parent;
    if (parent) parent.children.push(node);
    else roots.push(node);
    // The latest row with a code wins: children follow the row just above them.
    scope.set(row.code, node);
  }
  return { roots, notes };
}

function missingParentNote(row: SheetRow, missing: string, placedUnder: string | null) {
  const code = row.code as string;
  return {
    code,
    cell: row.codeAddress,
    message: placedUnder
      ? {
          vi: `Không có dòng "${missing}" trên biểu nên tiêu chí ${code} được đặt dưới "${placedUnder}". Thêm dòng "${missing}" vào biểu mẫu nếu văn bản có tiêu chí đó.`,
          en: `There is no row "${missing}", so item ${code} was placed under "${placedUnder}". Add a row "${missing}" to the template if the official document has it.`,
        }
      : {
          vi: `Không có dòng "${missing}" trên biểu nên tiêu chí ${code} được coi là một lĩnh vực. Thêm dòng "${missing}" vào biểu mẫu nếu văn bản có tiêu chí đó.`,
          en: `There is no row "${missing}", so item ${code} was taken as an area. Add a row "${missing}" to the template if the official document has it.`,
        },
  };
}
