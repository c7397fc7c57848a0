import type { Scoring } from '../../../src/engine/criteria/schema';
import { parseScoringText } from '../../../src/engine/import/scoring-text';

const opts = (...pairs: [string, number][]): Scoring => ({
  type: 'options',
  options: pairs.map(([label, points]) => ({ label, points })),
});
type B = { above?: number; atLeast?: number; points: number };
const bands = (...b: B[]): Scoring => ({ type: 'bands', input: 'percent', bands: b });
const prop: Scoring = { type: 'proportional', input: 'percent' };
const step = (s: number): Scoring => ({ type: 'step', step: s });

// [scoring text, item max, expected rule]: phrasings from the bundled sets and in their style.
const readable: [string, number, Scoring][] = [
  // options, "label: N điểm"
  ['Ban hành kịp thời: 1 điểm; không kịp thời: 0,5 điểm; không ban hành: 0 điểm', 1,
    opts(['Ban hành kịp thời', 1], ['không kịp thời', 0.5], ['không ban hành', 0])],
  ['Ban hành kịp thời: 1 điểm; Ban hành không kịp thời: 0,5 điểm; Không ban hành: 0 điểm', 1,
    opts(['Ban hành kịp thời', 1], ['Ban hành không kịp thời', 0.5], ['Không ban hành', 0])],
  ['Đạt yêu cầu: 1 điểm; Không đạt yêu cầu: 0 điểm', 1, opts(['Đạt yêu cầu', 1], ['Không đạt yêu cầu', 0])],
  ['Có ban hành: 0,5 điểm; Không ban hành: 0 điểm', 0.5, opts(['Có ban hành', 0.5], ['Không ban hành', 0])],
  ['Đầy đủ, đúng thời hạn: 1 điểm; Đầy đủ nhưng không đúng thời hạn: 0,5 điểm; Không đầy đủ: 0 điểm', 1,
    opts(['Đầy đủ, đúng thời hạn', 1], ['Đầy đủ nhưng không đúng thời hạn', 0.5], ['Không đầy đủ', 0])],
  ['Tất cả văn bản thực hiện đúng quy trình: 1,5 điểm; Có 01 văn bản không đúng quy trình: 0,75 điểm; Có từ 02 văn bản trở lên không đúng quy trình: 0 điểm', 1.5,
    opts(['Tất cả văn bản thực hiện đúng quy trình', 1.5], ['Có 01 văn bản không đúng quy trình', 0.75], ['Có từ 02 văn bản trở lên không đúng quy trình', 0])],
  // decimal point instead of comma, full stop at the end
  ['Kịp thời, đúng quy định: 1.5 điểm; Không kịp thời: 0.75 điểm; Không thực hiện: 0 điểm.', 1.5,
    opts(['Kịp thời, đúng quy định', 1.5], ['Không kịp thời', 0.75], ['Không thực hiện', 0])],
  // new lines and "-" bullets
  ['- Ban hành kịp thời: 1 điểm\n- Ban hành không kịp thời: 0,5 điểm\n- Không ban hành: 0 điểm', 1,
    opts(['Ban hành kịp thời', 1], ['Ban hành không kịp thời', 0.5], ['Không ban hành', 0])],
  // "+" bullets, full stops at line ends, CRLF
  ['+ Thực hiện đầy đủ: 1 điểm.\r\n+ Thực hiện chưa đầy đủ: 0,5 điểm.\r\n+ Không thực hiện: 0 điểm.', 1,
    opts(['Thực hiện đầy đủ', 1], ['Thực hiện chưa đầy đủ', 0.5], ['Không thực hiện', 0])],
  // points in brackets after the label
  ['- Ban hành kịp thời (1 điểm)\n- Ban hành không kịp thời (0,5 điểm)\n- Không ban hành (0 điểm)', 1,
    opts(['Ban hành kịp thời', 1], ['Ban hành không kịp thời', 0.5], ['Không ban hành', 0])],
  // points before the label
  ['1 điểm: ban hành kịp thời; 0,5 điểm: ban hành không kịp thời; 0 điểm: không ban hành', 1,
    opts(['ban hành kịp thời', 1], ['ban hành không kịp thời', 0.5], ['không ban hành', 0])],
  ['1 điểm - Đúng quy định\n0 điểm - Không đúng quy định', 1, opts(['Đúng quy định', 1], ['Không đúng quy định', 0])],
  ['2 điểm nếu không có trường hợp vi phạm; 0 điểm nếu có vi phạm', 2,
    opts(['không có trường hợp vi phạm', 2], ['có vi phạm', 0])],
  // Cà Mau option rows: bare numbers after the colon, no "điểm"
  ['Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5\nKhông ban hành: 0', 1,
    opts(['Ban hành kịp thời', 1], ['Ban hành không kịp thời', 0.5], ['Không ban hành', 0])],
  // "điểm" without a colon, clauses separated by commas
  ['Ban hành kịp thời 1 điểm, không kịp thời 0,5 điểm, không ban hành 0 điểm.', 1,
    opts(['Ban hành kịp thời', 1], ['không kịp thời', 0.5], ['không ban hành', 0])],
  // label and points on two lines of one cell; linking words before the points
  ['Ban hành kịp thời:\n1 điểm\nKhông ban hành:\n0 điểm', 1, opts(['Ban hành kịp thời', 1], ['Không ban hành', 0])],
  ['Ban hành kịp thời được 1 điểm; không ban hành thì 0 điểm', 1, opts(['Ban hành kịp thời', 1], ['không ban hành', 0])],
  // abbreviation "đ"
  ['Đúng quy định: 1đ; Không đúng quy định: 0đ', 1, opts(['Đúng quy định', 1], ['Không đúng quy định', 0])],
  // points relative to the maximum
  ['Có ban hành văn bản tổ chức triển khai thực hiện: Điểm tối đa; Không ban hành: 0 điểm', 1.5,
    opts(['Có ban hành văn bản tổ chức triển khai thực hiện', 1.5], ['Không ban hành', 0])],
  ['Tuân thủ đầy đủ: Điểm tối đa; Có vi phạm nhẹ: Trừ 50% điểm; vi phạm nghiêm trọng: 0 điểm', 2,
    opts(['Tuân thủ đầy đủ', 2], ['Có vi phạm nhẹ', 1], ['vi phạm nghiêm trọng', 0])],
  ['Hoàn thành xuất sắc: Điểm tối đa; Hoàn thành tốt: 75% điểm; Hoàn thành: 50% điểm', 2,
    opts(['Hoàn thành xuất sắc', 2], ['Hoàn thành tốt', 1.5], ['Hoàn thành', 1])],
  ['Đạt: tối đa; Đạt một phần: 50% số điểm; Không đạt: 0 điểm', 3,
    opts(['Đạt', 3], ['Đạt một phần', 1.5], ['Không đạt', 0])],
  ['Thực hiện đúng: điểm tối đa; Chậm dưới 5 ngày: trừ 0,5 điểm; Chậm từ 5 ngày trở lên: 0 điểm', 1.5,
    opts(['Thực hiện đúng', 1.5], ['Chậm dưới 5 ngày', 1], ['Chậm từ 5 ngày trở lên', 0])],

  // bands
  ['Từ 90% trở lên: 2 điểm; từ 70% đến dưới 90%: 1 điểm; dưới 70%: 0 điểm', 2,
    bands({ atLeast: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 })],
  ['Thực hiện trên 90% kế hoạch: 2 điểm; Thực hiện từ 70% - 90% kế hoạch: 1 điểm; Dưới 70% kế hoạch: 0 điểm', 2,
    bands({ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 })],
  ['Hoàn thành 100% kế hoạch: 1,5 điểm; Từ 80% đến dưới 100%: 1 điểm; Từ 50% đến dưới 80%: 0,5 điểm; Dưới 50%: 0 điểm', 1.5,
    bands({ atLeast: 100, points: 1.5 }, { atLeast: 80, points: 1 }, { atLeast: 50, points: 0.5 }, { points: 0 })],
  ['100%: 1,5 điểm; Từ 90% đến dưới 100%: 1 điểm; Từ 80% đến dưới 90%: 0,5 điểm; Dưới 80%: 0 điểm', 1.5,
    bands({ atLeast: 100, points: 1.5 }, { atLeast: 90, points: 1 }, { atLeast: 80, points: 0.5 }, { points: 0 })],
  ['Đạt 100%: 1 điểm; Từ 90% đến dưới 100%: 0,5 điểm; Dưới 90%: 0 điểm', 1,
    bands({ atLeast: 100, points: 1 }, { atLeast: 90, points: 0.5 }, { points: 0 })],
  ['Đạt từ 100% dự toán trở lên: 2 điểm; Từ 90% đến dưới 100%: 1 điểm; Dưới 90%: 0 điểm', 2,
    bands({ atLeast: 100, points: 2 }, { atLeast: 90, points: 1 }, { points: 0 })],
  ['Từ 30% số phòng, đơn vị trở lên: 0,5 điểm; Từ 20% đến dưới 30%: 0,25 điểm; Dưới 20%: 0 điểm', 0.5,
    bands({ atLeast: 30, points: 0.5 }, { atLeast: 20, points: 0.25 }, { points: 0 })],
  // bands listed from the lowest: ordered from the highest
  ['Dưới 70%: 0 điểm; Từ 70% đến dưới 90%: 1 điểm; Từ 90% trở lên: 2 điểm', 2,
    bands({ atLeast: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 })],
  // "X% trở lên" with the number first, and "trên" beside "từ"
  ['95% trở lên: 3 điểm\n85% đến dưới 95%: 2 điểm\nDưới 85%: 0 điểm', 3,
    bands({ atLeast: 95, points: 3 }, { atLeast: 85, points: 2 }, { points: 0 })],
  ['Trên 95%: 1 điểm; Từ 95% trở xuống: 0 điểm', 1, bands({ above: 95, points: 1 }, { points: 0 })],
  // a band with a non-percent rest clause, and the N/A sentence after it
  ['Hoàn thành 100% kế hoạch: 1 điểm; Không hoàn thành: 0 điểm', 1, bands({ atLeast: 100, points: 1 }, { points: 0 })],
  ['Hoàn thành 100% kế hoạch: 1,5 điểm; Từ 80% đến dưới 100%: 1 điểm; Từ 50% đến dưới 80%: 0,5 điểm; Dưới 50%: 0 điểm. Không được giao nhiệm vụ trong năm: không đánh giá', 1.5,
    bands({ atLeast: 100, points: 1.5 }, { atLeast: 80, points: 1 }, { atLeast: 50, points: 0.5 }, { points: 0 })],
  // no "dưới" clause: 0 below the lowest band
  ['Từ 98% trở lên: 2 điểm; Từ 95% đến dưới 98%: 1 điểm', 2,
    bands({ atLeast: 98, points: 2 }, { atLeast: 95, points: 1 }, { points: 0 })],
  // points before the label in bands
  ['2 điểm: trên 90%; 1 điểm: từ 70% đến 90%; 0 điểm: dưới 70%', 2,
    bands({ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 })],

  // proportional
  ['Điểm = Tỷ lệ % TTHC đưa ra tiếp nhận tại Trung tâm × 1 điểm', 1, prop],
  ['Điểm = Tỷ lệ % PAKN được xử lý đúng hạn × 2 điểm. Không phát sinh PAKN: không đánh giá', 2, prop],
  ['Điểm = tỷ lệ % hồ sơ được số hóa x 1,5 điểm', 1.5, prop],
  ['Tính điểm theo tỷ lệ hồ sơ giải quyết đúng hạn', 2, prop],

  // step
  ['Tất cả vấn đề phát hiện đều được xử lý hoặc kiến nghị xử lý: 1 điểm; xử lý chưa đầy đủ: chấm theo mức độ, bước 0,25 điểm; không xử lý: 0 điểm', 1, step(0.25)],
  ['Triển khai đầy đủ ở tất cả phòng, đơn vị: 1 điểm; chưa đầy đủ: chấm theo mức độ, bước 0,25 điểm', 1, step(0.25)],
  ['Chấp hành nghiêm: 2 điểm; có vi phạm: trừ 0,5 điểm/trường hợp', 2, step(0.5)],
  ['Sáng kiến, mô hình được UBND tỉnh công nhận: 1 điểm/sáng kiến; được UBND cấp huyện công nhận: 0,5 điểm/sáng kiến; tối đa 2 điểm', 2, step(0.5)],
  ['Chậm gửi báo cáo CCHC: trừ 0,25 điểm/báo cáo; có hồ sơ TTHC bị phản ánh nhũng nhiễu được xác minh đúng: trừ 1 điểm/trường hợp; tối đa trừ 3 điểm', 3, step(0.25)],
  ['Mỗi trường hợp chậm trừ 0,5 điểm', 2, step(0.5)],
];

describe('parseScoringText: readable phrasings', () => {
  it('has at least 40 phrasings', () => {
    expect(readable.length).toBeGreaterThanOrEqual(40);
  });
  it.each(readable)('%s (max %s)', (text, max, expected) => {
    const r = parseScoringText(text, max);
    expect(r.scoring).toEqual(expected);
    expect(r.unread).toEqual([]);
  });
});

describe('parseScoringText: what the text says besides the rule', () => {
  it('marks "không đánh giá" clauses as not applicable', () => {
    expect(parseScoringText('Điểm = Tỷ lệ % PAKN × 2 điểm. Không phát sinh PAKN: không đánh giá', 2).notApplicable).toBe(true);
    expect(parseScoringText('Đạt: 1 điểm; Không đạt: 0 điểm', 1).notApplicable).toBeUndefined();
  });
  it('reads the survey note without a rule and without complaint', () => {
    const r = parseScoringText('Điểm đánh giá qua điều tra xã hội học (do cơ quan thẩm định nhập, đơn vị không tự chấm)', 1.5);
    expect(r).toEqual({ unread: [], survey: true });
  });
  it('leaves a free judgement without a rule', () => {
    const r = parseScoringText(
      'Có kế hoạch tự kiểm tra và khắc phục đầy đủ tồn tại: 3 điểm; thực hiện chưa đầy đủ: cơ quan thẩm định chấm theo mức độ (tối đa 2 chữ số thập phân); không thực hiện: 0 điểm',
      3,
    );
    expect(r.scoring).toBeUndefined();
    expect(r.free).toBe(true);
    expect(r.unread).toEqual([]);
    const r2 = parseScoringText('Thực hiện đầy đủ các nhiệm vụ được giao: Điểm tối đa; Thực hiện chưa đầy đủ: Trừ điểm tương ứng', 2);
    expect(r2.scoring).toBeUndefined();
    expect(r2.free).toBe(true);
  });
  it('keeps labels as written, first letter included', () => {
    const r = parseScoringText('  ban hành KỊP THỜI : 1 điểm ;  Không ban hành:0 điểm ', 1);
    expect(r.scoring).toEqual(opts(['ban hành KỊP THỜI', 1], ['Không ban hành', 0]));
  });
  it('reads text written in decomposed Unicode (NFD) the same', () => {
    const r = parseScoringText('Ban hành kịp thời: 1 điểm; Không ban hành: 0 điểm'.normalize('NFD'), 1);
    expect(r.scoring).toEqual(opts(['Ban hành kịp thời', 1], ['Không ban hành', 0]));
  });
});

describe('parseScoringText: what cannot be read', () => {
  it('returns no rule and lists a points clause it cannot read', () => {
    const r = parseScoringText('Ban hành kịp thời: 1 điểm; chậm: theo số ngày, mỗi ngày một phần tư; Không ban hành: 0 điểm', 1);
    expect(r.scoring).toBeUndefined();
    expect(r.unread).toEqual(['chậm: theo số ngày, mỗi ngày một phần tư']);
  });
  it('lists plain text that gives no points', () => {
    const r = parseScoringText('Theo hướng dẫn của Sở Nội vụ', 1);
    expect(r.scoring).toBeUndefined();
    expect(r.unread).toEqual(['Theo hướng dẫn của Sở Nội vụ']);
  });
  it('does not invent the missing alternatives of a single option', () => {
    const r = parseScoringText('Có ban hành: 1 điểm', 1);
    expect(r.scoring).toBeUndefined();
    expect(r.unread).toEqual(['Có ban hành: 1 điểm']);
  });
  it('refuses bands mixed with an option that is not "the rest"', () => {
    const r = parseScoringText('Từ 90% trở lên: 2 điểm; Có sáng kiến: 1 điểm; Dưới 90%: 0 điểm', 2);
    expect(r.scoring).toBeUndefined();
    expect(r.unread).toEqual(['Có sáng kiến: 1 điểm']);
  });
  it('returns nothing for an empty text', () => {
    expect(parseScoringText('  \n ', 1)).toEqual({ unread: [] });
  });
});
