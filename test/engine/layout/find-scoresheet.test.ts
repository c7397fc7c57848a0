import { pickScoresheet, scoresheetLikelihood } from '../../../src/engine/layout/find-scoresheet';
import { SheetBuilder, plainSheet } from './sheet-builder';

function guide() {
  const b = new SheetBuilder('Hướng dẫn');
  b.row('HƯỚNG DẪN CHẤM ĐIỂM');
  b.row('1. Điền điểm tự đánh giá vào cột F.');
  return b.build();
}

function summary() {
  const b = new SheetBuilder('Tổng hợp');
  b.row('TỔNG HỢP KẾT QUẢ');
  b.row('STT', 'Lĩnh vực', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định');
  for (let i = 1; i <= 8; i++) b.row(String(i), `Lĩnh vực ${i}`, 10, 9, 9);
  return b.build();
}

function scoresheet(name = 'Sheet2') {
  const data = [];
  for (let a = 1; a <= 8; a++) {
    data.push([String(a), `Lĩnh vực ${a}`, 10]);
    for (let c = 1; c <= 5; c++) data.push([`${a}.${c}`, `Tiêu chí ${a}.${c}`, 2, '', '', 1]);
  }
  return plainSheet(data, { name });
}

describe('scoresheetLikelihood', () => {
  it('is 0 for a sheet without a header', () => {
    expect(scoresheetLikelihood(guide())).toBe(0);
    expect(scoresheetLikelihood(new SheetBuilder('Sheet3').build())).toBe(0);
  });

  it('ranks a scoresheet with many codes above a summary table with a header', () => {
    const s = scoresheetLikelihood(scoresheet());
    const t = scoresheetLikelihood(summary());
    expect(t).toBeGreaterThan(0);
    expect(s).toBeGreaterThan(t);
    expect(s).toBeLessThanOrEqual(1);
  });

  it('counts codes written only in titles', () => {
    const inTitles = plainSheet(
      Array.from({ length: 20 }, (_, i) => ['', `1.${i + 1}. Tiêu chí ${i + 1}`, 1, '', '', 1]),
      { name: 'Sheet1' },
    );
    const none = plainSheet(Array.from({ length: 20 }, (_, i) => ['', `Tiêu chí ${i + 1}`, 1, '', '', 1]), { name: 'Sheet1' });
    expect(scoresheetLikelihood(inTitles)).toBeGreaterThan(scoresheetLikelihood(none));
  });
});

describe('pickScoresheet', () => {
  it('picks the scoresheet even when it is not the first sheet', () => {
    const sheet = scoresheet('Sheet2');
    expect(pickScoresheet([guide(), summary(), sheet])).toBe(sheet);
    expect(pickScoresheet([sheet, summary()])).toBe(sheet);
  });

  it('prefers a scoresheet-like name between equal sheets, else the first', () => {
    const a = scoresheet('Sheet1');
    const b = scoresheet('Biểu tự chấm điểm');
    expect(pickScoresheet([a, b])).toBe(b);
    const c = scoresheet('Sheet3');
    expect(pickScoresheet([a, c])).toBe(a);
  });

  it('returns null when no sheet has a header', () => {
    expect(pickScoresheet([guide()])).toBeNull();
    expect(pickScoresheet([])).toBeNull();
  });
});
