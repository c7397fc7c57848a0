/** The page's words: the pane's dictionary (shared components) plus the page's own. */
import type { Bilingual, Lang } from '../engine/text/lang';
import { useLang } from '../taskpane/i18n/context';
import type { Strings } from '../taskpane/i18n/strings';
import { checkerStrings, type CheckerStrings } from './checker-strings';

export function useCheckerLang(): { lang: Lang; t: Strings; c: CheckerStrings } {
  const { lang, t } = useLang();
  return { lang, t, c: checkerStrings(lang) };
}

/**
 * A page message in both languages, so that it follows a language switch after it was shown:
 * `pick` gets each language's strings (and the language, for parts already bilingual).
 */
export function inBoth<S>(strings: (lang: Lang) => S, pick: (s: S, lang: Lang) => string): Bilingual {
  return { vi: pick(strings('vi'), 'vi'), en: pick(strings('en'), 'en') };
}
