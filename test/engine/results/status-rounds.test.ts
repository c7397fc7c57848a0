/**
 * Status across both appraisal rounds: `appraising` covers round 1 and round 2, `round` says
 * which one is in progress. Round 2 is optional per item: it is due for the items the unit
 * answered (answer columns), or — without them — for the items lowered in round 1 once round 2
 * has started.
 */
import { checkGrid } from '../../../src/engine/check';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { sheetStatus } from '../../../src/engine/results/status';
import { buildSet, item } from '../helpers/build-set';

/** Area 1 (10) = 1.1 (4) + 1.2 (6); area 2 (10) = 2.1 (10). Scored leaves: 1.1, 1.2, 2.1. */
const set = buildSet([item('1', 10, [item('1.1', 4), item('1.2', 6)]), item('2', 10, [item('2.1', 10)])], { id: 'rounds-set' });
const EV = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

type Row = { self: number; r1?: CellScalar; note1?: string; answer?: string; added?: string; r2?: CellScalar; note2?: string };

function check(rows: Record<string, Row>, answerColumns = true) {
  const header = [
    'STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Thẩm định lần 1', 'Ý kiến thẩm định lần 1',
    ...(answerColumns ? ['Giải trình của đơn vị', 'Tài liệu bổ sung'] : []), 'Thẩm định lần 2', 'Ý kiến thẩm định lần 2',
  ];
  const line = (code: string, max: number): CellScalar[] => {
    const r = rows[code];
    if (!r) return [code, `Lĩnh vực ${code}`, max];
    return [
      code, `Tiêu chí ${code}`, max, r.self, EV, r.r1 ?? null, r.note1 ?? null,
      ...(answerColumns ? [r.answer ?? null, r.added ?? null] : []), r.r2 ?? null, r.note2 ?? null,
    ];
  };
  const grid = gridFromValues('Thẩm định', [
    ['KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    ['Đơn vị: Sở Thử nghiệm'],
    header,
    line('1', 10),
    line('1.1', 4),
    line('1.2', 6),
    line('2', 10),
    line('2.1', 10),
  ]);
  return checkGrid(grid, { sets: [set], criteria: set });
}

const ROUND1: Record<string, Row> = {
  '1.1': { self: 4, r1: 3, note1: 'Thiếu văn bản' },
  '1.2': { self: 6, r1: 6 },
  '2.1': { self: 10, r1: 8, note1: 'Chỉ đạt 80%' },
};
const withRows = (extra: Record<string, Partial<Row>>) => {
  const out: Record<string, Row> = {};
  for (const [k, v] of Object.entries(ROUND1)) out[k] = { ...v, ...(extra[k] ?? {}) };
  return out;
};

describe('status across two appraisal rounds', () => {
  test('round 1 part-way: appraising, round 1', () => {
    const s = sheetStatus({ result: check(withRows({ '1.2': { r1: null }, '2.1': { r1: null } })) });
    expect(s.status).toBe('appraising');
    expect(s.round).toBe(1);
    expect(s.appraisal).toEqual({ filled: 1, expected: 3 });
  });

  test('round 1 done, the unit answered 1.1: appraising, round 2, waiting for 1.1', () => {
    const s = sheetStatus({ result: check(withRows({ '1.1': { answer: 'Đã ban hành, gửi kèm' } })) });
    expect(s.status).toBe('appraising');
    expect(s.round).toBe(2);
    expect(s.detail.vi).toBe('Đang thẩm định lần 2: đã có điểm lần 2 của 0/1 tiêu chí cần thẩm định lại; còn chờ: 1.1.');
  });

  test('round 2 entered for every answered item: no longer appraising', () => {
    const s = sheetStatus({ result: check(withRows({ '1.1': { answer: 'Đã ban hành', r2: 4, note2: 'Chấp nhận' } })) });
    expect(s.status).toBe('complete'); // no survey items in this set
    expect(s.round ?? null).toBeNull();
  });

  test('round 1 done, nobody answered, round 2 empty: round 1 stands (complete)', () => {
    expect(sheetStatus({ result: check(ROUND1) }).status).toBe('complete');
  });

  test('no answer columns: round 2 started on 1.1 while 2.1 (also lowered) has none yet → round 2 in progress', () => {
    const started = sheetStatus({ result: check(withRows({ '1.1': { r2: 4, note2: 'Chấp nhận' } }), false) });
    expect(started.status).toBe('appraising');
    expect(started.round).toBe(2);
    expect(started.detail.vi).toContain('1/2');
    expect(started.detail.vi).toContain('còn chờ: 2.1');
    const done = sheetStatus({ result: check(withRows({ '1.1': { r2: 4, note2: 'Chấp nhận' }, '2.1': { r2: 8 } }), false) });
    expect(done.status).toBe('complete');
  });

  test('a cell filled only in round 2 counts as appraised', () => {
    const s = sheetStatus({ result: check(withRows({ '1.2': { r1: null, r2: 6 } }), false) });
    expect(s.appraisal).toEqual({ filled: 3, expected: 3 });
  });
});
