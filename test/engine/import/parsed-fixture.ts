/** Hand-made ParsedSheet values, so build-set is tested without the sheet reader. */
import type { ParsedSheet, SheetRow } from '../../../src/engine/layout/parsed-sheet';

export interface RowSpec {
  code: string;
  title: string;
  max: number | string | null;
  method?: string;
  options?: string[];
}

export function parsedSheet(rows: RowSpec[], titleLines: string[] = []): ParsedSheet {
  const sheetRows: SheetRow[] = rows.map((r, i) => {
    const n = i + 10;
    const max =
      r.max === null
        ? null
        : {
            address: `C${n}`,
            reading:
              typeof r.max === 'number'
                ? ({ kind: 'number', value: r.max, fromText: false } as const)
                : ({ kind: 'text', raw: r.max } as const),
          };
    return {
      row: n - 1,
      kind: 'item',
      code: r.code,
      codeRaw: r.code,
      codeAddress: `A${n}`,
      title: { address: `B${n}`, text: r.title },
      max,
      method: r.method ? { address: `D${n}`, text: r.method } : null,
      declared: null,
      self: null,
      appraised: null,
      survey: null,
      evidence: null,
      explanation: null,
      appraiserNote: null,
      note: null,
      hidden: false,
      optionLines: r.options ?? [],
    };
  });
  return {
    sheetName: 'Biểu mẫu',
    headerRows: { first: 8, last: 8 },
    columns: { code: 0, title: 1, max: 2, method: 3 },
    headerText: {},
    titleBlock: { unit: null, unitAddress: null, declaredSetId: null, declaredVersion: null, year: null, lines: titleLines },
    rows: sheetRows,
    totalRow: null,
    notes: [],
    rowCount: sheetRows.length + 10,
    colCount: 4,
  };
}
