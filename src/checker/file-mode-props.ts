/**
 * What the task pane hands the checking page when it shows it instead of the pane (file mode).
 * Its own module so that the page (src/checker/CheckerPage.tsx) and the pane's loader
 * (src/taskpane/file-mode.ts, which imports the page on demand) share it without an import cycle.
 */
import type { Lang } from '../engine/text/lang';
import type { LangStorage } from '../taskpane/i18n/lang';

export interface FileModeProps {
  lang: Lang;
  /** Where the page keeps the language and the criteria sets the user loads (localStorage). */
  storage?: LangStorage | null;
}
