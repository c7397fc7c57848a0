/**
 * Waiting for Office and learning what this Excel can do. The pane calls waitForOffice() once at
 * start: it resolves with the host and the API sets this Excel supports, or { timedOut: true }
 * when Office never answers (office.js blocked, Excel hung) so the pane can say so instead of
 * spinning forever. In a plain browser Office.onReady answers with host = null.
 */
import type { Lang } from '../engine/text/lang';

/** Optional API sets, checked at run time (the manifest only demands ExcelApi 1.7). */
export interface ExcelSupports {
  /** ExcelApi 1.7: the floor the manifest asks for; false outside Excel. */
  excel17: boolean;
  /** ExcelApi 1.8: range.dataValidation. */
  dataValidation: boolean;
  /** ExcelApi 1.8: context.runtime.enableEvents. */
  enableEvents: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook(base64) opens a new workbook from .xlsx bytes. */
  createWorkbook: boolean;
  /** ExcelApi 1.9: worksheet.pageLayout, getCellProperties/getRowProperties, RangeAreas. */
  pageLayout: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the classic yellow cell notes). */
  notes: boolean;
}

export interface OfficeEnv {
  timedOut: false;
  /** "Excel" inside Excel; null in a plain browser. */
  host: string | null;
  /** Office UI language such as "vi-VN" or "en-US"; the browser's language outside Office. */
  displayLanguage: string;
  supports: ExcelSupports;
}

export type OfficeEnvResult = OfficeEnv | { timedOut: true };

export const NO_SUPPORT: ExcelSupports = {
  excel17: false,
  dataValidation: false,
  enableEvents: false,
  createWorkbook: false,
  pageLayout: false,
  comments: false,
  mergedAreas: false,
  notes: false,
};

/** The question "is ExcelApi x supported", as Office.context.requirements asks it. */
export type SetSupported = (name: string, version: string) => boolean;

export function detectSupports(isSetSupported: SetSupported): ExcelSupports {
  const excel = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false; // outside Excel the requirements object may be missing or throw
    }
  };
  return {
    excel17: excel('1.7'),
    dataValidation: excel('1.8'),
    enableEvents: excel('1.8'),
    createWorkbook: excel('1.8'),
    pageLayout: excel('1.9'),
    comments: excel('1.10'),
    mergedAreas: excel('1.13'),
    notes: excel('1.18'),
  };
}

/** Supports of the running Office (all false outside Excel). */
export function currentSupports(): ExcelSupports {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return { ...NO_SUPPORT };
  return detectSupports((n, v) => requirements.isSetSupported(n, v));
}

/** The pane's language from Office's display language: Vietnamese unless Office speaks something else. */
export function paneLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}

interface BootGuard {
  ready?: () => void;
}

/**
 * Waits for Office.onReady, at most `timeoutMs`. Also tells the page's boot guard
 * (src/taskpane/boot/boot.js) that Office answered, which ends its watchdog message.
 */
export function waitForOffice(timeoutMs = 8000): Promise<OfficeEnvResult> {
  const g = globalThis as { Office?: typeof Office; parCheckBoot?: BootGuard; navigator?: Navigator };
  return new Promise<OfficeEnvResult>((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      resolve({ timedOut: true });
    }, timeoutMs);
    const office = g.Office;
    if (!office || typeof office.onReady !== 'function') return; // office.js missing: the timer answers
    office
      .onReady()
      .then((info) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        g.parCheckBoot?.ready?.();
        const host = info?.host ? String(info.host) : null;
        const displayLanguage = office.context?.displayLanguage || g.navigator?.language || 'vi-VN';
        resolve({ timedOut: false, host, displayLanguage, supports: host ? currentSupports() : { ...NO_SUPPORT } });
      })
      .catch(() => {
        /* onReady does not reject in practice; if it did, the timeout answers */
      });
  });
}
