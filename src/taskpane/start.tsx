/**
 * How the task pane starts. Office answers → the pane over the Office.js adapter; Office never
 * answers → say so and offer the browser checking page; a plain browser (no Office host) → the
 * browser checking page directly. ExcelJS is never imported here: file mode loads it lazily.
 * (index.tsx calls start(); kept apart so tests can start the pane with a mocked Office.)
 */
import { lazy, Suspense, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Spinner } from '@fluentui/react-components';
import type { Lang } from '../engine/text/lang';
import { waitForOffice } from '../excel/office-env';
import { ExcelWorkbook } from '../excel/excel-workbook';
import { App } from './App';
import { browserStorage, initialLang, stringsFor } from './i18n/lang';
import { Shell } from './components/Shell';

// Only when Office does not answer, or outside Excel: not part of the pane's first load.
const OfficeUnavailable = lazy(() =>
  import(/* webpackChunkName: "office-unavailable" */ './components/OfficeUnavailable').then((m) => ({ default: m.OfficeUnavailable })),
);
const FileModeLoader = lazy(() =>
  import(/* webpackChunkName: "file-mode-loader" */ './components/FileModeLoader').then((m) => ({ default: m.FileModeLoader })),
);

export const OFFICE_TIMEOUT_MS = 8000;

function container(): HTMLElement {
  const existing = document.getElementById('root') ?? document.getElementById('container');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'root';
  document.body.appendChild(div);
  return div;
}

function TimedOut({ lang }: { lang: Lang }) {
  const [fileMode, setFileMode] = useState(false);
  return (
    <Shell lang={lang}>
      <Suspense fallback={<Spinner size="small" label={stringsFor(lang).loading} />}>{fileMode ? <FileModeLoader /> : <OfficeUnavailable onOpenFileMode={() => setFileMode(true)} />}</Suspense>
    </Shell>
  );
}

export async function start(root: Root = createRoot(container())): Promise<void> {
  const storage = browserStorage();
  const browserLang = typeof navigator !== 'undefined' ? navigator.language : '';
  root.render(
    <Shell lang={initialLang(browserLang, storage)}>
      <Spinner label={initialLang(browserLang, storage) === 'vi' ? 'Đang kết nối với Excel…' : 'Connecting to Excel…'} />
    </Shell>,
  );
  const env = await waitForOffice(OFFICE_TIMEOUT_MS);
  if (env.timedOut) {
    // The page's boot guard shows its own watchdog text at the same moment: hide it, this
    // message replaces it (and can open the checking page in place).
    (globalThis as { parCheckBoot?: { ready?: () => void } }).parCheckBoot?.ready?.();
    root.render(<TimedOut lang={initialLang(browserLang, storage)} />);
    return;
  }
  const lang = initialLang(env.displayLanguage || browserLang, storage);
  if (env.host === null) {
    root.render(
      <Shell lang={lang}>
        <Suspense fallback={<Spinner size="small" label={stringsFor(lang).loading} />}>
          <FileModeLoader />
        </Suspense>
      </Shell>,
    );
    return;
  }
  root.render(<App port={new ExcelWorkbook()} initialLang={lang} storage={storage} />);
}
