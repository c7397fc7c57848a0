/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { bundledSets } from '../../src/engine/criteria/registry';
import { CRITERIA_SET_SETTING } from '../../src/taskpane/components/ImportSetPanel';
import { gridFromValues } from '../../src/engine/grid';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { sampleGrids } from './sample-grid';
import { renderPane, runCheckIn } from './render-pane';

describe('the pane explains what it cannot check', () => {
  it('says the workbook is empty and how to go on', async () => {
    const { user } = renderPane([gridFromValues('Sheet1', [])]);
    await runCheckIn(user);
    expect(screen.getByTestId('problem').textContent).toContain('Sổ làm việc đang trống');
    expect(screen.getByRole('button', { name: 'Đánh dấu trên bảng' })).toHaveProperty('disabled', true);
  });

  it('says a sheet of other data is not a scoresheet', async () => {
    const other = gridFromValues('Danh sách', [
      ['Họ và tên', 'Chức vụ', 'Điện thoại'],
      ['Nguyễn Văn A', 'Chuyên viên', '0912 345 678'],
      ['Trần Thị B', 'Trưởng phòng', '0987 654 321'],
    ]);
    const { user } = renderPane([other]);
    await runCheckIn(user);
    expect(screen.getByTestId('problem').textContent).toMatch(/Không (tìm|thấy)/);
  });

  it('shows an adapter read error as a sentence, in English when chosen', async () => {
    const err = new Error('RichApi.Error: GeneralException\n    at Object.sync (excel.js:1:1)');
    const { user } = renderPane([gridFromValues('Sheet1', [['x']])], { lang: 'en', fake: { failWith: { listSheets: err } } });
    await runCheckIn(user, 'en');
    const text = screen.getByTestId('problem').textContent!;
    expect(text).toContain('Could not read the workbook: RichApi.Error: GeneralException');
    expect(text).not.toContain('excel.js:1:1');
  });

  it('checks the sheet chosen in the list instead of the automatic pick', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const notes = gridFromValues('Ghi chú', [['Ghi chú của đơn vị']]);
    const { user, fake } = renderPane([notes, ...grids]);
    await runCheckIn(user);
    expect(screen.getByTestId('sheet-picker').textContent).toContain('Tự chọn (Biểu chấm điểm)');
    await user.selectOptions(screen.getByTestId('sheet-picker'), 'Ghi chú');
    await waitFor(() => expect(fake.callsOf('readGrid').at(-1)!.args[0]).toBe('Ghi chú'));
    await waitFor(() => expect(screen.getByTestId('problem').textContent).toContain('Ghi chú'));
  });

  it('inserts a blank template as a new sheet without overwriting one', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Biểu mẫu' }));
    await user.click(screen.getByRole('button', { name: 'Chèn bảng điểm mẫu' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
    const [first, options] = fake.callsOf('writeSheet')[0].args as [SheetSpec, { replace?: boolean }];
    expect(options.replace).toBe(false);
    // The unit read from the title block is offered for the template.
    expect(JSON.stringify(first.cells)).toContain('Sở Y tế');
    await user.click(screen.getByRole('button', { name: 'Chèn bảng điểm mẫu' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(2));
    const second = fake.callsOf('writeSheet')[1].args[0] as SheetSpec;
    expect(second.name).toBe(`${first.name} (2)`);
  });

  it('lists the criteria sets the pane knows next to the import panel', async () => {
    const { user } = renderPane([gridFromValues('Sheet1', [])]);
    await user.click(screen.getByRole('tab', { name: 'Bộ tiêu chí' }));
    const list = screen.getByRole('list', { name: 'Các bộ tiêu chí đang có' });
    const ids = within(list).getAllByRole('listitem').map((li) => li.textContent!.split(' ')[0]);
    expect(ids).toEqual(bundledSets().map((s) => s.id).sort());
    expect(await screen.findByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' })).toBeTruthy(); // a lazy chunk
  });

  it('uses the set kept with the workbook, unless the user picks another', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const kept = { ...bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!, version: '2024.9-kept' };
    const { user, fake } = renderPane(grids);
    fake.settings.set(CRITERIA_SET_SETTING, JSON.stringify(kept));
    await runCheckIn(user);
    expect(screen.getByTestId('set-hint').textContent).toBe('mau-so-nganh-2024 (2024.9-kept) — theo thiết lập lưu trong tệp');
    // The kept set is offered in the list; choosing a bundled one forces it.
    expect(within(screen.getByTestId('set-picker')).getByRole('option', { name: /2024\.9-kept/ })).toBeTruthy();
    await user.selectOptions(screen.getByTestId('set-picker'), 'mau-so-nganh-2024@2024.1');
    await waitFor(() => expect(screen.getByTestId('set-hint').textContent).toBe('mau-so-nganh-2024 (2024.1) — do bạn chọn'));
  });
});
