/**
 * The import report and set problems as lines of text in one language, shared by the CLI and
 * the task pane so both say the same thing: what could not be read item by item, the sums that
 * do not add up, and what the set breaks (item code + JSON path).
 */
import type { SetProblem } from '../criteria/set-problem';
import type { Lang } from '../text/lang';
import type { ImportReport } from './import-report';

export interface ReportSection {
  heading: string;
  lines: string[];
}

/** `outcome: false` leaves out the closing line (the task pane words it for its own controls). */
export function importReportSections(report: ImportReport, lang: Lang, options: { outcome?: boolean } = {}): ReportSection[] {
  const vi = lang === 'vi';
  const sections: ReportSection[] = [];
  sections.push({
    heading: vi ? 'Kết quả đọc' : 'What was read',
    lines: [
      vi
        ? `${report.itemCount} tiêu chí (${report.leafCount} tiêu chí không có tiêu chí con), đọc được quy tắc chấm của ${report.rulesRead}.`
        : `${report.itemCount} items (${report.leafCount} without children); a scoring rule was read for ${report.rulesRead}.`,
    ],
  });
  if (report.unreadScoring.length > 0) {
    sections.push({
      heading: vi
        ? 'Cách tính điểm không đọc được (tiêu chí được chấm từ 0 đến điểm tối đa; thêm "scoring" vào tệp .json nếu cần)'
        : 'Scoring text that could not be read (these items take any score from 0 to their max; add "scoring" to the .json if needed)',
      lines: report.unreadScoring.map((u) => {
        const where = u.cell ? ` (${u.cell})` : '';
        return `${u.code}${where}: ${u.unread.map((t) => `"${t}"`).join('; ')}`;
      }),
    });
  }
  if (report.sums.length > 0) {
    sections.push({
      heading: vi ? 'Tổng điểm không khớp' : 'Sums that do not add up',
      lines: report.sums.map((s) => (s.cell ? `${s.cell}: ` : '') + s.message[lang]),
    });
  }
  if (report.notes.length > 0) {
    sections.push({
      heading: vi ? 'Ghi chú' : 'Notes',
      lines: report.notes.map((n) => (n.cell ? `${n.cell}: ` : '') + n.message[lang]),
    });
  }
  // A sum already listed above is the same problem again: say it once.
  const sumCodes = new Set(report.sums.map((s) => s.code));
  const others = report.problems.filter(
    (p) => !((p.path === 'scale' && sumCodes.has(null)) || (p.path.endsWith('.maxPoints') && p.item !== null && sumCodes.has(p.item))),
  );
  if (others.length > 0) {
    sections.push({
      heading: vi ? 'Bộ tiêu chí chưa đúng quy định (criteria-set.md)' : 'The set breaks the format rules (criteria-set.md)',
      lines: setProblemLines(others, lang),
    });
  }
  if (options.outcome !== false) sections.push({ heading: vi ? 'Kết luận' : 'Outcome', lines: [outcomeLine(report, lang)] });
  return sections;
}

export function outcomeLine(report: ImportReport, lang: Lang): string {
  const vi = lang === 'vi';
  if (!report.ok) {
    return vi
      ? 'Chưa tạo bộ tiêu chí: sửa các lỗi trên trong biểu mẫu rồi nhập lại, hoặc dùng --force để lưu bản nháp (draft).'
      : 'No set was created: fix the problems above in the template and import again, or use --force to keep a draft.';
  }
  if (report.draft) {
    return vi
      ? 'Đã tạo bộ tiêu chí dạng bản nháp ("draft": true) dù còn lỗi; sửa các lỗi trước khi dùng để chấm điểm chính thức.'
      : 'The set was kept as a draft ("draft": true) despite the problems; fix them before using it for official scoring.';
  }
  return vi ? 'Đã tạo bộ tiêu chí hợp lệ.' : 'A valid criteria set was created.';
}

/** "items[0].children[2].maxPoints (1.1.3): message" — the message already names the item. */
export function setProblemLines(problems: SetProblem[], lang: Lang): string[] {
  return problems.map((p) => {
    const where = p.line !== undefined ? `${lang === 'vi' ? 'dòng' : 'line'} ${p.line}` : p.path || (lang === 'vi' ? '(cả tệp)' : '(whole file)');
    return `${where}: ${p.message[lang]}`;
  });
}

export function sectionsToText(sections: ReportSection[]): string {
  return sections.map((s) => [s.heading + ':', ...s.lines.map((l) => '  - ' + l)].join('\n')).join('\n\n') + '\n';
}
