/** @jest-environment jsdom */
/**
 * The page's criteria sets: load .json files (problems shown with place and item code), keep them
 * in the browser for the next visit, use them for every check (files re-checked at once), remove
 * them; and no advice on the page names a command-line option.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckerPage } from '../../src/checker/CheckerPage';
import { SETS_STORAGE_KEY } from '../../src/checker/set-store';
import { PROVINCE_SET, PROVINCE_SET_JSON, provinceWorkbook } from './province-fixtures';

jest.setTimeout(60_000);

function memoryStorage() {
  const data: Record<string, string> = {};
  return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
}

const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const col = (file: string, name: string) =>
  screen
    .getAllByTestId('overview-row')
    .find((r) => r.getAttribute('data-file') === file)
    ?.querySelector(`[data-col="${name}"]`)?.textContent;

async function waitDone(text: RegExp) {
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toMatch(text), { timeout: 30_000 });
}

describe('criteria sets on the checking page', () => {
  afterEach(cleanup);

  it('loads a set, re-checks the file against it, keeps it for the next visit and removes it', async () => {
    const storage = memoryStorage();
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={storage} save={() => undefined} />);
    // Self scores 3 + 2 + 4 + 3 = 12 of a self max of 20 − 6 (survey) = 14 → 12 / 14 = 85,71 %.
    const bytes = await provinceWorkbook('Sở Tài chính', { self: { '1.1': 3, '1.2': 2, '2.1': 4, '2.2': 3 } });
    await user.upload(screen.getByTestId('file-input'), [new File([bytes], 'so-tai-chinh.xlsx')]);
    await waitDone(/^Đã kiểm tra 1 tệp\.$/);

    // No bundled set fits: the page says what to do on the page, never a command-line option.
    const card = screen.getByTestId('file-card');
    const noSet = card.querySelector('[data-code="layout.noSetMatched"]')!;
    expect(noSet.textContent).toContain('"Nạp bộ tiêu chí (.json)"');
    expect(document.body.textContent).not.toMatch(/--[a-z]|import-set/);
    expect(col('so-tai-chinh.xlsx', 'self-index')).toBe('—');

    await user.upload(screen.getByTestId('sets-input'), [jsonFile('thu-nghiem.json', PROVINCE_SET_JSON)]);
    // The file is read asynchronously (FileReader).
    await waitFor(() =>
      expect(screen.getByTestId('set-load-outcome').textContent).toContain(
        'thu-nghiem.json: đã nạp bộ tiêu chí thu-nghiem-so-2025 (2025.1) — Bộ tiêu chí thử nghiệm khối sở, ngành năm 2025.',
      ),
    );
    const item = screen.getAllByTestId('set-item').find((li) => li.getAttribute('data-set') === 'thu-nghiem-so-2025@2025.1')!;
    expect(item.getAttribute('data-source')).toBe('kept');
    expect(item.textContent).toContain('sở, ban, ngành, năm 2025 · lưu trên trình duyệt này');
    // Kept in the browser as its JSON.
    expect(JSON.parse(storage.data[SETS_STORAGE_KEY]).map((t: string) => JSON.parse(t).id)).toEqual(['thu-nghiem-so-2025']);
    // The file already shown is checked again against the new set.
    await waitFor(() => expect(col('so-tai-chinh.xlsx', 'self-index')).toBe('85,71'), { timeout: 30_000 });
    expect(within(screen.getByTestId('file-card')).getByTestId('set').textContent).toContain('thu-nghiem-so-2025 (phiên bản 2025.1)');

    // Next visit: the set is there again and used.
    cleanup();
    render(<CheckerPage lang="vi" storage={storage} save={() => undefined} />);
    expect(screen.getAllByTestId('set-item').map((li) => li.getAttribute('data-set'))).toContain('thu-nghiem-so-2025@2025.1');
    await user.upload(screen.getByTestId('file-input'), [new File([bytes], 'so-tai-chinh.xlsx')]);
    await waitDone(/^Đã kiểm tra 1 tệp\.$/);
    expect(col('so-tai-chinh.xlsx', 'self-index')).toBe('85,71');

    // Removed: gone from the list and the browser, the file is checked again without it.
    await user.click(screen.getByRole('button', { name: `Bỏ bộ tiêu chí "${PROVINCE_SET.title}"` }));
    expect(screen.getAllByTestId('set-item').map((li) => li.getAttribute('data-set'))).not.toContain('thu-nghiem-so-2025@2025.1');
    expect(JSON.parse(storage.data[SETS_STORAGE_KEY])).toEqual([]);
    await waitFor(() => expect(col('so-tai-chinh.xlsx', 'self-index')).toBe('—'), { timeout: 30_000 });
    expect(screen.getByTestId('notice').textContent).toContain('Đã bỏ bộ tiêu chí thu-nghiem-so-2025 (2025.1)');
  });

  it('shows every problem of a bad file with its place and item code, and does not load it', async () => {
    const storage = memoryStorage();
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={storage} save={() => undefined} />);
    const bad = JSON.parse(PROVINCE_SET_JSON);
    bad.items[0].children[1].maxPoints = -1; // a negative max on item 1.2
    bad.items[1].children[0].code = '2.1'; // fine
    bad.items[1].children[1].code = '2.1'; // the same code twice
    await user.upload(screen.getByTestId('sets-input'), [jsonFile('loi.json', JSON.stringify(bad)), jsonFile('cu-phap.json', '{ "format": "par-criteria/1", }')]);

    await waitFor(() => expect(screen.getAllByTestId('set-problems')).toHaveLength(2));
    const tables = screen.getAllByTestId('set-problems');
    expect(tables.map((t) => t.getAttribute('data-file'))).toEqual(['loi.json', 'cu-phap.json']);
    const rows = within(tables[0]).getAllByTestId('set-problem').map((r) => ({
      place: r.querySelector('[data-col="place"]')!.textContent,
      item: r.querySelector('[data-col="item"]')!.textContent,
    }));
    expect(rows).toEqual(expect.arrayContaining([{ place: 'items[0].children[1].maxPoints', item: '1.2' }]));
    expect(rows.some((r) => r.item === '2.1')).toBe(true);
    // A syntax error: its line and column, and the likely cause.
    const syntax = within(tables[1]).getAllByTestId('set-problem')[0];
    expect(syntax.querySelector('[data-col="place"]')!.textContent).toBe('dòng 1, cột 31') // the "}" after the comma: 1 + 1 + 8 + 1 + 1 + 16 + 1 + 1 + 1;
    expect(syntax.querySelector('[data-col="message"]')!.textContent).toContain('dấu phẩy thừa');
    expect(storage.data[SETS_STORAGE_KEY]).toBeUndefined();

    // In English too.
    await user.selectOptions(screen.getByTestId('lang-switch'), 'en');
    expect(screen.getAllByTestId('set-problems')[1].querySelector('[data-col="place"]')!.textContent).toBe('line 1, column 31');
  });
});

describe('building a set from a template on the page', () => {
  afterEach(cleanup);

  it('reads the template, says what it read, uses the set at once and saves it as .json', async () => {
    const storage = memoryStorage();
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={storage} save={(bytes, name) => saved.push({ name, bytes })} />);
    // A blank sheet of the province's set stands for its template: codes, titles and maxima.
    const template = await provinceWorkbook('Sở Nội vụ', { self: {} });
    await user.click(screen.getByTestId('build-set'));
    await user.upload(screen.getByTestId('template-input'), [new File([template], 'phu-luc.xlsx')]);
    const form = await screen.findByRole('form', { name: 'Tạo bộ tiêu chí từ biểu mẫu' });
    await user.type(within(form).getByRole('textbox', { name: /Mã bộ tiêu chí/ }), 'tinh-thu-so-2025');
    const year = within(form).getByRole('textbox', { name: /Năm đánh giá/ });
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(within(form).getByTestId('import-create'));

    const outcome = await screen.findByText(/^Đã tạo bộ tiêu chí tinh-thu-so-2025 \(2025\.1\) và lưu trên trình duyệt này/);
    expect(outcome).toBeTruthy();
    // What was read: 8 items (3 areas, 5 leaves).
    expect(screen.getByTestId('import-outcome').textContent).toContain('8 tiêu chí (5 tiêu chí không có tiêu chí con)');
    const item = screen.getAllByTestId('set-item').find((li) => li.getAttribute('data-set') === 'tinh-thu-so-2025@2025.1');
    expect(item?.getAttribute('data-source')).toBe('kept');

    await user.click(screen.getByTestId('import-save-json'));
    expect(saved.map((s) => s.name)).toEqual(['tinh-thu-so-2025-2025.1.json']);
    const json = JSON.parse(Buffer.from(saved[0].bytes).toString('utf8'));
    expect(json.title).toContain('CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025'); // from the title line, UTF-8 intact
    expect(json.items.map((a: { code: string; maxPoints: number }) => [a.code, a.maxPoints])).toEqual([
      ['1', 6],
      ['2', 8],
      ['3', 6],
    ]);

    // A filled sheet is checked against it: 3 + 3 + 4 + 4 = 14 of 20 (the import does not know 3 is a survey area unless its title says so).
    const bytes = await provinceWorkbook('Sở Tài chính', { self: { '1.1': 3, '1.2': 3, '2.1': 4, '2.2': 4 } });
    await user.upload(screen.getByTestId('file-input'), [new File([bytes], 'so-tai-chinh.xlsx')]);
    await waitDone(/^Đã kiểm tra 1 tệp\.$/);
    expect(within(screen.getByTestId('file-card')).getByTestId('set').textContent).toContain('tinh-thu-so-2025 (phiên bản 2025.1)');
  });
});
