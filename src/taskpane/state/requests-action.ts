/**
 * "Tạo phiếu đề nghị giải trình" in the pane: the open unit's request workbook (engine:
 * buildRequestsWorkbook, the same file the CLI and the checking page make), opened as a NEW
 * workbook where Excel can (Excel.createWorkbook, ExcelApi 1.8), else downloaded.
 *
 * Why a new workbook and not a sheet in the open one: the request is a document sent to the unit
 * and read back by its very hidden mark sheet; put inside the unit's own scoresheet workbook it
 * would be sent with the scoresheet and the mark would make the scoresheet look like a reply.
 * The .xlsx is built with ExcelJS, loaded only on this click (a lazy chunk), so the pane's first
 * load does not grow.
 */
import { explanationRequests } from '../../engine/appraisal/explanation-requests';
import type { CheckResult } from '../../engine/check-result';
import type { Lang } from '../../engine/text/lang';
import type { WorkbookPort } from '../../workbook/port';
import { both } from '../i18n/lang';
import type { Notice } from './notice';

/** A download in the page's way (tests pass a capture). */
export type SaveBytes = (bytes: Uint8Array, name: string) => void;

export async function makeRequests(port: WorkbookPort, result: CheckResult, lang: Lang, save?: SaveBytes): Promise<Notice> {
  const n = explanationRequests(result).length;
  if (n === 0) return { intent: 'info', text: both((s) => s.noRequests) };
  try {
    // The workbook builder and ExcelJS: one lazy chunk, loaded on this click only.
    const [downloads, { unitRequests }, { requestsFileNames }] = await Promise.all([
      import(/* webpackChunkName: "requests-workbook" */ '../../checker/downloads'),
      import(/* webpackChunkName: "requests-workbook" */ '../../engine/appraisal/requests-workbook'),
      import(/* webpackChunkName: "requests-workbook" */ '../../engine/appraisal/requests-file-names'),
    ]);
    const unit = unitRequests(result, null);
    const bytes = await downloads.requestsWorkbook(unit, { lang });
    const [name] = requestsFileNames([unit.unit], lang);
    if (port.openNewWorkbook && (await port.openNewWorkbook(bytes))) {
      return { intent: 'success', text: both((s) => s.requestsOpened(unit.unit, n, name)) };
    }
    (save ?? downloads.saveInBrowser)(bytes, name);
    return { intent: 'success', text: both((s) => s.requestsDownloaded(unit.unit, n, name)) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { intent: 'error', text: both((s) => s.requestsFailed(detail)) };
  }
}
