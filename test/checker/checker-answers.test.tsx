/** @jest-environment jsdom */
/**
 * Round two on the page: a unit's explanation request is made, filled in by the unit (an answer
 * written in its explanation column) and dropped on the page beside the unit's scoresheet; the
 * page pairs them and shows the answer next to the item. Also: status per file with what is
 * missing ("đang thẩm định 3/4 ô").
 */
import * as ExcelJS from 'exceljs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckerPage } from '../../src/checker/CheckerPage';
import { checkWorkbookBytes } from '../../src/checker/check-file';
import { requestsWorkbook } from '../../src/checker/downloads';
import { unitRequests } from '../../src/engine/appraisal/requests-workbook';
import { PROVINCE_SET, PROVINCE_SET_JSON, provinceWorkbook } from './province-fixtures';

jest.setTimeout(60_000);

function memoryStorage() {
  const data: Record<string, string> = {};
  return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
}

const ANSWER = 'Kế hoạch số 12/KH-SCT ban hành ngày 20/01/2025, gửi kèm bản chụp.';

/** The unit writes its answer in the explanation column (column I: REQUEST_COLUMNS.explanation = 8, 0-based) of the row of 1.1. */
async function answered(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  let done = false;
  ws.eachRow((row) => {
    if (row.getCell(2).value === '1.1') {
      row.getCell(9).value = ANSWER;
      done = true;
    }
  });
  if (!done) throw new Error('no row 1.1 on the request sheet');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('returned answers on the checking page', () => {
  it('pairs the returned request with its scoresheet and shows the answer next to the item', async () => {
    // Công Thương: 1.1 appraised 2 below its self score 3, with a note → one request (explain).
    const sheet = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
    });
    const checked = await checkWorkbookBytes(sheet, [PROVINCE_SET], 'so-cong-thuong.xlsx');
    if (!checked.ok) throw new Error(checked.problem.en);
    const request = await requestsWorkbook(unitRequests(checked.results[0], 'so-cong-thuong.xlsx'), { lang: 'vi' });
    const reply = await answered(request);

    const storage = memoryStorage();
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={storage} save={() => undefined} />);
    await user.upload(screen.getByTestId('sets-input'), [new File([PROVINCE_SET_JSON], 'bo.json')]);
    await waitFor(() => expect(screen.getByTestId('set-load-outcome').textContent).toContain('đã nạp'));
    await user.upload(screen.getByTestId('file-input'), [
      new File([sheet], 'so-cong-thuong.xlsx'),
      new File([reply], 'giai-trinh-so-cong-thuong.xlsx'),
    ]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Đã kiểm tra 2 tệp.'), { timeout: 30_000 });

    const replyCard = screen.getAllByTestId('file-card').find((c) => c.getAttribute('data-file') === 'giai-trinh-so-cong-thuong.xlsx')!;
    expect(within(replyCard).getByTestId('reply-paired').textContent).toBe(
      'Đã ghép với biểu "so-cong-thuong.xlsx": các câu trả lời hiện bên từng tiêu chí của biểu đó.',
    );
    const sheetCard = screen.getAllByTestId('file-card').find((c) => c.getAttribute('data-file') === 'so-cong-thuong.xlsx')!;
    const row = within(sheetCard).getAllByTestId('answer-row').find((r) => r.getAttribute('data-item') === '1.1')!;
    expect(row.getAttribute('data-state')).toBe('answered');
    expect(row.querySelector('[data-col="explanation"]')!.textContent).toBe(ANSWER);
    expect(row.textContent).toContain('Kế hoạch ban hành chậm so với quy định');
    // The returned workbook is not a scoresheet: it has no line in the overview and is not ranked.
    expect(screen.getAllByTestId('overview-row').map((r) => r.getAttribute('data-file'))).toEqual(['so-cong-thuong.xlsx']);
  });

  it('says how far the appraisal is, per file', async () => {
    // 3 of the 4 scored leaves appraised (2.2 left blank).
    const sheet = await provinceWorkbook('Sở Tư pháp', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': null },
    });
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={memoryStorage()} save={() => undefined} sets={[PROVINCE_SET]} />);
    await user.upload(screen.getByTestId('file-input'), [new File([sheet], 'so-tu-phap.xlsx')]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Đã kiểm tra 1 tệp.'), { timeout: 30_000 });
    const status = screen.getByTestId('season-status');
    expect(status.getAttribute('data-status')).toBe('appraising');
    expect(status.textContent).toContain('3/4');
    const notRanked = screen.getAllByTestId('not-ranked-row');
    expect(notRanked.map((r) => [r.getAttribute('data-file'), r.getAttribute('data-status')])).toEqual([['so-tu-phap.xlsx', 'appraising']]);
    expect(screen.queryAllByTestId('ranked-row')).toHaveLength(0);
  });

  it('refuses a deadline that is no date, saying how to write it without naming a command-line option', async () => {
    const sheet = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
    });
    const saved: string[] = [];
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={memoryStorage()} save={(_, name) => void saved.push(name)} sets={[PROVINCE_SET]} />);
    await user.upload(screen.getByTestId('file-input'), [new File([sheet], 'so-cong-thuong.xlsx')]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Đã kiểm tra 1 tệp.'), { timeout: 30_000 });
    await user.type(screen.getByTestId('requests-deadline'), '31/02/2025');
    await user.click(screen.getByTestId('download-requests'));
    const notice = screen.getByTestId('notice').textContent ?? '';
    expect(notice).toContain('Ngày "31/02/2025" không có thật');
    expect(notice).toContain('Ví dụ: 15/01/2025');
    expect(notice).not.toMatch(/--[a-z]/);
    expect(saved).toEqual([]);

    await user.clear(screen.getByTestId('requests-deadline'));
    await user.type(screen.getByTestId('requests-deadline'), '15/01/2026');
    await user.click(screen.getByTestId('download-requests'));
    await waitFor(() => expect(saved).toEqual(['de-nghi-giai-trinh.zip']), { timeout: 30_000 });
  });

  it('shows both appraisal rounds: totals after each, and which figures are final', async () => {
    // Round 1: 2 + 3 + 3 + 4 = 12; round 2 restores 1.1 to 3 → 13. No survey points yet, so out of 20:
    // round 1 → 12 / 20 = 60 %, round 2 → 13 / 20 = 65 %.
    const sheet = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
      round2: { '1.1': { score: 3, note: 'Đơn vị đã bổ sung kế hoạch ban hành đúng hạn' } },
    });
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={memoryStorage()} save={() => undefined} sets={[PROVINCE_SET]} />);
    await user.upload(screen.getByTestId('file-input'), [new File([sheet], 'so-cong-thuong.xlsx')]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Đã kiểm tra 1 tệp.'), { timeout: 30_000 });
    expect(screen.getByTestId('round1-total').textContent).toBe('12,00 / 20,00 — Chỉ số 60,00%');
    expect(screen.getByTestId('round2-total').textContent).toBe('13,00 / 20,00 — Chỉ số 65,00%');
    expect(screen.getByTestId('score-totals').textContent).toContain('điểm cuối cùng theo lần 2');
  });
});
