/** @jest-environment jsdom */
import { screen, waitFor, within, act } from '@testing-library/react';
import type { Grid } from '../../src/engine/grid';
import type { CheckResult } from '../../src/engine/check-result';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { flagsFromFindings } from '../../src/engine/findings/flags';
import { formatNumber } from '../../src/engine/text/format';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { LANG_STORAGE_KEY } from '../../src/taskpane/i18n/lang';
import { vi } from '../../src/taskpane/i18n/strings-vi';
import { sampleGrids } from './sample-grid';
import { renderPane, runCheckIn } from './render-pane';

const SHEET = 'Biểu chấm điểm';
let grids: Grid[];
let expected: CheckResult;

beforeAll(async () => {
  grids = await sampleGrids('so-y-te-2024.xlsx');
  expected = checkWorkbookGrids(grids, { sets: bundledSets() });
});

describe('the pane over so-y-te-2024.xlsx', () => {
  it('checks the sheet and lists the findings by severity with counts', async () => {
    const { user } = renderPane(grids);
    await runCheckIn(user);
    const errors = expected.findings.filter((f) => f.severity === 'error').length;
    expect(screen.getByTestId('live-region').textContent).toContain(`"${SHEET}": ${errors} lỗi`);
    expect(screen.getByTestId('count-error').textContent).toBe(`Lỗi: ${errors}`);
    // The deliberate above-max self-score (README): a button naming the severity in words.
    const aboveMax = document.querySelector('button[data-code="score.aboveMax"][data-cell="F35"]');
    expect(aboveMax).not.toBeNull();
    expect(aboveMax!.textContent).toMatch(/^Lỗi — F35 · 2\.3\.3: /);
    // Grouped by area: the heading of area 2 is there with its title.
    expect(screen.getAllByRole('heading', { level: 4 }).some((h) => h.textContent!.startsWith('Lĩnh vực 2. '))).toBe(true);
    // Header: the unit and the set with how it was chosen.
    expect(screen.getByTestId('unit').textContent).toBe(`Đơn vị: ${expected.unit}`);
    expect(screen.getByTestId('set-hint').textContent).toBe(
      `${expected.set!.id} (${expected.set!.version}) — ${vi.setHow[expected.setChoice!.how]}`,
    );
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(document.querySelector('button[data-cell="F35"]') as HTMLElement);
    expect(fake.selected).toEqual({ sheet: SHEET, cell: 'F35' });
  });

  it('shows the scores per area and the totals as the engine computed them', async () => {
    const { user } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Điểm' }));
    const table = screen.getByTestId('scores-table');
    const s = expected.scores!;
    for (const a of s.areas) {
      const row = table.querySelector(`tr[data-area="${a.code}"]`) as HTMLElement;
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(cells[1]).toBe(formatNumber(a.max, 'vi', 2));
      expect(cells[2]!.startsWith(formatNumber(a.self, 'vi', 2))).toBe(true);
      expect(cells[3]).toBe(a.appraised === null ? '—' : formatNumber(a.appraised, 'vi', 2));
      expect(cells[4]).toBe(formatNumber(a.index, 'vi', 2));
    }
    const totals = screen.getByTestId('score-totals').textContent!;
    expect(totals).toContain(`${formatNumber(s.self.total, 'vi')} / ${formatNumber(s.self.max, 'vi')}`);
    expect(totals).toContain(`${formatNumber(s.final!.total, 'vi')} / ${formatNumber(s.final!.max, 'vi')}`);
    expect(totals).toContain(`Xếp loại${s.classification}`);
  });

  it('flags and unflags the sheet through the port and says how many cells', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu trên bảng' }));
    const flags = flagsFromFindings(expected.findings, 'vi');
    await waitFor(() => expect(fake.flags.get(SHEET)).toEqual(flags));
    expect(screen.getByTestId('notice').textContent).toContain(`Đã đánh dấu ${flags.length} ô trên bảng.`);
    await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await waitFor(() => expect(fake.callsOf('clearFlags')).toHaveLength(1));
    expect(fake.flags.has(SHEET)).toBe(false);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(`Đã xóa đánh dấu ở ${flags.length} ô.`));
  });

  it('writes the summary sheet "Tổng hợp", replacing an earlier one', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('button', { name: 'Tạo bảng tổng hợp' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
    const [spec, options] = fake.callsOf('writeSheet')[0].args as [SheetSpec, { replace?: boolean }];
    expect(spec.name).toBe('Tổng hợp');
    expect(options.replace).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toContain('Tổng hợp');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('"Tổng hợp"'));
  });

  it('switches to English, remembers the choice and shows findings in English', async () => {
    const { user, storage } = renderPane(grids);
    await runCheckIn(user);
    await user.selectOptions(screen.getByTestId('lang-switch'), 'en');
    expect(storage.data[LANG_STORAGE_KEY]).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PAR Index scoresheet check');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    const f = expected.findings.find((x) => x.cell === 'F35' && x.code === 'score.aboveMax')!;
    expect(document.querySelector('button[data-cell="F35"]')!.textContent).toBe(`Error — F35 · 2.3.3: ${f.message.en}`);
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists, for the appraiser, changed scores without a note, each selecting its cell', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    expect(screen.getByTestId('appraisal-table')).toBeTruthy();
    const noNote = expected.findings.filter((f) => f.code === 'appraisal.noNote').map((f) => f.cell);
    expect(noNote).toEqual(expect.arrayContaining(['G56', 'G85']));
    const list = screen.getByRole('list', { name: new RegExp(`^${noNote.length} điểm thẩm định`) });
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('data-cell'))).toEqual(noNote);
    await user.click(within(list).getAllByRole('button')[0]);
    expect(fake.selected).toEqual({ sheet: SHEET, cell: noNote[0] });
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
    await user.click(screen.getByRole('button', { name: 'Đánh dấu trên bảng' }));
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
