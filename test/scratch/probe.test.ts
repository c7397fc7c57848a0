import { buildWorkbook, bundled, checkBuilt, problems, type LayoutSpec } from '../engine/layouts/province-sheet';
const SO = bundled('mau-so-nganh-2024');
const cols: LayoutSpec['cols'] = [
  { role: 'code', header: 'STT' },
  { role: 'title', header: 'Tiêu chí, tiêu chí thành phần' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'self', header: 'Tự đánh giá', group: 'Điểm' },
  { role: 'appraised', header: 'Thẩm định', group: 'Điểm' },
  { role: 'evidence', header: 'Tài liệu kiểm chứng' },
];
const base = (extra: Partial<LayoutSpec>): LayoutSpec => ({ sheetName: 'Biểu', titleLines: ['BIỂU CHẤM ĐIỂM NĂM 2024'], headerRow: 3, cols, ...extra });
const show = async (name: string, spec: LayoutSpec) => {
  const b = buildWorkbook(SO, spec);
  const r = await checkBuilt(b);
  console.log(name, JSON.stringify(r.parsed?.columns), r.scores?.self.total, r.scores?.final?.total, problems(r).slice(0, 12), r.findings.filter(f=>f.severity==='info').map(f=>f.code));
};
test('probe', async () => {
  await show('3row', base({ numberRow: true }));
  await show('repeat', base({ numberRow: true, repeatHeaderEvery: 20 }));
  await show('repeatPlain', base({ numberRow: true, plainNumberRow: true, repeatHeaderEvery: 20 }));
  await show('titleCodes2', base({ titleCodesFrom: 2 }));
  await show('titleCodes2nodot', base({ titleCodesFrom: 2, titleCodeNoDot: true }));
  await show('titleCodes1', base({ titleCodesFrom: 1, titleCodeNoDot: true }));
  await show('tworow', base({ twoRowLeaves: true, numberRow: true }));
  await show('units', base({ overrides: { '1.1.1': { self: '1đ' }, '1.1.2': { self: '1 điểm' }, '1.1.3': { self: '1\u00a0' } } }));
  await show('formula', base({ overrides: { '1.1.1': { self: { formula: 'IF(1>0,1,0)' } }, '1.1.2': { self: { formula: 'IF(1>0,0,1)', result: 0 } } } }));
});
