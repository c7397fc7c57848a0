import { buildSetFromSheet } from '../../../src/engine/import/build-set';
import { importReportSections, sectionsToText } from '../../../src/engine/import/report-text';
import { parsedSheet } from './parsed-fixture';

describe('importReportSections', () => {
  const { report } = buildSetFromSheet(
    parsedSheet([
      { code: '1', title: 'Chỉ đạo điều hành', max: 3 },
      { code: '1.1', title: 'Kế hoạch', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
      { code: '1.1', title: 'Kế hoạch (dòng lặp)', max: 1, method: 'Theo quy định riêng' },
    ]),
    { id: 'x', year: 2025, unitLevel: 'commune' },
  );
  const vi = sectionsToText(importReportSections(report, 'vi'));
  const en = sectionsToText(importReportSections(report, 'en'));

  it('lists unread text by item and cell, the sums once, and the other problems with their JSON path', () => {
    expect(vi).toContain('1.1 (D12): "Theo quy định riêng"');
    expect(vi).toContain('C10: Tiêu chí 1: điểm tối đa 3 nhưng tổng điểm tối đa các tiêu chí con là 2.');
    expect(vi).not.toContain('items[0].maxPoints'); // the same sum, not repeated
    expect(vi).toContain('items[0].children[1].code: Tiêu chí 1.1: Mã "1.1" bị trùng');
    expect(vi.trimEnd().endsWith('hoặc dùng --force để lưu bản nháp (draft).')).toBe(true);
  });

  it('speaks English when asked, and can leave the closing line to the caller', () => {
    expect(en).toContain('3 items (2 without children); a scoring rule was read for 1.');
    expect(importReportSections(report, 'en', { outcome: false }).map((s) => s.heading)).not.toContain('Outcome');
  });
});
