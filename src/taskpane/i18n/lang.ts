/**
 * Which language the pane speaks: the user's own choice (kept in localStorage) wins; otherwise
 * Vietnamese when Office's display language is Vietnamese, English for everything else.
 */
import type { Bilingual, Lang } from '../../engine/text/lang';
import type { Strings } from './strings';
import { vi } from './strings-vi';
import { en } from './strings-en';

export const LANG_STORAGE_KEY = 'par-check.lang';

export function stringsFor(lang: Lang): Strings {
  return lang === 'vi' ? vi : en;
}

/** Build a message in both languages at once, so a notice survives a language switch. */
export function both(pick: (s: Strings, lang: Lang) => string): Bilingual {
  return { vi: pick(vi, 'vi'), en: pick(en, 'en') };
}

/** Minimal storage surface (window.localStorage, or a fake in tests). */
export interface LangStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').trim().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function initialLang(displayLanguage: string | null | undefined, storage: LangStorage | null): Lang {
  const saved = safeGet(storage);
  if (saved === 'vi' || saved === 'en') return saved;
  return langFromDisplayLanguage(displayLanguage);
}

export function saveLang(lang: Lang, storage: LangStorage | null): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode, strict policies): the choice then lasts the session only.
  }
}

/** window.localStorage when it can be used; reading it may throw in locked-down browsers. */
export function browserStorage(): LangStorage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

function safeGet(storage: LangStorage | null): string | null {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
