// Developer aid: print the cells of an .xlsx (node scripts/dump-xlsx.js file.xlsx 1-20).
const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]);
  for (const ws of wb.worksheets) {
    console.log('SHEET', ws.name, ws.rowCount, ws.columnCount, 'merges', Object.keys(ws._merges||{}).length, ws.model.merges);
    const [a,b] = (process.argv[3]||'1-20').split('-').map(Number);
    for (let r=a;r<=Math.min(b,ws.rowCount);r++){ const row=ws.getRow(r); const vals=[]; row.eachCell({includeEmpty:false},(c,n)=>vals.push(c.address+'='+JSON.stringify(c.value).slice(0,60)+(c.type===ExcelJS.ValueType.String?'':' t'+c.type))); console.log(r, row.hidden?'H':'', vals.join(' | ')); }
  }
})();
