/** Grids of the sample scoresheets, read with the file adapter (as the CLI reads them). */
import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../../src/engine/grid';
import { loadWorkbook, readWorkbookGrids } from '../../src/file/read-grid';

export const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

export async function sampleGrids(file: string): Promise<Grid[]> {
  const wb = await loadWorkbook(fs.readFileSync(path.join(SAMPLES, file)));
  return readWorkbookGrids(wb);
}
