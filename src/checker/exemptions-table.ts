/**
 * Reading the exemptions table (bảng miễn đánh giá of the Department of Home Affairs) the page is
 * given (.csv or .xlsx), the same way as the CLI's `--exemptions`: the engine reads the sheets
 * (src/engine/exemptions), this file only turns the picked file's bytes into grids.
 */
import { exemptionTableFromGrids, type ExemptionTableRead } from '../engine/exemptions/table-use';
import { readTableGrids } from './table-file';

export async function readExemptionsFile(name: string, bytes: Uint8Array): Promise<ExemptionTableRead> {
  const read = await readTableGrids(name, bytes);
  if (!read.ok) return read;
  return exemptionTableFromGrids(read.grids, name);
}
