/**
 * A shared formula's text at another cell: ExcelJS's utils/shared-formula.js slideFormula,
 * ported so both readers give the same formula text for the cells of a shared formula.
 */
import { columnName, decodeAddress, decodeColumn } from './sheet-xml';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: string, to: string): string {
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  if (!a || !b) return formula;
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL_REF.exec(addr);
    if (!m) return whole;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return whole; // a name, not a cell
    let col = decodeColumn(colStr);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += b.col - a.col;
    if (!m[3]) row += b.row - a.row;
    return (sheet || '') + (m[1] || '') + columnName(col) + (m[3] || '') + row;
  });
}
