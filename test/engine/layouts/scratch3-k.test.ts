import * as ExcelJS from 'exceljs';
import { buildWorkbook, bundled, checkBuilt, problems, type LayoutSpec } from './province-sheet';
const show = (r: any) => JSON.stringify({sheet: r.sheetName, cols: r.parsed?.columns, nrows: r.parsed?.rows.length, codes: r.parsed?.rows.slice(0,6).map((x: any)=>x.codeRaw), set: r.set?.id, fit: r.setChoice?.candidates, self: r.scores?.self, final: r.scores?.final, pen: r.scores?.penalty, p: problems(r), info: r.findings.filter((f: any)=>f.severity==='info').map((f: any)=>f.code+'@'+f.cell+' '+f.message.en)});
const so = bundled('mau-so-nganh-2024');
const areas = so.items;
const summaryLines = (ws: ExcelJS.Worksheet) => {
  ws.getRow(3).values = ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định'];
  areas.forEach((a, i) => (ws.getRow(4 + i).values = [a.code, a.title, a.maxPoints, a.maxPoints, a.maxPoints]));
  ws.getRow(4 + areas.length).values = ['', 'Tổng điểm', 100, 100, 100];
};
const R: LayoutSpec = {
  sheetName: 'Biểu tự chấm', titleLines: ['UBND TỈNH', 'BIỂU TỰ ĐÁNH GIÁ NĂM 2024 (Điểm tối đa 100)'], headerRow: 14,
  cols: [
    { role: 'code', header: 'Số TT' }, { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' }, { role: 'max', header: 'Điểm tối đa' },
    { role: 'method', header: 'Cách tính điểm' }, { role: 'self', header: 'Điểm tự đánh giá' },
    { role: 'evidence', header: 'Tài liệu kiểm chứng' }, { role: 'explanation', header: 'Giải trình' },
  ], numberRow: true, romanAreas: true, totalRow: 'Tổng cộng',
  overrides: { '1.1': {}, '1.1.1': { self: '0.5' }, '3.4': { self: 'K/A' }, '2.1.1': { self: 'Không áp dụng' } },
};
test('summary-first', async () => {
  const wb = buildWorkbook(so, R);
  const sum = wb.addWorksheet('Tổng hợp'); summaryLines(sum);
  const hd = wb.addWorksheet('Hướng dẫn'); hd.getCell('A1').value = 'Hướng dẫn';
  // move to the front
  (wb as any)._worksheets = [undefined, hd, sum, wb.getWorksheet('Biểu tự chấm')].map((w: any, i) => { if (w) { w.orderNo = i; } return w; });
  const r = await checkBuilt(wb);
  console.log('summary-first ' + show(r));
  expect(1).toBe(1);
});
test('numeric codes', async () => {
  const wb = buildWorkbook(so, { ...R, romanAreas: false, numberRow: false, overrides: {} });
  const ws = wb.getWorksheet('Biểu tự chấm')!;
  ws.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) row.getCell(1).value = Number(v); else if (typeof v === 'string' && /^\d+\.\d+\.\d+$/.test(v)) row.getCell(1).value = v + '.'; });
  const r = await checkBuilt(wb);
  console.log('numeric ' + show(r));
  expect(1).toBe(1);
});
