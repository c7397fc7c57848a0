import { both, initialLang, langFromDisplayLanguage, LANG_STORAGE_KEY, saveLang, stringsFor, type LangStorage } from '../../src/taskpane/i18n/lang';
import { vi } from '../../src/taskpane/i18n/strings-vi';
import { en } from '../../src/taskpane/i18n/strings-en';

function memoryStorage(initial: Record<string, string> = {}): LangStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('language choice', () => {
  it('is Vietnamese for Office display languages starting with "vi", English otherwise', () => {
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('VI')).toBe('vi');
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('fr-FR')).toBe('en');
    expect(langFromDisplayLanguage('')).toBe('en');
  });

  it('prefers the choice remembered in storage over the display language', () => {
    expect(initialLang('vi-VN', memoryStorage({ [LANG_STORAGE_KEY]: 'en' }))).toBe('en');
    expect(initialLang('en-US', memoryStorage({ [LANG_STORAGE_KEY]: 'vi' }))).toBe('vi');
    expect(initialLang('en-US', memoryStorage({ [LANG_STORAGE_KEY]: 'xx' }))).toBe('en');
    expect(initialLang('vi-VN', null)).toBe('vi');
  });

  it('saves the choice, and survives a storage that throws', () => {
    const s = memoryStorage();
    saveLang('en', s);
    expect(s.data[LANG_STORAGE_KEY]).toBe('en');
    const broken: LangStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveLang('vi', broken)).not.toThrow();
    expect(initialLang('vi-VN', broken)).toBe('vi');
  });

  it('builds a message in both languages', () => {
    expect(both((s) => s.flaggedCells(3))).toEqual({ vi: 'Đã đánh dấu 3 ô trên bảng.', en: 'Flagged 3 cells on the sheet.' });
    expect(stringsFor('en').check).toBe('Check');
    expect(stringsFor('vi').check).toBe('Kiểm tra');
  });

  it('has every text in both dictionaries, none left empty or identical by mistake', () => {
    const keys = Object.keys(vi).sort();
    expect(Object.keys(en).sort()).toEqual(keys);
    for (const k of keys) {
      const a = (vi as unknown as Record<string, unknown>)[k];
      const b = (en as unknown as Record<string, unknown>)[k];
      expect(typeof a).toBe(typeof b);
      if (typeof a === 'string') {
        expect(a.trim()).not.toBe('');
        expect(a).not.toBe(b);
      }
    }
  });
});
