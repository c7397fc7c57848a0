/** The page's words: the pane's dictionary (shared components) plus the page's own. */
import type { Lang } from '../engine/findings/finding';
import { useLang } from '../taskpane/i18n/context';
import type { Strings } from '../taskpane/i18n/strings';
import { checkerStrings, type CheckerStrings } from './checker-strings';

export function useCheckerLang(): { lang: Lang; t: Strings; c: CheckerStrings } {
  const { lang, t } = useLang();
  return { lang, t, c: checkerStrings(lang) };
}
