import { explanationRequests } from '../../../src/engine/appraisal/explanation-requests';
import { finding, makeResult } from '../helpers/check-result-fixtures';

describe('explanationRequests', () => {
  it('lists a leaf appraised below its self score, with both numbers, the cell and the appraiser note', () => {
    const result = makeResult({
      items: [
        { code: '1', max: 3, self: 2.5, appraised: 1.5 },
        { code: '1.1', max: 1.5, self: 1.5, appraised: 0.5, title: 'Ban hành kế hoạch', note: 'Kế hoạch ban hành muộn' },
        { code: '1.2', max: 1.5, self: 1, appraised: 1 },
      ],
    });
    const requests = explanationRequests(result);
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req).toMatchObject({ item: '1.1', title: 'Ban hành kế hoạch', max: 1.5, self: 1.5, appraised: 0.5, note: 'Kế hoạch ban hành muộn' });
    expect(req.reason.vi).toContain('Điểm thẩm định 0,5 thấp hơn điểm tự đánh giá 1,5');
    expect(req.reason.en).toContain('0.5');
    expect(req.reason.en).toContain('1.5');
    // The appraised score of 1.1 sits in column G of its row (sheet row 11).
    expect(req.cell).toBe('G11');
    expect(req.reasons.map((r) => r.kind)).toEqual(['belowSelf']);
  });

  it('does not list equal scores, higher appraised scores or items not appraised', () => {
    const result = makeResult({
      items: [
        { code: '1.1', self: 1, appraised: 1 },
        { code: '1.2', self: 0.5, appraised: 1 },
        { code: '1.3', self: 1 },
        { code: '1.4', self: 0.3 + 0.6, appraised: 0.9 },
      ],
    });
    expect(explanationRequests(result)).toEqual([]);
  });

  it('lists missing evidence from the evidence.missing finding, at the finding cell, note null when none', () => {
    const result = makeResult({
      items: [
        { code: '5.2.1', self: 1, appraised: 1 },
        { code: '5.2.2', self: 1, appraised: 1 },
      ],
      findings: [finding('evidence.missing', 'error', 'H11', '5.2.2'), finding('score.aboveMax', 'error', 'F10', '5.2.1')],
    });
    const requests = explanationRequests(result);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ item: '5.2.2', cell: 'H11', note: null, self: 1 });
    expect(requests[0].reason.vi).toContain('Thiếu tài liệu kiểm chứng');
    expect(requests[0].reason.vi).toContain('1');
    expect(requests[0].reason.en).toContain('Evidence is missing');
  });

  it('gives one request with both reasons when an item is below self and lacks evidence', () => {
    const result = makeResult({
      items: [{ code: '2.1', self: 2, appraised: 0, note: 'Không có TLKC' }],
      findings: [finding('evidence.missing', 'error', 'H10', '2.1'), finding('evidence.missing', 'error', 'H10', '2.1')],
    });
    const requests = explanationRequests(result);
    expect(requests).toHaveLength(1);
    expect(requests[0].reasons.map((r) => r.kind)).toEqual(['belowSelf', 'missingEvidence']);
    expect(requests[0].cell).toBe('G10');
    expect(requests[0].reason.vi).toMatch(/Điểm thẩm định 0 thấp hơn điểm tự đánh giá 2.*Thiếu tài liệu kiểm chứng/);
    expect(requests[0].note).toBe('Không có TLKC');
  });

  it('skips survey and N/A items and lists a penalty the appraisal made bigger', () => {
    const result = makeResult({
      items: [
        { code: '8.1', kind: 'survey', self: 1, appraised: 0.5 },
        { code: '8.2', notApplicable: true, self: 1, appraised: 0 },
        { code: '9.1', kind: 'penalty', self: 1, appraised: 2 },
        { code: '9.2', kind: 'penalty', self: 2, appraised: 1 },
      ],
    });
    const requests = explanationRequests(result);
    expect(requests.map((r) => r.item)).toEqual(['9.1']);
    expect(requests[0].reason.vi).toContain('Điểm trừ khi thẩm định 2 cao hơn điểm trừ tự đánh giá 1');
  });

  it('keeps the order of the sheet', () => {
    const result = makeResult({
      items: [
        { code: '1.1', self: 1, appraised: 1 },
        { code: '1.2', self: 1, appraised: 0.5 },
        { code: '1.3', self: 1, appraised: 1 },
      ],
      // The evidence finding of 1.3 comes first in the findings but sits lower on the sheet.
      findings: [finding('evidence.missing', 'error', 'H12', '1.3')],
    });
    expect(explanationRequests(result).map((r) => r.item)).toEqual(['1.2', '1.3']);
  });

  it('returns nothing for a result without scores or findings', () => {
    expect(explanationRequests(makeResult({ scored: false }))).toEqual([]);
  });
});
