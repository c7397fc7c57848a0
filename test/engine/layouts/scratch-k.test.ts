import { buildWorkbook, bundled, checkBuilt, problems, type LayoutSpec } from './province-sheet';
const show = (r: any) => JSON.stringify({cols: r.parsed?.columns, hr: r.parsed?.headerRows, set: r.set?.id, fit: r.setChoice?.candidates?.[0], self: r.scores?.self, final: r.scores?.final, bonus: r.scores?.bonus, pen: r.scores?.penalty, p: problems(r), info: r.findings.filter((f: any)=>f.severity==='info').map((f: any)=>f.code+'@'+f.cell+' '+f.message.en)});
const BG: LayoutSpec = {
  sheetName: 'Sở Tư pháp', titleLines: ['PHIẾU CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024', 'Đơn vị: Sở Tư pháp'], headerRow: 4,
  cols: [
    { role: 'title', header: 'Nội dung' }, { role: 'max', header: 'Điểm chuẩn' }, { role: 'self', header: 'Tự chấm' },
    { role: 'evidence', header: 'Tài liệu kiểm chứng/Giải trình' }, { role: 'appraised', header: 'Điểm chấm thực tế' },
    { role: 'appraiserNote', header: 'Ý kiến thẩm định' },
  ], codeInTitle: true,
};
const TV: LayoutSpec = {
  sheetName: 'Sheet1', titleLines: ['BẢNG TỔNG HỢP ĐIỂM NĂM 2024'], headerRow: 3,
  cols: [
    { role: 'code', header: 'STT' }, { role: 'title', header: 'Tiêu chí' }, { role: 'max', header: 'Điểm tối đa' },
    { role: 'self', header: 'Điểm tự chấm' }, { role: 'appraised', header: 'Điểm thẩm định' },
    { role: 'evidence', header: 'Ghi chú của đơn vị' }, { role: 'appraiserNote', header: 'Ghi chú của thẩm định' },
  ], parentSums: true, totalRow: 'Tổng điểm',
};
const ROMAN: LayoutSpec = {
  sheetName: 'Biểu tự chấm', before: [{ name: 'Hướng dẫn', lines: ['Hướng dẫn điền biểu', 'Cột (5): điểm tự đánh giá'] }, { name: 'Tổng hợp', lines: ['Tổng hợp', 'Tổng điểm'] }],
  titleLines: ['UBND TỈNH PHÚ THỌ', '', 'BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024', 'Tên đơn vị: Sở Xây dựng'], headerRow: 14,
  cols: [
    { role: 'code', header: 'STT' }, { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' }, { role: 'max', header: 'Điểm tối đa' },
    { role: 'method', header: 'Cách tính điểm' }, { role: 'self', header: 'Điểm tự đánh giá' },
    { role: 'evidence', header: 'Tài liệu kiểm chứng' }, { role: 'explanation', header: 'Giải trình' },
  ], numberRow: true, romanAreas: true, totalRow: 'Tổng cộng',
};
const XA: LayoutSpec = {
  sheetName: 'Xã A', titleLines: ['BIỂU CHẤM ĐIỂM CHỈ SỐ CCHC CẤP XÃ NĂM 2024', 'Tên đơn vị: UBND xã An Bình'], headerRow: 4,
  cols: [
    { role: 'code', header: 'TT' }, { role: 'title', header: 'Nội dung đánh giá' }, { role: 'max', header: 'Thang điểm' },
    { role: 'self', header: 'Điểm đơn vị tự chấm' }, { role: 'evidence', header: 'TLKC' },
    { role: 'appraised', header: 'Điểm Hội đồng thẩm định' }, { role: 'appraiserNote', header: 'Ý kiến Hội đồng' },
  ],
  overrides: { '9': { self: 1, appraised: 1, evidence: 'Quyết định số 45/QĐ-UBND ngày 10/06/2024' }, '10': { self: -0.5, appraised: -0.5 } },
};
const ODD: LayoutSpec = {
  sheetName: 'tu cham', titleLines: ['BANG DIEM NAM 2024'], headerRow: 3,
  cols: [
    { role: 'code', header: 'so tt' }, { role: 'title', header: 'NOI DUNG' }, { role: 'max', header: 'DIEM\nTOI DA' },
    { role: 'self', header: 'Điểm\ntự đánh giá' }, { role: 'evidence', header: 'tai lieu  kiem chung' },
    { role: 'appraised', header: 'DIEM THAM DINH' }, { role: 'appraiserNote', header: 'y kien tham dinh' },
  ], hiddenSpacerAfter: '1.1.2',
  overrides: { '1.1.1': { self: '0,5', appraised: '0,5' }, '3.1.1': { self: 'KAD', appraised: 'KAD' }, '1.3.3': { self: { error: '#REF!' } } },
};
for (const [name, set, spec] of [['bg','mau-so-nganh-2024',BG],['tv','mau-so-nganh-2024',TV],['roman','mau-so-nganh-2024',ROMAN],['xa','mau-xa-2024',XA],['odd','mau-so-nganh-2024',ODD]] as const)
test(name, async () => {
  const r = await checkBuilt(buildWorkbook(bundled(set), spec));
  console.log(name + ' ' + show(r));
  expect(1).toBe(1);
});
