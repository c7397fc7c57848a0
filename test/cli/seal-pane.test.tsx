/** @jest-environment jsdom */
/**
 * The pane's "Chốt số liệu" and "So sánh với năm trước" (entries of the pane's menu), over a fake workbook of the
 * bundled set mau-so-nganh-2024 (test/helpers/season-workbooks.ts: scored leaves 70, survey 30;
 * survey at 0,8 × max = 24). Hand arithmetic:
 *   last year: every scored leaf appraised at its max: 70 + 24 = 94 (index 94 %);
 *   this year: 1.1.4 and 3.4 (max 2 each) appraised 0: 66 + 24 = 90 (index 90 %).
 *   Change −4 points, index −4; items that fell most: 1.1 (−2, the parent of 1.1.4), 1.1.4 (−2),
 *   3.4 (−2).
 * The seal the pane writes is the one the command line computes for the same workbook. The
 * checking page compares the same way, on each file's card.
 */
import './seal-jsdom-globals';
import * as fs from 'fs';
import * as path from 'path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { readSealRows, SEAL_SHEET } from '../../src/engine/seal/seal-record';
import { sealContent, sealDigest } from '../../src/engine/seal/seal-content';
import { readScoresheets } from '../../src/cli/seal/read-scoresheets';
import { bundledSets } from '../../src/engine/criteria/registry';
import { seasonWorkbook } from '../helpers/season-workbooks';
import { setById } from './batch-fixtures';
import { renderPane, runCheckIn } from '../taskpane/render-pane';
import { removeTempDirs, tempDir } from './run-cli';

jest.setTimeout(60_000);
afterAll(removeTempDirs);

const so = setById('mau-so-nganh-2024');
let current: Buffer;
let previous: Buffer;
beforeAll(async () => {
  current = await seasonWorkbook(so, { unit: 'Sở Y tế', zero: ['1.1.4', '3.4'], surveyFraction: 0.8 });
  previous = await seasonWorkbook(so, { unit: 'Sở Y tế', surveyFraction: 0.8 });
});

const grids = (bytes: Buffer) => readWorkbookSheetsFast(bytes).map((s) => s.grid);

/** The pane checked, then the menu entry chosen ("…" beside the title). */
async function paneWith(entry: 'seal' | 'compare') {
  const pane = renderPane(grids(current));
  await runCheckIn(pane.user);
  await pane.user.click(screen.getByTestId('pane-menu'));
  await pane.user.click(await screen.findByTestId(`menu-${entry}`));
  return pane;
}

describe('So sánh với năm trước', () => {
  it('reads last year\'s file and shows the totals, the areas and the items that fell most', async () => {
    const { user } = await paneWith('compare');
    await user.upload(await screen.findByTestId('compare-input'), new File([new Uint8Array(previous)], 'nam-truoc.xlsx'));
    await waitFor(() => expect(screen.getByTestId('compare-total')).toBeTruthy());
    expect(screen.getByTestId('compare-total').textContent).toBe('Tổng điểm 94 → 90 (-4 điểm); chỉ số 94% → 90% (-4 ↓)');
    const areaRows = within(screen.getByTestId('compare-areas')).getAllByRole('row').slice(1);
    const changeOf = (code: string) => areaRows.find((r) => r.textContent!.startsWith(code + ' '))!.querySelectorAll('td')[3].textContent;
    expect([changeOf('1'), changeOf('2'), changeOf('3')]).toEqual(['-2', '0', '-2']);
    const falls = within(screen.getByTestId('compare-falls')).getAllByRole('row').slice(1).map((r) => [r.querySelector('td')!.textContent!.split(' ')[0], r.querySelectorAll('td')[3].textContent]);
    expect(falls).toEqual([['1.1', '-2'], ['1.1.4', '-2'], ['3.4', '-2']]);
  });

  it('says so when the chosen file holds no scoresheet', async () => {
    const { user } = await paneWith('compare');
    await user.upload(await screen.findByTestId('compare-input'), new File(['not a workbook'], 'ghi-chu.xlsx'));
    await waitFor(() => expect(screen.getByTestId('compare-error').textContent).toMatch(/^Không đọc được tệp "ghi-chu.xlsx"/));
  });
});

describe('Chốt số liệu', () => {
  it('writes a very hidden seal sheet and shows the code, the same seal the command line computes', async () => {
    const { user, fake } = await paneWith('seal');
    await user.click(await screen.findByTestId('seal-button'));
    await waitFor(() => expect(screen.getByTestId('seal-code').textContent).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/));
    const written = fake.sheets.find((s) => s.name === SEAL_SHEET)!.spec!;
    expect(written.visibility).toBe('veryHidden');
    const rows: string[][] = [];
    for (const c of written.cells) (rows[c.row] ??= [])[c.col] = (c.value as { text: string }).text;
    const stored = readSealRows(rows);
    if (!stored.ok) throw new Error('seal not readable');
    expect(stored.record.code).toBe(screen.getByTestId('seal-code').textContent);
    // The command line reads the same workbook (fast reader, its own check) to the same digest.
    const dir = tempDir('seal-pane');
    fs.writeFileSync(path.join(dir, 'bieu.xlsx'), current);
    const cli = await readScoresheets('bieu.xlsx', dir, { sets: bundledSets(), lang: 'vi' });
    if (!cli.ok) throw new Error('not read');
    expect(sealDigest(sealContent(cli.results))).toBe(stored.record.digest);
  });
});

describe('So sánh với năm trước on the checking page', () => {
  it('compares a checked file with last year\'s, the same figures as in the pane', async () => {
    const { CheckerPage } = await import('../../src/checker/CheckerPage');
    const user = userEvent.setup();
    render(<CheckerPage lang="vi" storage={null} save={() => undefined} />);
    await user.upload(screen.getByTestId('file-input'), [new File([new Uint8Array(current)], 'y-te-2024.xlsx')]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Đã kiểm tra 1 tệp.'), { timeout: 30_000 });
    const card = screen.getAllByTestId('file-card')[0];
    await user.upload(within(card).getByTestId('compare-input'), new File([new Uint8Array(previous)], 'y-te-2023.xlsx'));
    await waitFor(() => expect(within(card).getByTestId('compare-total').textContent).toBe('Tổng điểm 94 → 90 (-4 điểm); chỉ số 94% → 90% (-4 ↓)'));
  });
});
