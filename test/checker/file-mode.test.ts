import { CheckerPage } from '../../src/checker/CheckerPage';
import { loadFileMode } from '../../src/taskpane/file-mode';

describe('the pane loads the checking page on demand', () => {
  it('resolves to the CheckerPage component', async () => {
    await expect(loadFileMode()).resolves.toBe(CheckerPage);
  });
});
