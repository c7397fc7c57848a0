/** @jest-environment jsdom */
/**
 * The pane over so-y-te-2024.xlsx. Expected figures are the sample's hand-computed ones
 * (test/fixtures/samples/README.md), never the engine's output:
 * - self 59,99 / 68,50 = 87,58 %; after appraisal 83,39 / 98,50 = 0,84660 → 84,66 %, "Khá";
 * - errors: F35 (aboveMax), G56 and G85 (appraisal without note), H70 (evidence missing) = 4;
 *   warnings 0; notes: F27 ("Không áp dụng" on 2.1.1, an exemption to confirm) = 1;
 * - in the list, errors by area: 2 (F35), 4 (G56), 5 (H70), 6 (G85), then the note F27.
 */
import { screen, waitFor, within, act } from '@testing-library/react';
import type { Grid } from '../../src/engine/grid';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { LANG_STORAGE_KEY } from '../../src/taskpane/i18n/lang';
import { EXPLAINED_SETTING } from '../../src/taskpane/state/explained';
import { sampleGrids } from './sample-grid';
import { chooseLang, menuItem, renderPane, runCheckIn } from './render-pane';

const SHEET = 'Biểu chấm điểm';
let grids: Grid[];

beforeAll(async () => {
  grids = await sampleGrids('so-y-te-2024.xlsx');
});

const cellsShown = () => [...document.querySelectorAll('button[data-cell]')].map((b) => b.getAttribute('data-cell'));
const current = () => document.querySelector('[aria-current="true"] button[data-cell]')?.getAttribute('data-cell') ?? null;

describe('the pane over so-y-te-2024.xlsx', () => {
  it('answers first: index, classification, totals and counts in the result card', async () => {
    const { user } = renderPane(grids);
    // Before a check the card says what the button does.
    expect((await screen.findByTestId('start-hint')).textContent).toContain('Bấm "Kiểm tra"');
    await runCheckIn(user);
    expect(screen.queryByTestId('start-hint')).toBeNull();
    expect(screen.getByTestId('card-index').textContent).toBe('Chỉ số 84,66% · Xếp loại: Khá');
    expect(screen.getByTestId('card-totals').textContent).toBe('Tự đánh giá 59,99 / 68,50 Thẩm định 83,39 / 98,50');
    expect(screen.getByTestId('count-error').textContent).toBe('4 lỗi');
    expect(screen.getByTestId('count-warning').textContent).toBe('0 cảnh báo');
    expect(screen.getByTestId('count-info').textContent).toBe('1 lưu ý');
    expect(screen.getByTestId('checked-at').textContent).toMatch(/^Kiểm tra lúc \d\d:\d\d, tự kiểm tra lại khi bạn sửa$/);
    expect(screen.getByTestId('unit').textContent).toBe('Đơn vị: Sở Y tế');
    // The set by its title, never its id.
    expect(screen.getByTestId('set-hint').textContent).toBe('Bộ tiêu chí: Bộ tiêu chí minh họa xác định Chỉ số cải cách hành chính các sở, ban, ngành năm 2024');
    expect(screen.getByTestId('live-region').textContent).toContain(`"${SHEET}": 4 lỗi, 0 cảnh báo, 1 thông tin`);
    // The deliberate above-max self-score: a button naming the severity in words.
    const aboveMax = document.querySelector('button[data-code="score.aboveMax"][data-cell="F35"]');
    expect(aboveMax!.textContent).toMatch(/^Lỗi — F35 · 2\.3\.3: /);
    expect(cellsShown()).toEqual(['F35', 'G56', 'H70', 'G85', 'F27']);
    expect(screen.getAllByRole('heading', { level: 4 }).some((h) => h.textContent!.startsWith('Lĩnh vực 2. Cải cách thể chế'))).toBe(true);
  });

  it('keeps the focus on "Kiểm tra" while checking and after, the hint gone meanwhile', async () => {
    const { user } = renderPane(grids);
    const check = await screen.findByRole('button', { name: 'Kiểm tra' });
    check.focus();
    await user.keyboard('{Enter}');
    // While the check runs: a named spinner, no hint.
    expect(screen.queryByTestId('start-hint')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).not.toBe(''));
    expect(document.activeElement).toBe(check);
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(document.querySelector('button[data-cell="F35"]') as HTMLElement);
    expect(fake.selected).toEqual({ sheet: SHEET, cell: 'F35' });
    expect(current()).toBe('F35');
  });

  it('walks the findings with next / previous, selecting each cell and keeping the focus on the button', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    const next = screen.getByRole('button', { name: 'Phát hiện tiếp theo' });
    await user.click(next);
    await waitFor(() => expect(fake.selected).toEqual({ sheet: SHEET, cell: 'F35' }));
    expect(current()).toBe('F35');
    expect(screen.getByTestId('finding-position').textContent).toBe('1/5');
    await user.click(next);
    await waitFor(() => expect(fake.selected?.cell).toBe('G56'));
    expect(document.activeElement).toBe(next);
    await user.click(screen.getByRole('button', { name: 'Phát hiện trước' }));
    await waitFor(() => expect(fake.selected?.cell).toBe('F35'));
    expect(current()).toBe('F35');
  });

  it('moves between findings with the arrow keys', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    (document.querySelector('button[data-cell="G56"]') as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(fake.selected?.cell).toBe('H70'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe('H70'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(fake.selected?.cell).toBe('G56'));
  });

  it('filters the findings and folds a severity group, next reopening it', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.type(screen.getByRole('searchbox', { name: 'Lọc phát hiện' }), 'h70');
    expect(cellsShown()).toEqual(['H70']);
    await user.clear(screen.getByRole('searchbox', { name: 'Lọc phát hiện' }));
    expect(cellsShown()).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: /^Lỗi \(4\)/ }));
    await waitFor(() => expect(cellsShown()).toEqual(['F27']));
    await user.click(screen.getByRole('button', { name: 'Phát hiện tiếp theo' }));
    await waitFor(() => expect(fake.selected?.cell).toBe('F35'));
    await waitFor(() => expect(cellsShown()).toEqual(['F35', 'G56', 'H70', 'G85', 'F27']));
  });

  it('explains why and how to fix, and keeps "đã giải trình" with the workbook', async () => {
    const { user, fake, unmount } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('button', { name: 'Vì sao và cách sửa: F35 · 2.3.3' }));
    const details = screen.getByTestId('finding-details');
    expect(details.textContent).toContain('Vì sao: Điểm vượt điểm tối đa');
    expect(details.textContent).toContain('Cách sửa: Giảm điểm xuống không quá điểm tối đa của tiêu chí.');
    const mark = within(details).getByRole('button', { name: 'Đã giải trình' });
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    await user.click(mark);
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(fake.settings.get(EXPLAINED_SETTING)).toBe(JSON.stringify([`${SHEET}!score.aboveMax@F35`])));
    unmount();
    // Opened again: the mark is read back from the workbook and shown in words.
    const again = renderPane(grids, { settings: { [EXPLAINED_SETTING]: JSON.stringify([`${SHEET}!score.aboveMax@F35`]) } });
    await runCheckIn(again.user);
    await waitFor(() => expect(document.querySelector('button[data-cell="F35"]')!.textContent).toContain('Đã giải trình'));
    expect(document.querySelector('button[data-cell="G56"]')!.textContent).not.toContain('Đã giải trình');
  });

  it('shows the scores per area (self with its own max) and the totals', async () => {
    const { user } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Điểm' }));
    const table = await screen.findByTestId('scores-table');
    // README: area → [max, self / self max, appraised].
    const hand: Record<string, [string, string, string]> = {
      '1': ['10,00', '7,50 / 9,00', '8,35'],
      '2': ['8,50', '6,50 / 6,50', '8,41'],
      '5': ['16,00', '11,98 / 13,00', '14,54'],
      '8': ['15,50', '1,00 / 1,50', '12,86'],
    };
    for (const [code, [max, self, appraised]] of Object.entries(hand)) {
      const row = table.querySelector(`tr[data-area="${code}"]`) as HTMLElement;
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect([cells[0], cells[1], cells[2]]).toEqual([max, self, appraised]);
    }
    // Each area is a row group headed by its whole title (not cut to fit a narrow pane), over its
    // figures; the titles as ../shared/criteria/mau-so-nganh-2024.json gives them.
    const heads = within(table).getAllByTestId('area-title');
    expect(heads.map((h) => h.textContent)).toEqual([
      '1. Công tác chỉ đạo, điều hành cải cách hành chính',
      '2. Cải cách thể chế',
      '3. Cải cách thủ tục hành chính',
      '4. Cải cách tổ chức bộ máy hành chính',
      '5. Cải cách chế độ công vụ',
      '6. Cải cách tài chính công',
      '7. Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      '8. Tác động của cải cách hành chính',
    ]);
    for (const head of heads) {
      expect(head.getAttribute('scope')).toBe('rowgroup');
      expect(head.getAttribute('colspan')).toBe('4');
      // The title row and the figures row share one <tbody>: the header covers the figures.
      expect(head.closest('tbody')!.querySelectorAll('tr[data-area]')).toHaveLength(1);
    }
    const totals = screen.getByTestId('score-totals').textContent!;
    expect(totals).toContain('59,99 / 68,50');
    expect(totals).toContain('83,39 / 98,50');
    expect(totals).toContain('Xếp loạiKhá');
  });

  it('flags and unflags the sheet through the port and says how many cells', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
    // One mark per finding tied to a cell: F35, G56, H70, G85 and the note on F27 = 5.
    await waitFor(() => expect(fake.flags.get(SHEET)?.map((f) => f.cell).sort()).toEqual(['F27', 'F35', 'G56', 'G85', 'H70']));
    expect((await screen.findByTestId('notice')).textContent).toContain('Đã đánh dấu 5 ô trên bảng.');
    // Clearing is in the overflow menu.
    await menuItem(user, 'Xóa đánh dấu');
    await waitFor(() => expect(fake.callsOf('clearFlags')).toHaveLength(1));
    expect(fake.flags.has(SHEET)).toBe(false);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Đã xóa đánh dấu ở 5 ô.'));
    // The notice is dismissed by its own action.
    await user.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('writes the summary sheet "Tổng hợp", replacing an earlier one', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    const summary = screen.getByRole('button', { name: 'Tổng hợp' });
    await user.click(summary);
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
    const [spec, options] = fake.callsOf('writeSheet')[0].args as [SheetSpec, { replace?: boolean }];
    expect(spec.name).toBe('Tổng hợp');
    expect(options.replace).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toContain('Tổng hợp');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('"Tổng hợp"'));
    expect(document.activeElement).toBe(summary);
  });

  it('switches to English from the menu, remembers the choice and shows findings in English', async () => {
    const { user, storage } = renderPane(grids);
    await runCheckIn(user);
    await chooseLang(user, 'en');
    expect(storage.data[LANG_STORAGE_KEY]).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PAR Index scoresheet check');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByTestId('card-index').textContent).toBe('Index 84.66% · Classification: Khá');
    expect(screen.getByTestId('count-error').textContent).toBe('4 errors');
    expect(screen.getByTestId('count-info').textContent).toBe('1 note');
    expect(document.querySelector('button[data-cell="F35"]')!.textContent).toMatch(/^Error — F35 · 2\.3\.3: /);
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps secondary things in the menu: sheet and set choice, template, sets, help and version', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await menuItem(user, 'Trang tính và bộ tiêu chí…');
    expect((await screen.findByTestId('sheet-picker')).textContent).toContain('Tự chọn (Biểu chấm điểm)');
    // Readable set titles, never ids.
    const options = within(screen.getByTestId('set-picker')).getAllByRole('option').map((o) => o.textContent);
    expect(options.some((o) => /mau-/.test(o!))).toBe(false);
    expect(options).toContain('Bộ tiêu chí minh họa xác định Chỉ số cải cách hành chính các sở, ban, ngành năm 2024');
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByTestId('sheet-picker')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('pane-menu')));

    await menuItem(user, 'Chèn biểu chấm điểm mẫu…');
    // By test id and text: inside Fluent's drawer, jsdom sometimes counts content as hidden from
    // role queries on a busy machine (the e2e tests check the drawer's roles in Chromium).
    const insert = await screen.findByTestId('template-insert');
    expect(insert.textContent).toBe('Chèn biểu chấm điểm mẫu');
    await user.click(insert);
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Đóng' }));

    await menuItem(user, 'Trợ giúp và phiên bản');
    expect((await screen.findByTestId('version')).textContent).toMatch(/^Phiên bản \d+\.\d+\.\d+$/);
  });

  it('lists, for the appraiser, changed scores without a note, each selecting its cell', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    expect(await screen.findByTestId('appraisal-table', {}, { timeout: 30_000 })).toBeTruthy();
    const list = screen.getByRole('list', { name: /^2 điểm thẩm định/ });
    const buttons = within(list).getAllByRole('button').filter((b) => b.hasAttribute('data-cell'));
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['G56', 'G85']);
    await user.click(buttons[0]);
    expect(fake.selected).toEqual({ sheet: SHEET, cell: 'G56' });
  });

  it('re-checks once after a burst of edits, following the user typing', async () => {
    const { user, fake } = renderPane(grids, { recheckDelayMs: 40 });
    await runCheckIn(user);
    await waitFor(() => expect(fake.subscriptions).toBe(1));
    const before = fake.callsOf('listSheets').length;
    // Correct the above-max score in F35 (row 35, column F), typing three times.
    act(() => {
      fake.edit(SHEET, { row: 34, col: 5 }, 0.5);
      fake.edit(SHEET, { row: 34, col: 5 }, 0.75);
      fake.edit(SHEET, { row: 34, col: 5 }, 1);
    });
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toContain('Đã kiểm tra lại sau khi bảng tính thay đổi.'));
    expect(fake.callsOf('listSheets').length - before).toBe(1);
    expect(document.querySelector('button[data-code="score.aboveMax"][data-cell="F35"]')).toBeNull();
    // F35 fixed: 3 errors left.
    expect(screen.getByTestId('count-error').textContent).toBe('3 lỗi');
  });

  it('re-checks an edited sheet by reading only that sheet, not every sheet again', async () => {
    const { user, fake } = renderPane(grids, { recheckDelayMs: 40 });
    await runCheckIn(user);
    await waitFor(() => expect(fake.subscriptions).toBe(1));
    const before = fake.callsOf('readGrid').length;
    act(() => fake.edit(SHEET, { row: 34, col: 5 }, 1));
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toContain('Đã kiểm tra lại sau khi bảng tính thay đổi.'));
    const reads = fake.callsOf('readGrid').slice(before);
    expect(reads.map((c) => c.args)).toEqual([[SHEET, undefined]]);
    expect(document.querySelector('button[data-code="score.aboveMax"][data-cell="F35"]')).toBeNull();
  });

  it('shows the message of a protected sheet when flagging fails', async () => {
    const { user } = renderPane(grids, { fake: { protectedSheets: [SHEET] } });
    await runCheckIn(user);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(`Trang tính "${SHEET}" đang được bảo vệ`));
    // The adapter's own message is shown too, without any stack frame.
    expect(screen.getByTestId('notice').textContent).toContain(`(The sheet "${SHEET}" is protected.)`);
    expect(screen.getByTestId('notice').textContent).not.toMatch(/\bat\s+\w+\s*\(/);
  });

  it('unsubscribes from change events when the pane closes', async () => {
    const { user, fake, unmount } = renderPane(grids);
    await runCheckIn(user);
    await waitFor(() => expect(fake.subscriptions).toBe(1));
    unmount();
    expect(fake.subscriptions).toBe(0);
  });
});
