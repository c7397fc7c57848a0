/**
 * Entry of the standalone checking page (checker.html). No Office here: the page starts in the
 * language last chosen (shared with the pane) or the browser's, and has its own switch.
 * The boot guard in checker.html loads this bundle and hides its "Loading…" line once loaded.
 * Files are checked in Web Workers (start-worker.ts), in the page's thread where none can start.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { browserStorage, initialLang } from '../taskpane/i18n/lang';
import { CheckerPage } from './CheckerPage';
import { startCheckWorker } from './start-worker';
import { workerRunner } from './worker/runner';

function container(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'root';
  document.body.appendChild(div);
  return div;
}

const storage = browserStorage();
const lang = initialLang(typeof navigator !== 'undefined' ? navigator.language : '', storage);
createRoot(container()).render(
  <FluentProvider theme={webLightTheme}>
    <CheckerPage lang={lang} storage={storage} makeRunner={() => workerRunner(startCheckWorker)} />
  </FluentProvider>,
);
