import { buildSetFromSheet } from '../../../src/engine/import/build-set';
import { parsedSheet, type RowSpec } from './parsed-fixture';

const meta = { id: 'tinh-x-so-2025', year: 2025, unitLevel: 'department' as const };

const small: RowSpec[] = [
  { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', max: 3 },
  { code: '1.1', title: 'Kế hoạch CCHC năm', max: 2 },
  { code: '1.1.1', title: 'Ban hành kế hoạch CCHC năm', max: 1, method: 'Ban hành kịp thời: 1 điểm; Ban hành không kịp thời: 0,5 điểm; Không ban hành: 0 điểm' },
  { code: '1.1.2', title: 'Mức độ thực hiện kế hoạch', max: 1, method: 'Từ 90% trở lên: 1 điểm; Từ 70% đến dưới 90%: 0,5 điểm; Dưới 70%: 0 điểm' },
  { code: '1.2', title: 'Đánh giá của công chức về công tác chỉ đạo (qua điều tra XHH)', max: 1, method: 'Điểm đánh giá qua điều tra xã hội học' },
  { code: '2', title: 'Cải cách thủ tục hành chính', max: 2 },
  { code: '2.1', title: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: 1, method: 'Điểm = Tỷ lệ % hồ sơ đúng hạn × 1 điểm. Không phát sinh hồ sơ: không đánh giá' },
  { code: '2.2', title: 'Hài lòng về kết quả giải quyết TTHC', max: 1, method: 'Điểm đánh giá qua điều tra xã hội học (do cơ quan thẩm định nhập, đơn vị không tự chấm)' },
  { code: '3', title: 'Điểm thưởng (sáng kiến CCHC)', max: 1, method: 'Sáng kiến được UBND tỉnh công nhận: 0,5 điểm/sáng kiến; tối đa 1 điểm' },
  { code: '4', title: 'Điểm trừ', max: 2, method: 'Chậm gửi báo cáo: trừ 0,25 điểm/báo cáo; tối đa trừ 2 điểm' },
];

describe('buildSetFromSheet', () => {
  it('builds the tree, maxima, kinds, methods and rules from the rows', () => {
    const { set, report } = buildSetFromSheet(parsedSheet(small, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025']), meta);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(set).toMatchObject({ format: 'par-criteria/1', id: 'tinh-x-so-2025', version: '2025.1', year: 2025, unitLevel: 'department', scale: 5 });
    expect(set.title).toBe('BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025');
    expect(set.draft).toBeUndefined();
    expect(set.items.map((a) => a.code)).toEqual(['1', '2', '3', '4']);
    const [a1, a2, bonus, penalty] = set.items;
    expect(a1.children!.map((c) => c.code)).toEqual(['1.1', '1.2']);
    expect(a1.children![0].children!.map((c) => [c.code, c.maxPoints])).toEqual([['1.1.1', 1], ['1.1.2', 1]]);
    const leaf = a1.children![0].children![0];
    expect(leaf.method).toBe(small[2].method);
    expect(leaf.scoring).toEqual({
      type: 'options',
      options: [
        { label: 'Ban hành kịp thời', points: 1 },
        { label: 'Ban hành không kịp thời', points: 0.5 },
        { label: 'Không ban hành', points: 0 },
      ],
    });
    expect(a1.children![0].children![1].scoring).toEqual({
      type: 'bands', input: 'percent', bands: [{ atLeast: 90, points: 1 }, { atLeast: 70, points: 0.5 }, { points: 0 }],
    });
    expect(a1.children![1]).toMatchObject({ kind: 'survey', evidence: 'none' });
    expect(a1.children![1].scoring).toBeUndefined();
    expect(a2.children![0]).toMatchObject({ scoring: { type: 'proportional', input: 'percent' }, notApplicable: 'allowed' });
    expect(a2.children![0].kind).toBeUndefined();
    // survey from the scoring text when the title does not say it
    expect(a2.children![1]).toMatchObject({ kind: 'survey', evidence: 'none' });
    expect(bonus).toMatchObject({ kind: 'bonus', scoring: { type: 'step', step: 0.5 } });
    expect(penalty).toMatchObject({ kind: 'penalty', scoring: { type: 'step', step: 0.25 } });
    expect(report).toMatchObject({ itemCount: 10, leafCount: 7, rulesRead: 5, unreadScoring: [], sums: [] });
  });

  it('reads option rows gathered under a leaf as its scoring text', () => {
    const rows: RowSpec[] = [
      { code: '1', title: 'Chỉ đạo điều hành', max: 1 },
      { code: '1.1', title: 'Ban hành kế hoạch', max: 1, options: ['Ban hành kịp thời: 1', 'Ban hành không kịp thời: 0,5', 'Không ban hành: 0'] },
    ];
    const { set } = buildSetFromSheet(parsedSheet(rows), meta);
    const leaf = set.items[0].children![0];
    expect(leaf.method).toBe('Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5\nKhông ban hành: 0');
    expect(leaf.scoring).toEqual({
      type: 'options',
      options: [
        { label: 'Ban hành kịp thời', points: 1 },
        { label: 'Ban hành không kịp thời', points: 0.5 },
        { label: 'Không ban hành', points: 0 },
      ],
    });
  });

  it('nests Arabic codes under Roman areas by position', () => {
    const rows: RowSpec[] = [
      { code: 'I', title: 'Chỉ đạo điều hành', max: 2 },
      { code: '1', title: 'Kế hoạch', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
      { code: '2', title: 'Báo cáo', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
      { code: 'II', title: 'Thủ tục hành chính', max: 3 },
      { code: '3.1', title: 'Công khai', max: 1 },
      { code: '3.1.1', title: 'Niêm yết', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
      { code: '3.2', title: 'Giải quyết', max: 2, method: 'Từ 95% trở lên: 2 điểm; Dưới 95%: 0 điểm' },
    ];
    const { set, report } = buildSetFromSheet(parsedSheet(rows), meta);
    expect(report.ok).toBe(true);
    expect(set.items.map((a) => [a.code, (a.children ?? []).map((c) => c.code)])).toEqual([
      ['I', ['1', '2']],
      ['II', ['3.1', '3.2']],
    ]);
    expect(set.items[1].children![0].children!.map((c) => c.code)).toEqual(['3.1.1']);
    expect(set.scale).toBe(5);
  });

  it('reports unread scoring text and sums that do not add up, and refuses the set', () => {
    const rows: RowSpec[] = [
      { code: '1', title: 'Chỉ đạo điều hành', max: 3 },
      { code: '1.1', title: 'Kế hoạch', max: 1, method: 'Theo hướng dẫn của Sở Nội vụ' },
      { code: '1.2', title: 'Báo cáo', max: 1.5, method: 'Đạt: 1,5 điểm; Không đạt: 0 điểm' },
    ];
    const { set, report } = buildSetFromSheet(parsedSheet(rows), { ...meta, scale: 100 });
    expect(report.ok).toBe(false);
    expect(report.draft).toBe(false);
    expect(set.draft).toBeUndefined();
    expect(report.unreadScoring).toEqual([
      { code: '1.1', cell: 'D11', text: 'Theo hướng dẫn của Sở Nội vụ', unread: ['Theo hướng dẫn của Sở Nội vụ'] },
    ]);
    expect(report.sums.map((s) => [s.code, s.cell, s.declared, s.sum])).toEqual([
      ['1', 'C10', 3, 2.5],
      [null, null, 100, 3],
    ]);
    expect(report.sums[0].message.vi).toContain('2,5');
    expect(report.problems.map((p) => p.path).sort()).toEqual(['items[0].maxPoints', 'scale']);
  });

  it('keeps a set that breaks the spec as a draft with force', () => {
    const rows: RowSpec[] = [
      { code: '1', title: 'Chỉ đạo điều hành', max: 3 },
      { code: '1.1', title: 'Kế hoạch', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
    ];
    const { set, report } = buildSetFromSheet(parsedSheet(rows), { ...meta, force: true });
    expect(report.ok).toBe(true);
    expect(report.draft).toBe(true);
    expect(set.draft).toBe(true);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('takes a blank parent max as the sum of its children and notes it; an unreadable leaf max as 0', () => {
    const rows: RowSpec[] = [
      { code: '1', title: 'Chỉ đạo điều hành', max: null },
      { code: '1.1', title: 'Kế hoạch', max: 1.5, method: 'Đạt: 1,5 điểm; Không đạt: 0 điểm' },
      { code: '1.2', title: 'Báo cáo', max: 'một điểm' },
    ];
    const { set, report } = buildSetFromSheet(parsedSheet(rows), meta);
    expect(set.items[0].maxPoints).toBe(1.5);
    expect(set.items[0].children![1].maxPoints).toBe(0);
    expect(report.notes.map((n) => n.code)).toEqual(['1.2', '1']);
    expect(report.notes[0].message.vi).toContain('C12');
  });

  it('notes a missing parent row and strips a code repeated in the title', () => {
    const rows: RowSpec[] = [
      { code: '1', title: '1. Chỉ đạo điều hành', max: 1 },
      { code: '1.2.1', title: '1.2.1. Báo cáo quý', max: 1, method: 'Đạt: 1 điểm; Không đạt: 0 điểm' },
    ];
    const { set, report } = buildSetFromSheet(parsedSheet(rows), meta);
    expect(set.items[0].title).toBe('Chỉ đạo điều hành');
    expect(set.items[0].children![0]).toMatchObject({ code: '1.2.1', title: 'Báo cáo quý' });
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({ code: '1.2.1', cell: 'A11' });
    expect(report.notes[0].message.vi).toContain('"1.2"');
  });

  it('uses the given title, version and scale', () => {
    const { set } = buildSetFromSheet(parsedSheet(small), { ...meta, title: 'Bộ tiêu chí sở 2025', version: 'QĐ 12', scale: 5 });
    expect([set.title, set.version, set.scale]).toEqual(['Bộ tiêu chí sở 2025', 'QĐ 12', 5]);
  });
});
