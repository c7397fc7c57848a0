/**
 * Turn whatever an adapter threw into a sentence for a civil servant: the message only, never a
 * stack trace, in both languages, with the way out (unprotect the sheet, retry) where we know it.
 */
import type { Bilingual } from '../../engine/text/lang';
import type { Strings } from '../i18n/strings';
import { both } from '../i18n/lang';

export type WriteAction = 'flag' | 'unflag' | 'summary' | 'template' | 'select';

type WhatKey = 'whatFlag' | 'whatUnflag' | 'whatSummary' | 'whatTemplate' | 'whatSelect';
const whatKey: Record<WriteAction, WhatKey> = {
  flag: 'whatFlag',
  unflag: 'whatUnflag',
  summary: 'whatSummary',
  template: 'whatTemplate',
  select: 'whatSelect',
};

/**
 * The readable part of an error in both languages: an adapter's own bilingual message when it
 * gives one, else the message's lines without "at …" stack frames; null when there is nothing.
 */
export function errorDetail(err: unknown): Bilingual | null {
  const own = bilingualOf(err);
  if (own) return own;
  const raw = rawMessage(err);
  if (raw === null) return null;
  const text = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^at\s/.test(l))
    .join(' ')
    .slice(0, 400)
    .trim();
  return text === '' ? null : { vi: text, en: text };
}

function rawMessage(err: unknown): string | null {
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string')
    return (err as { message: string }).message;
  return null;
}

/** Adapters may throw errors carrying their own message in both languages (`err.bilingual`). */
function bilingualOf(err: unknown): Bilingual | null {
  if (!err || typeof err !== 'object') return null;
  const b = (err as { bilingual?: unknown }).bilingual as Partial<Bilingual> | undefined;
  return b && typeof b.vi === 'string' && typeof b.en === 'string' ? { vi: b.vi, en: b.en } : null;
}

/** Office.js reports a protected sheet as code "AccessDenied"; messages say "protected" / "bảo vệ". */
export function looksProtected(err: unknown): boolean {
  const code = err && typeof err === 'object' ? String((err as { code?: unknown }).code ?? '') : '';
  const own = bilingualOf(err);
  const text = `${code} ${rawMessage(err) ?? ''} ${own ? own.vi + ' ' + own.en : ''}`;
  return /protect|bảo vệ|AccessDenied/i.test(text);
}

/** Message for a failed write (flags, summary, template, selection). */
export function describeWriteError(err: unknown, action: WriteAction, sheet: string, sheetIsProtected: boolean): Bilingual {
  const detail = errorDetail(err);
  const own = bilingualOf(err);
  // The adapter's own message about protection already says what to do: show it as it is.
  if (own && looksProtected(err)) return own;
  if (sheetIsProtected || looksProtected(err)) {
    return both((s, lang) => s.protectedSheet(sheet) + (detail && detail[lang] !== '' ? ` (${detail[lang]})` : ''));
  }
  return both((s: Strings, lang) => s.writeFailed(s[whatKey[action]], detail ? detail[lang] : s.unknownError));
}

/** Message for a failed read of the workbook (listing or reading sheets). */
export function describeReadError(err: unknown): Bilingual {
  const detail = errorDetail(err);
  return both((s, lang) => s.readFailed(detail ? stripFinalDot(detail[lang]) : s.unknownError));
}

function stripFinalDot(text: string): string {
  return text.replace(/[.。]\s*$/, '');
}
