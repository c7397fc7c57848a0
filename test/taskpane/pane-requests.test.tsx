/** @jest-environment jsdom */
/**
 * The pane's "Tạo phiếu đề nghị giải trình": the open unit's request workbook opened as a new
 * workbook (ExcelApi 1.8), or downloaded on a 1.7 host; read back, it lists the lowered items.
 * And the self total shown with its own max.
 */
import * as ExcelJS from 'exceljs';
import { screen, waitFor, within } from '@testing-library/react';
import type { Grid } from '../../src/engine/grid';
import type { CheckResult } from '../../src/engine/check-result';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { formatNumber } from '../../src/engine/text/format';
import { sampleGrids } from './sample-grid';
import { openWorkbook } from '../../src/file/open-workbook';
import { PROVINCE_SET, provinceWorkbook } from '../checker/province-fixtures';
import { renderPane, runCheckIn } from './render-pane';

jest.setTimeout(60_000);

let grids: Grid[];
let expected: CheckResult;
beforeAll(async () => {
  grids = await sampleGrids('so-y-te-2024.xlsx');
  expected = checkWorkbookGrids(grids, { sets: bundledSets() });
});

/** Item codes in column B of the request sheet below its header (the table's code column). */
async function requestCodes(bytes: Uint8Array): Promise<{ sheets: string[]; codes: string[]; text: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  const codes: string[] = [];
  const lines: string[] = [];
  ws.eachRow((row, r) => {
    lines.push(row.values ? (row.values as unknown[]).filter(Boolean).map(String).join(' | ') : '');
    const code = row.getCell(2).value;
    if (r > 11 && typeof code === 'string' && /^\d+(\.\d+)+$/.test(code)) codes.push(code);
  });
  return { sheets: wb.worksheets.map((w) => w.name), codes, text: lines.join('\n') };
}

describe('explanation request from the pane', () => {
  it('opens the request of the open unit as a new workbook', async () => {
    const { user, fake } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    // The appraiser view is a lazy chunk (slow the first time in a busy test run).
    const part = await screen.findByTestId('pane-requests', {}, { timeout: 30_000 });
    expect(part.textContent).toMatch(/\d+ tiêu chí cần đơn vị giải trình/);
    await user.click(within(part).getByRole('button', { name: 'Tạo phiếu đề nghị giải trình' }));
    await waitFor(() => expect(fake.opened).toHaveLength(1), { timeout: 30_000 });
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('Đã mở phiếu đề nghị giải trình của Sở Y tế');
    // Every leaf appraised below its self score is asked about (independent of the request builder).
    const lowered = expected.scores!.items.filter((i) => i.appraised !== null && i.appraised < i.self - 1e-9 && !expected.scores!.items.some((c) => c.code.startsWith(i.code + '.')));
    expect(lowered.length).toBeGreaterThan(0);
    const read = await requestCodes(fake.opened[0]);
    expect(read.text).toContain('Sở Y tế');
    expect(read.codes).toEqual(expect.arrayContaining(lowered.map((i) => i.code)));
    // The open workbook is left alone: no sheet was written into it.
    expect(fake.callsOf('writeSheet')).toHaveLength(0);
  });

  it('downloads it where Excel cannot open a new workbook (ExcelApi 1.7)', async () => {
    const { user, fake, saved } = renderPane(grids, { fake: { noNewWorkbook: true } });
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    await user.click(await screen.findByRole('button', { name: 'Tạo phiếu đề nghị giải trình' }, { timeout: 30_000 }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 });
    expect(saved[0].name).toBe('Đề nghị giải trình - Sở Y tế.xlsx');
    expect(fake.opened).toHaveLength(0);
    expect((await screen.findByTestId('notice')).textContent).toContain('Đã tạo tệp "Đề nghị giải trình - Sở Y tế.xlsx"');
  });

  it('shows the self total with its own max, named as such', async () => {
    const { user } = renderPane(grids);
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Điểm' }));
    const s = expected.scores!.self;
    // so-y-te: the self max is the final max less the survey items' max.
    expect(s.max).toBeLessThan(expected.scores!.final!.max);
    const f = (v: number) => formatNumber(v, 'vi', 2);
    expect((await screen.findByTestId('self-total', {}, { timeout: 30_000 })).textContent).toBe(`${f(s.total)} / ${f(s.max)} (tối đa tự đánh giá) — Chỉ số ${f(s.index)}%`);
  });

  it('lists the items re-appraised in round 2 with both scores', async () => {
    const bytes = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
      round2: { '1.1': { score: 3, note: 'Đơn vị đã bổ sung kế hoạch ban hành đúng hạn' } },
    });
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.problem.en);
    const sheetGrids = await Promise.all((await opened.workbook.listSheets()).map((x) => opened.workbook.readGrid(x.name)));
    const { user, fake } = renderPane(sheetGrids);
    // The province's set kept with the workbook, as the "Bộ tiêu chí" tab keeps it.
    fake.settings.set('par-check.criteriaSet', JSON.stringify(PROVINCE_SET));
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    const table = await screen.findByTestId('round2-items', {}, { timeout: 30_000 });
    const row = table.querySelector('tr[data-item="1.1"]') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.1', '2,00', '3,00']);
  });

  it('loads the request the unit sent back beside its sheet and shows each answer next to the item', async () => {
    const bytes = await provinceWorkbook('Sở Công Thương', {
      self: { '1.1': 3, '1.2': 3, '2.1': 3, '2.2': 4 },
      appraised: { '1.1': 2, '1.2': 3, '2.1': 3, '2.2': 4 },
      notes: { '1.1': 'Kế hoạch ban hành chậm so với quy định' },
    });
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.problem.en);
    const sheetGrids = await Promise.all((await opened.workbook.listSheets()).map((x) => opened.workbook.readGrid(x.name)));
    const { user, fake } = renderPane(sheetGrids);
    fake.settings.set('par-check.criteriaSet', JSON.stringify(PROVINCE_SET));
    await runCheckIn(user);
    await user.click(screen.getByRole('tab', { name: 'Thẩm định' }));
    // The request made by the pane, answered by the unit in its explanation column (I).
    await user.click(await screen.findByRole('button', { name: 'Tạo phiếu đề nghị giải trình' }, { timeout: 30_000 }));
    await waitFor(() => expect(fake.opened).toHaveLength(1), { timeout: 30_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(fake.opened[0]) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    ws.eachRow((row) => void (row.getCell(2).value === '1.1' && (row.getCell(9).value = 'Đã ban hành Kế hoạch số 12/KH-SCT ngày 20/01/2025.')));
    const returned = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    await user.upload(screen.getByTestId('reply-input'), new File([returned], 'tra-loi.xlsx'));
    const row = await waitFor(() => {
      const r = document.querySelector('[data-testid="answer-row"][data-item="1.1"]');
      if (!r) throw new Error('no answer row yet');
      return r as HTMLElement;
    }, { timeout: 30_000 });
    expect(row.getAttribute('data-state')).toBe('answered');
    expect(row.querySelector('[data-col="explanation"]')!.textContent).toBe('Đã ban hành Kế hoạch số 12/KH-SCT ngày 20/01/2025.');

    // A file that is no request: said so, nothing shown.
    await user.upload(screen.getByTestId('reply-input'), new File([bytes], 'bieu.xlsx'));
    expect(await screen.findByText(/"bieu.xlsx" không phải phiếu đề nghị giải trình/)).toBeTruthy();
  });
});
