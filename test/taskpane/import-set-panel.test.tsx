/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CriteriaSet } from '../../src/engine/criteria/schema';
import { gridFromValues, type CellScalar, type Grid } from '../../src/engine/grid';
import type { WorkbookPort } from '../../src/workbook/port';
import { CRITERIA_SET_SETTING, ImportSetPanel } from '../../src/taskpane/components/ImportSetPanel';

const SHEET = 'Biểu mẫu';

function templateGrid(areaMax = 3): Grid {
  const rows: CellScalar[][] = [
    ['BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CÁC SỞ NĂM 2025'],
    [],
    ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách tính điểm'],
    ['1', 'Công tác chỉ đạo, điều hành', areaMax],
    ['1.1', 'Ban hành kế hoạch CCHC năm', 1, 'Ban hành kịp thời: 1 điểm; Không kịp thời: 0,5 điểm; Không ban hành: 0 điểm'],
    ['1.2', 'Mức độ thực hiện kế hoạch', 2, 'Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm'],
  ];
  return gridFromValues(SHEET, rows);
}

/** Just enough of a WorkbookPort: one sheet, settings kept in a map, calls counted. */
function fakePort(grid: Grid, withSettings = true) {
  const settings = new Map<string, string>();
  let reads = 0;
  const port: WorkbookPort = {
    listSheets: async () => [{ name: grid.sheetName, visible: true, protected: false }],
    readGrid: async () => {
      reads++;
      return grid;
    },
    applyFlags: async () => undefined,
    clearFlags: async () => 0,
    writeSheet: async () => undefined,
    ...(withSettings ? { getSetting: async (k: string) => settings.get(k) ?? null, setSetting: async (k: string, v: string) => void settings.set(k, v) } : {}),
  };
  return { port, settings, reads: () => reads };
}

function setup(grid: Grid, lang: 'vi' | 'en' = 'vi', withSettings = true) {
  const fake = fakePort(grid, withSettings);
  const created: CriteriaSet[] = [];
  const user = userEvent.setup();
  render(<ImportSetPanel port={fake.port} sheetName={SHEET} lang={lang} onSetCreated={(s) => void created.push(s)} />);
  return { ...fake, created, user };
}

const status = () => screen.getByRole('status');

describe('ImportSetPanel: a set from the open sheet', () => {
  it('builds the set, keeps it in the workbook settings and hands it to the pane', async () => {
    const { user, settings, created } = setup(templateGrid());
    await user.type(screen.getByLabelText(/Mã bộ tiêu chí/), 'tinh-x-so-2025');
    await user.clear(screen.getByLabelText(/Năm đánh giá/));
    await user.type(screen.getByLabelText(/Năm đánh giá/), '2025');
    await user.selectOptions(screen.getByLabelText(/Cấp đơn vị/), 'district');
    await user.click(screen.getByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const kept = JSON.parse(settings.get(CRITERIA_SET_SETTING)!) as CriteriaSet;
    expect(kept).toEqual(created[0]);
    expect([kept.id, kept.year, kept.unitLevel, kept.version, kept.scale]).toEqual(['tinh-x-so-2025', 2025, 'district', '2025.1', 3]);
    expect(kept.items[0].children!.map((c) => c.scoring?.type)).toEqual(['options', 'bands']);
    expect(status().textContent).toContain('Đã lưu bộ tiêu chí tinh-x-so-2025 (2025.1)');
    expect(status().textContent).toContain('3 tiêu chí (2 tiêu chí không có tiêu chí con), đọc được quy tắc chấm của 2');
  });

  it('asks for a proper id before reading the sheet', async () => {
    const { user, reads, created } = setup(templateGrid());
    await user.type(screen.getByLabelText(/Mã bộ tiêu chí/), 'Tỉnh X');
    await user.click(screen.getByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' }));
    expect(status().textContent).toContain('chỉ gồm chữ thường không dấu a-z');
    expect(reads()).toBe(0);
    expect(created).toHaveLength(0);
  });

  it('says so when the sheet has no header row', async () => {
    const { user, created } = setup(gridFromValues(SHEET, [['Ghi chú'], ['không phải biểu mẫu']]));
    await user.type(screen.getByLabelText(/Mã bộ tiêu chí/), 'tinh-x');
    await user.click(screen.getByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' }));
    await waitFor(() => expect(status().textContent).toContain('Không tìm thấy dòng tiêu đề cột'));
    expect(created).toHaveLength(0);
  });

  it('shows the sums that do not add up and saves nothing, unless kept as a draft', async () => {
    const { user, settings, created } = setup(templateGrid(4));
    await user.type(screen.getByLabelText(/Mã bộ tiêu chí/), 'tinh-x');
    await user.click(screen.getByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' }));
    await waitFor(() => expect(status().textContent).toContain('Chưa lưu bộ tiêu chí'));
    expect(status().textContent).toContain('Tổng điểm không khớp');
    expect(status().textContent).toContain('C4: Tiêu chí 1: điểm tối đa 4 nhưng tổng điểm tối đa các tiêu chí con là 3');
    expect(settings.size).toBe(0);
    expect(created).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: /Vẫn lưu khi còn lỗi/ }));
    await user.click(screen.getByRole('button', { name: 'Tạo bộ tiêu chí từ bảng này' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].draft).toBe(true);
    expect(JSON.parse(settings.get(CRITERIA_SET_SETTING)!).draft).toBe(true);
    expect(status().textContent).toContain('bản nháp');
  });

  it('still hands the set to the pane when the host keeps no settings, and says so (English)', async () => {
    const { user, created } = setup(templateGrid(), 'en', false);
    await user.type(screen.getByLabelText(/Set id/), 'tinh-x');
    await user.click(screen.getByRole('button', { name: 'Create a criteria set from this sheet' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(status().textContent).toContain('cannot keep settings in the workbook');
  });
});

describe('ImportSetPanel: a set from a .json file', () => {
  const bundled = readFileSync(resolve(__dirname, '../../src/engine/criteria/sets/mau-xa-2024.json'), 'utf8');

  it('loads a valid file into the workbook settings', async () => {
    const { user, settings, created } = setup(templateGrid());
    await user.upload(screen.getByLabelText('Tệp bộ tiêu chí (.json)'), new File([bundled], 'mau-xa-2024.json', { type: 'application/json' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].id).toBe('mau-xa-2024');
    expect(JSON.parse(settings.get(CRITERIA_SET_SETTING)!).id).toBe('mau-xa-2024');
    expect(status().textContent).toContain('Đã lưu bộ tiêu chí mau-xa-2024 (2024.1)');
  });

  it('lists what is wrong in a broken file, by JSON path and item code, and loads nothing', async () => {
    const broken = JSON.parse(bundled);
    broken.items[1].maxPoints = 7;
    const { user, settings, created } = setup(templateGrid());
    await user.upload(screen.getByLabelText('Tệp bộ tiêu chí (.json)'), new File([JSON.stringify(broken)], 'broken.json'));
    await waitFor(() => expect(status().textContent).toContain('chưa được nạp'));
    expect(status().textContent).toContain('items[1].maxPoints');
    expect(status().textContent).toContain('Tiêu chí 2');
    expect(settings.size).toBe(0);
    expect(created).toHaveLength(0);
  });
});
