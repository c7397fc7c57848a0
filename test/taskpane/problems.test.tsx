/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { bundledSets } from '../../src/engine/criteria/registry';
import { CRITERIA_SET_SETTING } from '../../src/taskpane/components/ImportSetPanel';
import { gridFromValues, type CellScalar } from '../../src/engine/grid';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { sampleGrids } from './sample-grid';
import { menuItem, renderPane, runCheckIn } from './render-pane';

/** How many times `text` appears on the page. */
const times = (text: string) => document.body.textContent!.split(text).length - 1;

describe('the pane explains what it cannot check', () => {
  it('says the workbook is empty once, with a button that inserts the template', async () => {
    const { user, fake } = renderPane([gridFromValues('Sheet1', [])]);
    await runCheckIn(user);
    expect(screen.getByTestId('no-scoresheet').textContent).toBe('Sổ tính đang trống, chưa có biểu chấm điểm. Chèn biểu chấm điểm mẫu để bắt đầu:');
    expect(screen.getByRole('button', { name: 'Đánh dấu' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByRole('tablist')).toBeNull();
    await user.click(await within(screen.getByTestId('result-card')).findByRole('button', { name: 'Chèn biểu chấm điểm mẫu' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
  });

  it('says a sheet of other data is not a scoresheet, once and in one term', async () => {
    const other = gridFromValues('Danh sách', [
      ['Họ và tên', 'Chức vụ', 'Điện thoại'],
      ['Nguyễn Văn A', 'Chuyên viên', '0912 345 678'],
      ['Trần Thị B', 'Trưởng phòng', '0987 654 321'],
    ]);
    const { user } = renderPane([other]);
    await runCheckIn(user);
    expect(screen.getByTestId('no-scoresheet').textContent).toContain('Trang tính "Danh sách" không có dòng tiêu đề cột của biểu');
    // Said once: no findings list and no second notice repeating it.
    expect(times('không có dòng tiêu đề cột')).toBe(1);
    expect(screen.queryByTestId('problem')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(await within(screen.getByTestId('result-card')).findByRole('button', { name: 'Chèn biểu chấm điểm mẫu' })).toBeTruthy();
  });

  it('shows an adapter read error as a sentence, in English when chosen', async () => {
    const err = new Error('RichApi.Error: GeneralException\n    at Object.sync (excel.js:1:1)');
    const { user } = renderPane([gridFromValues('Sheet1', [['x']])], { lang: 'en', fake: { failWith: { listSheets: err } } });
    await runCheckIn(user, 'en');
    const text = screen.getByTestId('problem').textContent!;
    expect(text).toContain('Could not read the workbook: RichApi.Error: GeneralException');
    expect(text).not.toContain('excel.js:1:1');
  });

  it('checks the sheet chosen in the menu instead of the automatic pick', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const notes = gridFromValues('Ghi chú', [['Ghi chú của đơn vị']]);
    const { user, fake } = renderPane([notes, ...grids]);
    await runCheckIn(user);
    await menuItem(user, 'Trang tính và bộ tiêu chí…');
    expect((await screen.findByTestId('sheet-picker')).textContent).toContain('Tự chọn (Biểu chấm điểm)');
    await user.selectOptions(screen.getByTestId('sheet-picker'), 'Ghi chú');
    await waitFor(() => expect(fake.callsOf('readGrid').at(-1)!.args[0]).toBe('Ghi chú'));
    await waitFor(() => expect(screen.getByTestId('result-card').textContent).toContain('Ghi chú'));
  });

  it('inserts a blank template as a new sheet without overwriting one', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await menuItem(user, 'Chèn biểu chấm điểm mẫu…');
    await user.click(await screen.findByRole('button', { name: 'Chèn biểu chấm điểm mẫu' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(1));
    const [first, options] = fake.callsOf('writeSheet')[0].args as [SheetSpec, { replace?: boolean }];
    expect(options.replace).toBe(false);
    // The unit read from the title block is offered for the template.
    expect(JSON.stringify(first.cells)).toContain('Sở Y tế');
    await user.click(screen.getByRole('button', { name: 'Chèn biểu chấm điểm mẫu' }));
    await waitFor(() => expect(fake.callsOf('writeSheet')).toHaveLength(2));
    const second = fake.callsOf('writeSheet')[1].args[0] as SheetSpec;
    expect(second.name).toBe(`${first.name} (2)`);
  });

  it('lists the criteria sets the pane knows, by title, next to the import panel', async () => {
    const { user } = renderPane([gridFromValues('Sheet1', [])]);
    await menuItem(user, 'Tạo hoặc nạp bộ tiêu chí…');
    // The drawer and the bundled sets are lazy chunks (slow to load the first time in a test run).
    const list = () => document.querySelector('ul[aria-label="Các bộ tiêu chí đang có"]')!;
    await waitFor(() => expect(list()?.querySelectorAll('li')).toHaveLength(2), { timeout: 30_000 });
    const titles = [...list().querySelectorAll('li')].map((li) => li.textContent);
    expect(titles.sort()).toEqual(bundledSets().map((s) => s.title).sort());
    // The import panel is a lazy chunk of its own (the first import in a test run is slow).
    expect((await screen.findByTestId('import-create', {}, { timeout: 30_000 })).textContent).toBe('Tạo bộ tiêu chí từ bảng này');
    // Choosing a set file is a Fluent button, not a bare file input.
    // By test id and text: inside Fluent's drawer, jsdom sometimes counts content as hidden from
    // role queries on a busy machine (the e2e tests check the drawer's roles in Chromium).
    const load = await screen.findByTestId('import-load', {}, { timeout: 30_000 });
    expect([load.tagName, load.getAttribute('type'), load.textContent]).toEqual(['BUTTON', 'button', 'Tệp bộ tiêu chí (.json)']);
  });

  it('uses the set kept with the workbook, unless the user picks another', async () => {
    const grids = await sampleGrids('so-y-te-2024.xlsx');
    const kept = { ...bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!, version: '2024.9-kept' };
    const { user } = renderPane(grids, { settings: { [CRITERIA_SET_SETTING]: JSON.stringify(kept) } });
    await runCheckIn(user);
    await menuItem(user, 'Trang tính và bộ tiêu chí…');
    const picker = await screen.findByTestId('set-picker');
    // Two sets share the title: the version tells them apart.
    expect(document.body.textContent).toContain(`${kept.title} (2024.9-kept) — theo thiết lập lưu trong tệp`);
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toContain(`${kept.title} (2024.9-kept)`);
    await user.selectOptions(picker, 'mau-so-nganh-2024@2024.1');
    await waitFor(() => expect(document.body.textContent).toContain(`${kept.title} (2024.1) — do bạn chọn`));
  });

  it('leads a sheet whose set is not bundled straight to building one, and applies it at once', async () => {
    // A scoresheet of another province: codes and titles no bundled set has.
    const rows: CellScalar[][] = [
      ['BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025'],
      ['Đơn vị: Sở Thử nghiệm'],
      ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách tính điểm', 'Tự đánh giá'],
      ['1', 'Công tác thử nghiệm', 3, null, null],
      ['1.1', 'Ban hành quy chế thử nghiệm', 1, 'Ban hành kịp thời: 1 điểm; Không ban hành: 0 điểm', 1],
      ['1.2', 'Thực hiện quy chế thử nghiệm', 2, 'Từ 90% trở lên: 2 điểm; Dưới 90%: 0 điểm', 2],
    ];
    const { user, fake } = renderPane([gridFromValues('Biểu 2025', rows)]);
    await runCheckIn(user);
    const card = screen.getByTestId('result-card');
    expect(within(card).getByTestId('no-set').textContent).toContain('Biểu chưa khớp bộ tiêu chí nào');
    await user.click(within(card).getByRole('button', { name: 'Tạo từ trang tính này' }));
    await user.type(await screen.findByLabelText(/Mã bộ tiêu chí/, {}, { timeout: 30_000 }), 'thu-nghiem-2025');
    await user.click(screen.getByTestId('import-create'));
    // Kept with the workbook, the drawer closes and the pane checks again with it.
    await waitFor(() => expect(fake.settings.get(CRITERIA_SET_SETTING)).toContain('"thu-nghiem-2025"'));
    await waitFor(() => expect(screen.queryByTestId('no-set')).toBeNull());
    // Self 1 + 2 = 3 of 3.
    await waitFor(() => expect(screen.getByTestId('card-totals').textContent).toBe('Tự đánh giá 3,00 / 3,00'));
    // One notice while it was applied, gone when done.
    expect(screen.queryByTestId('applying')).toBeNull();
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
