/** Render the pane over a fake workbook for the component tests. */
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionBehaviourProvider } from '@fluentui/react-motion';
import type { Grid } from '../../src/engine/grid';
import type { Lang } from '../../src/engine/text/lang';
import { App } from '../../src/taskpane/App';
import type { LangStorage } from '../../src/taskpane/i18n/lang';
import { FakeWorkbook, type FakeOptions } from './fake-port';

// Panels not needed for the first check are lazy chunks: the first import of one in a test
// transpiles it, which takes more than the default second on a busy machine.
configure({ asyncUtilTimeout: 20_000 });

export function memoryStorage(): LangStorage & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

export function renderPane(grids: Grid[], opts: { lang?: Lang; fake?: FakeOptions; recheckDelayMs?: number; settings?: Record<string, string> } = {}) {
  const fake = new FakeWorkbook(grids, opts.fake);
  for (const [k, v] of Object.entries(opts.settings ?? {})) fake.settings.set(k, v);
  const storage = memoryStorage();
  const user = userEvent.setup();
  const saved: { name: string; bytes: Uint8Array }[] = [];
  // Fluent's motions (the drawer sliding in) skipped: jsdom never finishes them on a busy machine,
  // and content still "entering" is hidden from role queries.
  const view = render(
    <MotionBehaviourProvider value="skip">
      <App
        port={fake}
        initialLang={opts.lang ?? 'vi'}
        storage={storage}
        recheckDelayMs={opts.recheckDelayMs ?? 30}
        saveFile={(bytes, name) => void saved.push({ name, bytes })}
      />
    </MotionBehaviourProvider>,
  );
  return { fake, storage, user, saved, ...view };
}

/** Click "Kiểm tra"/"Check" and wait until the live region announces the result. */
export async function runCheckIn(user: ReturnType<typeof userEvent.setup>, lang: Lang = 'vi') {
  await user.click(await screen.findByRole('button', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }));
  await waitFor(() => expect(screen.getByTestId('live-region').textContent).not.toBe(''));
  // A scoresheet was read (the card counts its findings): the tabs and the list are a lazy chunk.
  if (screen.queryByTestId('count-error')) await screen.findByTestId('findings-filter', {}, { timeout: 30_000 });
}

/** Open the overflow menu ("…") and click the entry with this name. */
export async function menuItem(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  await user.click(screen.getByTestId('pane-menu'));
  await user.click(await screen.findByRole(typeof name === 'string' ? 'menuitem' : 'menuitem', { name }));
}

/** Switch the pane's language from the overflow menu. */
export async function chooseLang(user: ReturnType<typeof userEvent.setup>, lang: Lang) {
  await user.click(screen.getByTestId('pane-menu'));
  await user.click(await screen.findByTestId(`lang-${lang}`));
}
