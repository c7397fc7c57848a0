/**
 * The files the page makes: a flagged copy of one workbook (patched into its package, like the
 * CLI's --annotate), the ranking workbook and the request workbooks (built with the file adapter,
 * ExcelJS), each handed to a `save` function (a browser download by default, a capture in tests).
 */
import { xmlSafe } from '../engine/cell-text';
import type { CheckResult } from '../engine/check-result';
import type { Lang } from '../engine/text/lang';
import { flagsFromFindings } from '../engine/findings/flags';
import type { BatchFileResult } from '../engine/ranking/batch-file-result';
import { buildRankingWorkbook } from '../engine/ranking/ranking-workbook';
import type { SurveyTableSummary } from '../engine/results/survey-use';
import { annotatePackage } from '../file/annotate-package';
import { FileWorkbook } from '../file/file-workbook';
import { requestsFileNames } from '../engine/appraisal/requests-file-names';
import { buildRequestsWorkbook, type RequestsWorkbookOptions, type UnitRequests } from '../engine/appraisal/requests-workbook';
import { zipStore, type ZipEntry } from './zip-store';

/**
 * ExcelJS's bytes as a Uint8Array. Not FileWorkbook.toBuffer(): that returns a Node Buffer and
 * names the global `Buffer`, which a browser does not have.
 */
async function workbookBytes(wb: FileWorkbook): Promise<Uint8Array> {
  const out = (await wb.workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}

/** The cells a flagged copy of this result would mark (one flag per cell). */
export function flagCount(result: CheckResult, lang: Lang): number {
  return flagsFromFindings(result.findings, lang).length;
}

/**
 * A copy of the workbook with the add-in's marks on the checked sheet (the same marks as in
 * Excel and as `par-check check --annotate`), patched into a copy of the original's package: the
 * original bytes are not changed, and charts, pivot tables and pictures stay in the copy.
 */
export async function flaggedCopy(original: Uint8Array, results: CheckResult | CheckResult[], lang: Lang): Promise<Uint8Array> {
  const list = Array.isArray(results) ? results : [results];
  // Same marks as the CLI's --annotate, with the "Kết quả kiểm tra" sheet for findings tied to no cell.
  const copy = await annotatePackage(original.slice(), list.map((result) => ({ result, sheet: result.sheetName || null })), lang);
  return copy.bytes;
}

/** One unit's explanation-request workbook (engine: buildRequestsWorkbook), as the CLI writes it. */
export async function requestsWorkbook(unit: UnitRequests, options: RequestsWorkbookOptions): Promise<Uint8Array> {
  const wb = FileWorkbook.create();
  for (const spec of buildRequestsWorkbook(unit, options)) await wb.writeSheet(spec);
  const lang = options.lang ?? 'vi';
  wb.workbook.keywords = 'par-check-requests';
  // The title goes into docProps/core.xml: cleaned like every text we write (engine/cell-text.ts).
  wb.workbook.title = xmlSafe(`${lang === 'vi' ? 'Đề nghị giải trình' : 'Explanation requests'} - ${unit.unit}`);
  wb.workbook.creator = 'par-check';
  return workbookBytes(wb);
}

/** Every unit's request workbook (units with requests only), one file each, in one stored .zip; names from the engine. */
export async function requestsZip(units: UnitRequests[], options: RequestsWorkbookOptions): Promise<{ bytes: Uint8Array; count: number }> {
  const todo = units.filter((u) => u.requests.length > 0);
  const names = requestsFileNames(
    todo.map((u) => u.unit),
    options.lang ?? 'vi',
  );
  const files: ZipEntry[] = [];
  for (let i = 0; i < todo.length; i++) files.push({ name: names[i], bytes: await requestsWorkbook(todo[i], options) });
  return { bytes: zipStore(files), count: files.length };
}

/**
 * The official results workbook of every finished file (readable or not): the engine's builder
 * (blocks, complete results ranked, units not ranked, tracking, survey table, findings, requests).
 */
export async function rankingWorkbook(
  files: (BatchFileResult & { contentHash?: string | null })[],
  lang: Lang,
  survey: SurveyTableSummary | null = null,
): Promise<Uint8Array> {
  const wb = FileWorkbook.create();
  for (const spec of buildRankingWorkbook({ files, lang, survey })) await wb.writeSheet(spec);
  return workbookBytes(wb);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SaveFile = (bytes: Uint8Array, name: string) => void;

/** Offer the bytes as a download. Nothing leaves the computer: the URL is a local blob. */
/** The download's type from its name: a workbook, a criteria set (.json) or a zip of workbooks. */
export function mimeFor(name: string): string {
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.zip$/i.test(name)) return 'application/zip';
  return XLSX_MIME;
}

export const saveInBrowser: SaveFile = (bytes, name) => {
  const blob = new Blob([bytes as BlobPart], { type: mimeFor(name) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
