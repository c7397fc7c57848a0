/**
 * The two languages of every message: Vietnamese first, English second. One home for the types
 * (they used to live in findings/finding.ts, imported by dozens of modules that only wanted these).
 */
export type Lang = 'vi' | 'en';

/** A message in both languages; the report picks one with --lang. */
export interface Bilingual {
  vi: string;
  en: string;
}
