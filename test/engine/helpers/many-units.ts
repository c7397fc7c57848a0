/** A run of many units for the results workbook's tests (blocks of rows, streamed writing). */
import type { BatchFileResult } from '../../../src/engine/ranking/ranking-workbook';
import { finding, makeResult } from './check-result-fixtures';

/** 700 units, every fifth without appraised scores (not ranked), a few unreadable files. */
export function manyUnits(n = 700): BatchFileResult[] {
  const files: BatchFileResult[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 0) {
      files.push({ file: `hong-${i}.xlsx`, result: null, error: 'Tệp không phải .xlsx' });
      continue;
    }
    const appraised = i % 5 !== 0;
    files.push({
      file: `d/don-vi-${i}.xlsx`,
      error: null,
      result: makeResult({
        unit: `Sở số ${i}`,
        selfIndex: 50 + (i % 50),
        areas: [{ code: '1', index: 60 + (i % 40) }, { code: '2', index: 70 }],
        finalIndex: appraised ? 40 + ((i * 7) % 60) : null,
        classification: 'Khá',
        findings: i % 3 === 0 ? [finding('evidence.missing', 'error', `H${i}`, '1.1')] : [],
      }),
    });
  }
  return files;
}

