/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/check-result';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { FindingsPanel } from '../../src/taskpane/components/FindingsPanel';
import { Shell } from '../../src/taskpane/components/Shell';
import { sampleGrids } from './sample-grid';

let result: CheckResult;

beforeAll(async () => {
  result = checkWorkbookGrids(await sampleGrids('so-y-te-2024.xlsx'), { sets: bundledSets() });
});

/** Every finding shown, in the order shown, as [tag, code, cell]. */
const shown = () =>
  [...document.querySelectorAll('[data-code]')].map((el) => [el.tagName, el.getAttribute('data-code'), el.getAttribute('data-cell')]);

describe('FindingsPanel, shared by the pane and the checking page', () => {
  it('with onSelect, a finding tied to a cell is a button that selects it', async () => {
    const selected: string[] = [];
    render(
      <Shell lang="vi">
        <FindingsPanel result={result} onSelect={(cell) => selected.push(cell)} />
      </Shell>,
    );
    const button = document.querySelector('button[data-code="score.aboveMax"][data-cell="F35"]') as HTMLElement;
    expect(button.textContent).toMatch(/^Lỗi — F35 · 2\.3\.3: /);
    await userEvent.setup().click(button);
    expect(selected).toEqual(['F35']);
  });

  it('without onSelect, every finding is plain text with its cell written out, nothing to click', () => {
    render(
      <Shell lang="en">
        <FindingsPanel result={result} />
      </Shell>,
    );
    expect(document.querySelectorAll('button')).toHaveLength(0);
    const withCell = result.findings.filter((f) => f.cell);
    expect(withCell.length).toBeGreaterThan(0);
    // One plain line per finding, none a button, each naming its cell.
    expect(shown()).toHaveLength(result.findings.length);
    expect(shown().every(([tag]) => tag === 'DIV')).toBe(true);
    expect(shown().map(([, code, cell]) => `${code}@${cell}`).sort()).toEqual(
      result.findings.map((f) => `${f.code}@${f.cell ?? ''}`).sort(),
    );
    const f = result.findings.find((x) => x.code === 'score.aboveMax' && x.cell === 'F35')!;
    expect(document.querySelector('[data-code="score.aboveMax"][data-cell="F35"]')!.textContent).toBe(`Error — F35 · 2.3.3: ${f.message.en}`);
  });
});
