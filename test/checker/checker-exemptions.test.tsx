/** @jest-environment jsdom */
/**
 * The exemptions table on the checking page (issue 9, "Exemptions"), as the CLI's --exemptions:
 * loaded from a small CSV, its units and granted codes shown, its unusable cell named, the unit of
 * the table with no checked sheet named; every file checked again with it (an N/A the table does
 * not grant → warning "chưa được Sở Nội vụ chấp thuận" on the file card), and without it once removed.
 *
 * Sheets of the bundled set mau-so-nganh-2024, where 3.1.1 may be N/A (notApplicable: allowed).
 * Both units write "Không áp dụng" as their self score of 3.1.1 (exemption-fixtures.ts).
 * The table (";" separated, header on row 1):
 *   row 2  Sở Tư pháp   "3.1.1"      → 3.1.1 granted, and it is the only exemptible leaf under
 *                                      3.1.1 → no exemption finding at all;
 *   row 3  Sở Y tế      ""           → nothing granted → exemption.notGranted on 3.1.1 (warning),
 *                                      "dòng 3 của bảng … không có tiêu chí này";
 *   row 4  Sở Xây dựng  "7.3 abc"    → 7.3 granted, "abc" unreadable → problem at cell B4;
 *                                      no sheet of it is checked → named as without a sheet.
 * Without a table each N/A claim is exemption.unconfirmed (info).
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckerPage } from '../../src/checker/CheckerPage';
import { naSheet as sheet } from './exemption-fixtures';

jest.setTimeout(90_000);

const CSV = '\uFEFFĐơn vị;Tiêu chí được miễn\nSở Tư pháp;3.1.1\nSở Y tế;\nSở Xây dựng;7.3 abc\n';

const card = (file: string) => screen.getAllByTestId('file-card').find((c) => c.getAttribute('data-file') === file)!;
/** "code@cell" of the exemption findings on a file card. */
const exemptionFindings = (file: string) =>
  Array.from(card(file).querySelectorAll('[data-code^="exemption."]')).map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`);

async function waitDone(text: RegExp) {
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toMatch(text), { timeout: 60_000 });
}

describe('exemptions table on the checking page', () => {
  afterEach(cleanup);

  it('loads the table, shows what it holds, re-checks every file with it and without it once removed', async () => {
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" save={() => undefined} />);
    const stp = await sheet('Sở Tư pháp');
    const syt = await sheet('Sở Y tế');
    await user.upload(screen.getByTestId('file-input'), [new File([stp.bytes], 'stp.xlsx'), new File([syt.bytes], 'syt.xlsx')]);
    await waitDone(/^Đã kiểm tra 2 tệp\.$/);

    // No table: each N/A claim listed for confirmation (info), nothing warned.
    expect(exemptionFindings('stp.xlsx')).toEqual([`exemption.unconfirmed@${stp.claimCell}`]);
    expect(exemptionFindings('syt.xlsx')).toEqual([`exemption.unconfirmed@${syt.claimCell}`]);
    expect(screen.queryByTestId('exemptions-loaded')).toBeNull();

    await user.upload(screen.getByTestId('exemptions-input'), [new File([CSV], 'mien.csv', { type: 'text/csv' })]);
    await waitFor(() => expect(screen.getByTestId('exemptions-loaded').textContent).toBe('Đang dùng bảng miễn đánh giá "mien.csv": 3 đơn vị.'));
    expect(within(screen.getByTestId('exemptions-units')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sở Tư pháp (dòng 2): được miễn 3.1.1',
      'Sở Y tế (dòng 3): không được miễn tiêu chí nào',
      'Sở Xây dựng (dòng 4): được miễn 7.3',
    ]);
    const problems = within(screen.getByTestId('exemptions-problems')).getAllByRole('listitem');
    expect(problems.map((p) => p.getAttribute('data-cell'))).toEqual(['B4']);
    expect(problems[0].textContent).toContain('Ô B4 của bảng miễn đánh giá "mien.csv" có "abc"');

    // Both files checked again with the table.
    await waitFor(() => expect(exemptionFindings('syt.xlsx')).toEqual([`exemption.notGranted@${syt.claimCell}`]), { timeout: 60_000 });
    await waitDone(/^Đã kiểm tra 2 tệp\.$/);
    expect(exemptionFindings('stp.xlsx')).toEqual([]);
    const warning = card('syt.xlsx').querySelector('[data-code="exemption.notGranted"]')!;
    expect(warning.closest('[data-severity-group]')!.getAttribute('data-severity-group')).toBe('warning');
    expect(warning.textContent).toContain('chưa được Sở Nội vụ chấp thuận (dòng 3 của bảng miễn đánh giá "mien.csv" không có tiêu chí này)');
    // The table's unit with no checked sheet.
    expect(within(screen.getByTestId('exemptions-rows-without')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sở Xây dựng (dòng 4)']);

    // Removed: checked again without it.
    await user.click(screen.getByTestId('exemptions-remove'));
    expect(screen.queryByTestId('exemptions-loaded')).toBeNull();
    await waitFor(() => expect(exemptionFindings('syt.xlsx')).toEqual([`exemption.unconfirmed@${syt.claimCell}`]), { timeout: 60_000 });
    await waitDone(/^Đã kiểm tra 2 tệp\.$/);
    expect(exemptionFindings('stp.xlsx')).toEqual([`exemption.unconfirmed@${stp.claimCell}`]);
  });

  it('says why a table cannot be used, in the page language', async () => {
    const user = userEvent.setup();
    render(<CheckerPage lang="en" save={() => undefined} />);
    await user.upload(screen.getByTestId('exemptions-input'), [new File(['Tên;Ghi chú\nA;B\n'], 'sai.csv', { type: 'text/csv' })]);
    await waitFor(() => expect(screen.getByTestId('exemptions-status').textContent).toMatch(/^Cannot read the exemptions table "sai\.csv": /));
    expect(screen.queryByTestId('exemptions-remove')).toBeNull();
  });
});
