/**
 * The language the pane or the checking page is shown in: starts from `initial`, a change by
 * the user is remembered in `storage`, and the document's lang attribute follows (screen
 * readers pick their voice from it).
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../engine/text/lang';
import { saveLang, type LangStorage } from '../i18n/lang';

export interface LangChoice {
  lang: Lang;
  /** Show another language without remembering it (e.g. following the pane around the page). */
  setLang: (lang: Lang) => void;
  /** The user's own choice: shown and remembered. */
  changeLang: (lang: Lang) => void;
}

export function useLangChoice(initial: Lang, storage: LangStorage | null): LangChoice {
  const [lang, setLang] = useState<Lang>(initial);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const changeLang = (next: Lang) => {
    setLang(next);
    saveLang(next, storage);
  };
  return { lang, setLang, changeLang };
}
