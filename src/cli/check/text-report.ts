/**
 * The human-readable output of `check`: per file the unit, the set and how it was chosen,
 * a table of areas, the totals and classification, then the findings grouped by severity.
 * Numbers are written the way the chosen language writes them (vi: 88,66; en: 88.66).
 */
import { sealStateText } from '../../engine/seal/seal-state';
import type { CheckResult, SetChoice } from '../../engine/check-result';
import type { Severity } from '../../engine/findings/finding';
import type { Lang } from '../../engine/text/lang';
import type { TotalScore } from '../../engine/scoring/scores';
import { formatNumber } from '../../engine/text/format';
import type { FileCheck } from './file-check';
import { checkedSheet, type Report, type ReportFile } from './json-report';
import { answersTextLines, replyTextLines } from './requests-reply';
import { roundsTextLines } from './rounds-report';
import { pointsBreakdown } from '../../engine/results/breakdown';
import { STATUS_LABEL, type SheetStatus } from '../../engine/results/status';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';

const STATUS_VI = Object.fromEntries(Object.entries(STATUS_LABEL).map(([k, v]) => [k, v.vi])) as Record<SheetStatus, string>;
const STATUS_EN = Object.fromEntries(Object.entries(STATUS_LABEL).map(([k, v]) => [k, v.en])) as Record<SheetStatus, string>;

const labels = {
  vi: {
    sheet: 'Sheet', unit: 'Đơn vị', set: 'Bộ tiêu chí', noSet: 'không xác định được bộ tiêu chí',
    how: {
      forced: 'do người dùng chỉ định (--criteria)',
      declared: 'theo khai báo trên biểu',
      matched: 'nhận theo nội dung biểu',
      settings: 'theo cài đặt lưu trong tệp',
    } as Record<SetChoice['how'], string>,
    fit: 'khớp',
    head: ['Mã', 'Lĩnh vực', 'Tối đa', 'Tự ĐG', 'Thẩm định', 'Chỉ số %'],
    headAppraised: ['Mã', 'Lĩnh vực', 'Tối đa', 'Tự ĐG/tối đa', 'Thẩm định', 'Chênh lệch', 'XHH', 'Chỉ số %'],
    status: 'Tình trạng', rank: 'xếp hạng', notRanked: 'chưa xếp hạng', duplicate: 'Trùng',
    fromTable: (source: string, row: number) => `Điểm điều tra XHH lấy từ bảng ${source} (dòng ${row}):`,
    notUsed: 'Không dùng:',
    surveyHead: (source: string) => `Bảng điểm điều tra XHH ${source}:`,
    noWorkbook: (units: string) => `  Đơn vị trong bảng nhưng không có biểu: ${units}`,
    noRow: (files: string) => `  Biểu không có dòng trong bảng: ${files}`,
    allMatched: '  Mọi đơn vị trong bảng đều có biểu và mọi biểu đều có dòng trong bảng.',
    statusWord: STATUS_VI,
    selfTotal: 'Tổng tự đánh giá', finalTotal: 'Tổng sau thẩm định', notAppraised: 'chưa có điểm thẩm định',
    index: 'chỉ số', classification: 'Xếp loại', onFinal: 'theo điểm thẩm định', onSelf: 'theo điểm tự đánh giá',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' } as Record<Severity, string>,
    none: 'Không có lỗi hay cảnh báo.', wholeSheet: '(cả sheet)', unreadable: 'Không kiểm tra được tệp',
    copy: (file: string, cells: number) => `Bản sao đã đánh dấu: ${file} (${cells} ô được đánh dấu)`,
    requests: (file: string, n?: { requests: number; stockNotes: number }) =>
      `Đề nghị giải trình gửi đơn vị: ${file}` +
      (n ? ` (${n.requests} đề nghị${n.stockNotes > 0 ? `; ${n.stockNotes} đề nghị chưa có ý kiến thẩm định, đang dùng lời của phần mềm kiểm tra` : ''})` : ''),
    summary: (files: number, unreadable: number, errors: number, warnings: number) =>
      `Đã kiểm tra ${files} tệp: ${unreadable} không đọc được, ${errors} lỗi, ${warnings} cảnh báo.`,
  },
  en: {
    sheet: 'Sheet', unit: 'Unit', set: 'Criteria set', noSet: 'no criteria set could be determined',
    how: {
      forced: 'chosen by the user (--criteria)',
      declared: 'as declared on the sheet',
      matched: 'recognised from the sheet contents',
      settings: 'from the settings saved in the file',
    } as Record<SetChoice['how'], string>,
    fit: 'fit',
    head: ['Code', 'Area', 'Max', 'Self', 'Appraised', 'Index %'],
    headAppraised: ['Code', 'Area', 'Max', 'Self/max', 'Appraised', 'Change', 'Survey', 'Index %'],
    status: 'Status', rank: 'rank', notRanked: 'not ranked', duplicate: 'Duplicate',
    fromTable: (source: string, row: number) => `Survey points from the table ${source} (row ${row}):`,
    notUsed: 'Not used:',
    surveyHead: (source: string) => `Survey table ${source}:`,
    noWorkbook: (units: string) => `  Units in the table with no workbook: ${units}`,
    noRow: (files: string) => `  Workbooks with no row in the table: ${files}`,
    allMatched: '  Every unit of the table has a workbook and every workbook has a row.',
    statusWord: STATUS_EN,
    selfTotal: 'Self-assessed total', finalTotal: 'Appraised total', notAppraised: 'not appraised yet',
    index: 'index', classification: 'Classification', onFinal: 'on the appraised score', onSelf: 'on the self-assessed score',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' } as Record<Severity, string>,
    none: 'No errors or warnings.', wholeSheet: '(whole sheet)', unreadable: 'Cannot check this file',
    copy: (file: string, cells: number) => `Flagged copy: ${file} (${cells} cells marked)`,
    requests: (file: string, n?: { requests: number; stockNotes: number }) =>
      `Explanation requests for the unit: ${file}` +
      (n ? ` (${n.requests} requests${n.stockNotes > 0 ? `; ${n.stockNotes} without an appraiser's note carry the checker's text` : ''})` : ''),
    summary: (files: number, unreadable: number, errors: number, warnings: number) =>
      `Checked ${files} files: ${unreadable} unreadable, ${errors} errors, ${warnings} warnings.`,
  },
};

const TITLE_WIDTH = 42;

function truncate(s: string, width: number): string {
  const chars = [...s.normalize('NFC')];
  return chars.length <= width ? s.normalize('NFC') : chars.slice(0, width - 1).join('') + '…';
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - [...s].length)) + s;

function table(rows: string[][], rightAligned: boolean[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows.map((r) => r.map((cell, c) => (rightAligned[c] ? padStart(cell, widths[c]) : pad(cell, widths[c]))).join('  ').trimEnd());
}

function totalLine(label: string, t: TotalScore, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  return `${label}: ${n(t.total)} / ${n(t.max)} — ${labels[lang].index} ${n(t.index)}%`;
}

function resultLines(result: CheckResult, lang: Lang): string[] {
  const L = labels[lang];
  const n = (x: number) => formatNumber(x, lang);
  const out: string[] = [];
  const sheet = checkedSheet(result);
  if (sheet) out.push(`${L.sheet}: ${sheet}`);
  if (result.unit) out.push(`${L.unit}: ${result.unit}`);
  if (result.set) {
    const choice = result.setChoice;
    const fit = choice?.candidates.find((c) => c.id === result.set?.id && c.version === result.set?.version)?.fit;
    const how = choice ? ` — ${L.how[choice.how]}${choice.how === 'matched' && fit !== undefined ? ` (${L.fit} ${n(fit * 100)}%)` : ''}` : '';
    out.push(`${L.set}: ${result.set.id} (${result.set.version})${how}`);
  } else if (result.parsed) {
    out.push(`${L.set}: ${L.noSet}`);
  }
  const s = result.scores;
  if (s) {
    // Not appraised yet: the max and the index are the self-assessment's (survey points left out).
    const appraised = s.final !== null;
    // Appraised: the self score next to its max, the appraiser's change over scored items
    // ("Chênh lệch"), survey points in their own column.
    const parts = new Map(pointsBreakdown(s).areas.map((a) => [a.code, a]));
    const head = appraised ? L.headAppraised : [L.head[0], L.head[1], L.head[2], L.head[3], L.head[5]];
    const opt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : n(x));
    const rows = [head, ...s.areas.map((a) => {
      const p = parts.get(a.code);
      return appraised
        ? [a.code, truncate(a.title, TITLE_WIDTH), n(a.max), `${n(a.self)}/${n(a.selfMax)}`, opt(p?.appraised), opt(p?.difference), opt(p?.survey), n(a.index)]
        : [a.code, truncate(a.title, TITLE_WIDTH), n(a.selfMax), n(a.self), n(a.selfIndex)];
    })];
    out.push('', ...table(rows, head.map((_, i) => i >= 2)), '');
    out.push(totalLine(L.selfTotal, s.self, lang));
    out.push(s.final ? totalLine(L.finalTotal, s.final, lang) : `${L.finalTotal}: ${L.notAppraised}`);
    out.push(...roundsTextLines(result, lang));
    if (s.classification) {
      const on = s.classifiedOn === 'final' ? L.onFinal : s.classifiedOn === 'self' ? L.onSelf : '';
      out.push(`${L.classification}: ${s.classification}${on ? ` (${on})` : ''}`);
    }
  }
  if (result.survey && (result.survey.used.length || result.survey.notUsed.length)) {
    out.push('', L.fromTable(result.survey.source, result.survey.row));
    if (result.survey.used.length) out.push('  ' + result.survey.used.map((u) => `${u.item}: ${n(u.points)}${u.area ? ` (LV ${u.area})` : ''}`).join('; '));
    for (const x of result.survey.notUsed) out.push(`  ${L.notUsed} ${x.reason[lang]}`);
  }
  out.push('');
  const shown = result.findings;
  if (!shown.some((f) => f.severity !== 'info')) out.push(L.none);
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    const list = shown.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(`${L.severity[severity]} (${list.length}):`);
    for (const f of list) {
      const where = [f.cell ?? L.wholeSheet, f.item ?? ''].filter(Boolean).join('  ');
      out.push(`  ${pad(where, 16)} ${f.message[lang]} [${f.code}]`);
    }
  }
  return out;
}

export function formatFileText(check: FileCheck, lang: Lang, report?: ReportFile): string {
  const L = labels[lang];
  const lines = [`== ${check.file} ==`];
  if (check.reply) lines.push(...replyTextLines(check, lang));
  else if (!check.result) lines.push(`${L.unreadable}: ${check.error ?? ''}`);
  else lines.push(...resultLines(check.result, lang), ...answersTextLines(check, lang));
  if (report && check.result && !check.reply) {
    const rank = report.rank !== null ? `${L.rank} ${report.rank}` : L.notRanked;
    lines.push(`${L.status}: ${L.statusWord[report.status]} (${rank})`);
    if (report.statusDetail) lines.push(`  ${report.statusDetail}`);
    if (report.duplicates.length) lines.push(`${L.duplicate}: ${report.duplicates.map((d) => d.fileName).join(', ')}`);
  }
  if (check.seal && check.seal.status !== 'none') lines.push(`${lang === 'vi' ? 'Dấu chốt' : 'Seal'}: ${sealStateText(check.seal, lang)}`);
  if (check.annotatedCopy) lines.push(labels[lang].copy(check.annotatedCopy, check.annotatedCells ?? 0));
  if (check.requestsWorkbook) lines.push(labels[lang].requests(check.requestsWorkbook, check.requestsCount));
  return lines.join('\n') + '\n';
}

export function formatSummaryText(report: Pick<Report, 'summary'>, lang: Lang): string {
  const s = report.summary;
  return labels[lang].summary(s.files, s.unreadable, s.errors, s.warnings) + '\n';
}

/** With --survey: the table's units with no workbook and the workbooks with no row. */
export function formatSurveyText(survey: SurveyTableSummary, _checks: FileCheck[], lang: Lang): string {
  const L = labels[lang];
  const out = [L.surveyHead(survey.source)];
  if (survey.rowsWithoutWorkbook.length) out.push(L.noWorkbook(survey.rowsWithoutWorkbook.map((r) => `${r.unit} (${lang === 'vi' ? 'dòng' : 'row'} ${r.row})`).join('; ')));
  if (survey.filesWithoutRow.length) out.push(L.noRow(survey.filesWithoutRow.map((f) => `${f.fileName} (${f.unit})`).join('; ')));
  if (!survey.rowsWithoutWorkbook.length && !survey.filesWithoutRow.length) out.push(L.allMatched);
  for (const p of survey.problems) out.push(`  ${p.message[lang]}`);
  return out.join('\n') + '\n';
}
