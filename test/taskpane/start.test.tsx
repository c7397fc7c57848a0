/** @jest-environment jsdom */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const waitForOffice = jest.fn();
jest.mock('../../src/excel/office-env', () => ({ waitForOffice: (ms: number) => waitForOffice(ms) }));
jest.mock('../../src/excel/excel-workbook', () => {
  const { FakeWorkbook } = jest.requireActual('./fake-port');
  return { ExcelWorkbook: class extends FakeWorkbook {
    constructor() {
      super([]);
    }
  } };
});
const loadFileMode = jest.fn();
jest.mock('../../src/taskpane/file-mode', () => ({ loadFileMode: () => loadFileMode() }));

import { start, OFFICE_TIMEOUT_MS } from '../../src/taskpane/start';

const supports = { excel17: true, dataValidation: true, enableEvents: true, createWorkbook: true, pageLayout: true, comments: true, mergedAreas: true, notes: true };

async function startPane() {
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    await start(root);
  });
  return root;
}

beforeEach(() => {
  document.body.innerHTML = '';
  window.localStorage.clear();
  waitForOffice.mockReset();
  loadFileMode.mockReset();
});

describe('starting the pane', () => {
  it('waits 8 s for Office and, inside Excel, shows the pane in Office\'s language', async () => {
    waitForOffice.mockResolvedValue({ timedOut: false, host: 'Excel', displayLanguage: 'en-US', supports });
    const root = await startPane();
    expect(waitForOffice).toHaveBeenCalledWith(OFFICE_TIMEOUT_MS);
    expect(OFFICE_TIMEOUT_MS).toBe(8000);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    act(() => root.unmount());
  });

  it('says plainly that Office did not answer, and can open the checking page in place', async () => {
    waitForOffice.mockResolvedValue({ timedOut: true });
    const Page = () => <p>checking page</p>;
    loadFileMode.mockResolvedValue(Page);
    const hide = jest.fn();
    (globalThis as { parCheckBoot?: unknown }).parCheckBoot = { ready: hide };
    const root = await startPane();
    // Office never said its language: the message is in both (the browser's language, English here, first).
    const text = screen.getByRole('alert').textContent!;
    expect(text.indexOf('Excel did not answer')).toBeLessThan(text.indexOf('Excel chưa phản hồi'));
    expect(text).toContain('Mạng cơ quan có thể đang chặn');
    expect(text).toContain('network may block');
    expect(screen.getByRole('link').getAttribute('href')).toBe('checker.html');
    expect(hide).toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open the .xlsx checking page' }));
    await waitFor(() => expect(screen.getByText('checking page')).toBeTruthy());
    act(() => root.unmount());
    delete (globalThis as { parCheckBoot?: unknown }).parCheckBoot;
  });

  it('shows the checking page directly in a plain browser, with a way out if it cannot load', async () => {
    waitForOffice.mockResolvedValue({ timedOut: false, host: null, displayLanguage: 'vi-VN', supports });
    loadFileMode.mockRejectedValue(new Error('chunk failed'));
    const root = await startPane();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không tải được trang kiểm tra tệp'));
    expect(screen.getByRole('link').getAttribute('href')).toBe('checker.html');
    act(() => root.unmount());
  });
});

