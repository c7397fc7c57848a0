/** @jest-environment jsdom */
/**
 * FindingsPanel on a hand-written result (no engine run): what is listed, in what order, and what
 * each finding offers, is known from the five findings below.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/check-result';
import type { Finding } from '../../src/engine/findings/finding';
import { FindingsPanel } from '../../src/taskpane/components/FindingsPanel';
import { Shell } from '../../src/taskpane/components/Shell';

const f = (severity: Finding['severity'], code: string, cell: string | null, item: string | null, vi: string, en: string): Finding => ({
  severity,
  code,
  cell,
  item,
  message: { vi, en },
});

// Given out of order on purpose: the panel sorts by severity, then area, then cell.
const findings: Finding[] = [
  f('info', 'exemption.unconfirmed', 'F27', '2.1.1', 'Ghi "Không áp dụng".', 'Marked not applicable.'),
  f('error', 'appraisal.noNote', 'G85', '6.1.2', 'Thiếu ý kiến thẩm định.', 'No appraiser note.'),
  f('error', 'score.aboveMax', 'F35', '2.3.3', 'Điểm 1,25 vượt tối đa 1.', 'Score 1.25 above the max 1.'),
  f('warning', 'layout.sheetsNotRead', null, null, 'Sheet khác không được kiểm tra.', 'Other sheets not checked.'),
  f('error', 'evidence.missing', 'H70', '5.2.2', 'Thiếu tài liệu kiểm chứng.', 'Evidence missing.'),
];

const result: CheckResult = { sheetName: 'Biểu', unit: null, set: null, setChoice: null, parsed: null, alignment: null, scores: null, findings };

/** Every finding shown, in the order shown, as tag:code@cell. */
const shown = () => [...document.querySelectorAll('[data-code]')].map((el) => `${el.tagName}:${el.getAttribute('data-code')}@${el.getAttribute('data-cell')}`);

describe('FindingsPanel, shared by the pane and the checking page', () => {
  it('without onSelect (the checking page), every finding is plain text with its cell, grouped and counted', () => {
    render(
      <Shell lang="en">
        <FindingsPanel result={result} />
      </Shell>,
    );
    expect(document.querySelectorAll('button')).toHaveLength(0);
    // Errors by area (2 → F35, 5 → H70, 6 → G85), then the warning, then the note.
    expect(shown()).toEqual([
      'DIV:score.aboveMax@F35',
      'DIV:evidence.missing@H70',
      'DIV:appraisal.noNote@G85',
      'DIV:layout.sheetsNotRead@',
      'DIV:exemption.unconfirmed@F27',
    ]);
    expect(screen.getByTestId('count-error').textContent).toBe('Errors: 3');
    expect(screen.getByTestId('count-warning').textContent).toBe('Warnings: 1');
    expect(screen.getByTestId('count-info').textContent).toBe('Information: 1');
    expect(document.querySelector('[data-cell="F35"]')!.textContent).toBe('Error — F35 · 2.3.3: Score 1.25 above the max 1.');
    expect(document.querySelector('[data-code="layout.sheetsNotRead"]')!.textContent).toBe('Warning — whole sheet: Other sheets not checked.');
  });

  it('with onSelect (the pane), a finding tied to a cell is a button that selects it; one without a cell is text', async () => {
    const selected: string[] = [];
    render(
      <Shell lang="vi">
        <FindingsPanel result={result} onSelect={(cell) => selected.push(cell)} />
      </Shell>,
    );
    expect(shown()).toEqual([
      'BUTTON:score.aboveMax@F35',
      'BUTTON:evidence.missing@H70',
      'BUTTON:appraisal.noNote@G85',
      'DIV:layout.sheetsNotRead@',
      'BUTTON:exemption.unconfirmed@F27',
    ]);
    const button = document.querySelector('button[data-cell="F35"]') as HTMLElement;
    expect(button.textContent).toBe('Lỗi — F35 · 2.3.3: Điểm 1,25 vượt tối đa 1.');
    await userEvent.setup().click(button);
    expect(selected).toEqual(['F35']);
  });

  it('walks every finding with next, a finding without a cell highlighted but selecting nothing', async () => {
    const selected: string[] = [];
    const user = userEvent.setup();
    render(
      <Shell lang="vi">
        <FindingsPanel result={result} onSelect={(cell) => selected.push(cell)} />
      </Shell>,
    );
    const next = screen.getByRole('button', { name: 'Phát hiện tiếp theo' });
    expect(screen.getByTestId('finding-position').textContent).toBe('5 mục');
    for (let i = 0; i < 5; i++) await user.click(next);
    expect(selected).toEqual(['F35', 'H70', 'G85', 'F27']);
    expect(screen.getByTestId('finding-position').textContent).toBe('5/5');
    // At the end, "next" stays focusable but does nothing more.
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.click(next);
    expect(selected).toHaveLength(4);
    // The reached one is marked for assistive technology too, not only by colour.
    await waitFor(() => expect(document.querySelector('[aria-current="true"] [data-code]')!.getAttribute('data-cell')).toBe('F27'));
  });

  it('opens why and how to fix for a finding, in the chosen language', async () => {
    const user = userEvent.setup();
    render(
      <Shell lang="en">
        <FindingsPanel result={result} onSelect={() => undefined} />
      </Shell>,
    );
    const toggle = screen.getByRole('button', { name: 'Why and how to fix: H70 · 5.2.2' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = within(screen.getByTestId('finding-details'));
    expect(details.getByText('Why:').parentElement!.textContent).toBe('Why: Scored without evidence or explanation (warning where evidence is optional)');
    expect(details.getByText('How to fix:').parentElement!.textContent).toBe(
      'How to fix: Enter the evidence (document number, date or link) or an explanation in the evidence column.',
    );
  });
});
