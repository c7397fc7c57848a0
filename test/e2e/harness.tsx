/**
 * Browser harness for the end-to-end tests: the real pane (<App>) over an in-memory workbook
 * built from the grids the test server injects (window.__GRIDS__). The fake's state is exposed
 * on window.__fakeWorkbook so the test can assert what the pane did to the "workbook".
 * `?lang=vi|en` stores that language choice before the pane starts, as its menu stores it.
 */
import { createRoot } from 'react-dom/client';
import type { Grid } from '../../src/engine/grid';
import { App } from '../../src/taskpane/App';
import { browserStorage, initialLang, saveLang } from '../../src/taskpane/i18n/lang';
import { FakeWorkbook } from '../taskpane/fake-port';

declare global {
  interface Window {
    __GRIDS__: Grid[];
    __fakeWorkbook: FakeWorkbook;
  }
}

const fake = new FakeWorkbook(window.__GRIDS__);
window.__fakeWorkbook = fake;
const storage = browserStorage();
const asked = new URLSearchParams(location.search).get('lang');
if (asked === 'vi' || asked === 'en') saveLang(asked, storage);
const root = createRoot(document.getElementById('root')!);
root.render(<App port={fake} initialLang={initialLang('vi-VN', storage)} storage={storage} />);
