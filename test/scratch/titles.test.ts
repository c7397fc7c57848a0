import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { flattenItems } from '../../src/engine/criteria/tree';
import { readWorkbookGrids } from '../../src/file/read-grid';
import { titleKey } from '../../src/engine/findings/title-checks';
test('titles', async () => {
  const dir = path.join(__dirname, '../fixtures/samples');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, f)) as unknown as ArrayBuffer);
    const r = checkWorkbookGrids(readWorkbookGrids(wb), { sets: bundledSets() });
    for (const fl of flattenItems(r.set!)) {
      const row = r.alignment!.rowFor.get(fl.item.code);
      if (!row?.title) continue;
      const a = titleKey(row.title.text), b = titleKey(fl.item.title);
      if (a !== b) console.log(f, fl.item.code, '|', a, '|', b);
    }
  }
});
