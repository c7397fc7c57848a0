/**
 * What the pane's buttons do to the workbook, as plain async functions over the port. Each
 * returns a notice in both languages (what happened, or what went wrong and how to fix it) and
 * never throws, so a failing adapter cannot leave the pane in a broken state.
 */
import type { Lang } from '../../engine/text/lang';
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { SheetInfo, WorkbookPort } from '../../workbook/port';
import { flagsFromFindings } from '../../engine/findings/flags';
import { both } from '../i18n/lang';
import { describeWriteError } from './errors';
import { uniqueSheetName } from '../../engine/text/sheet-names';
import type { Notice } from './notice';

export type { Notice };

const isProtected = (sheets: SheetInfo[], name: string) => sheets.some((s) => s.name === name && s.protected);

export async function flagSheet(port: WorkbookPort, result: CheckResult, lang: Lang, sheets: SheetInfo[]): Promise<Notice> {
  const flags = flagsFromFindings(result.findings, lang);
  if (flags.length === 0) {
    // Still clear earlier marks: the user fixed everything and wants a clean sheet.
    try {
      await port.applyFlags(result.sheetName, []);
    } catch (err) {
      return { intent: 'error', text: describeWriteError(err, 'flag', result.sheetName, isProtected(sheets, result.sheetName)) };
    }
    return { intent: 'info', text: both((s) => s.nothingToFlag) };
  }
  try {
    await port.applyFlags(result.sheetName, flags);
    return { intent: 'success', text: both((s) => s.flaggedCells(flags.length)) };
  } catch (err) {
    return { intent: 'error', text: describeWriteError(err, 'flag', result.sheetName, isProtected(sheets, result.sheetName)) };
  }
}

export async function unflagSheet(port: WorkbookPort, sheetName: string, sheets: SheetInfo[]): Promise<Notice> {
  try {
    const n = await port.clearFlags(sheetName);
    return { intent: 'success', text: both((s) => s.clearedCells(n)) };
  } catch (err) {
    return { intent: 'error', text: describeWriteError(err, 'unflag', sheetName, isProtected(sheets, sheetName)) };
  }
}

export async function writeSummary(port: WorkbookPort, result: CheckResult, lang: Lang, sheets: SheetInfo[]): Promise<Notice> {
  let name = '';
  try {
    // The summary builder is only needed on this click: a lazy chunk, out of the pane's first load.
    const { buildSummarySheet } = await import(/* webpackChunkName: "summary-sheet" */ '../../engine/summary/summary-sheet');
    const spec = buildSummarySheet(result, lang);
    name = spec.name;
    // Replace: a summary from an earlier check would be stale.
    await port.writeSheet(spec, { replace: true, activate: true });
    return { intent: 'success', text: both((s) => s.summaryWritten(spec.name)) };
  } catch (err) {
    return { intent: 'error', text: describeWriteError(err, 'summary', name, isProtected(sheets, name)) };
  }
}

export async function insertTemplate(port: WorkbookPort, set: CriteriaSet, unit: string): Promise<Notice> {
  let name = '';
  try {
    // The template builder is only needed on this click: a lazy chunk, out of the pane's first load.
    const { buildTemplateSheet } = await import(/* webpackChunkName: "template-sheet" */ '../../engine/template/template-sheet');
    const existing = (await port.listSheets()).map((s) => s.name);
    const options = unit.trim() ? { unit: unit.trim() } : {};
    let spec = buildTemplateSheet(set, options);
    const free = uniqueSheetName(spec.name, existing);
    // Never overwrite a sheet: the user may already have filled an earlier template.
    if (free !== spec.name) spec = buildTemplateSheet(set, { ...options, sheetName: free });
    name = spec.name;
    await port.writeSheet(spec, { replace: false, activate: true });
    return { intent: 'success', text: both((s) => s.templateInserted(spec.name)) };
  } catch (err) {
    return { intent: 'error', text: describeWriteError(err, 'template', name, false) };
  }
}

/** Select a finding's cell; null when done (no notice needed). */
export async function selectFindingCell(port: WorkbookPort, sheetName: string, cell: string): Promise<Notice | null> {
  if (!port.selectCell) return null;
  try {
    await port.selectCell(sheetName, cell);
    return null;
  } catch (err) {
    return { intent: 'error', text: describeWriteError(err, 'select', sheetName, false) };
  }
}
