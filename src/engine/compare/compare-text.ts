/**
 * The year-on-year comparison as plain text (command line), in one language: both years'
 * totals, the change in points and in index, a table of areas, the items that fell most, every
 * paired item, then new and dropped items.
 */
import { formatScore } from '../text/format';
import type { Lang } from '../text/lang';
import { biggestFalls, type CompareResult, type CompareSide } from './compare';

/** "+2", "-0,5", "0" with an arrow: ↑ up, ↓ down, = same. */
export function signed(n: number, lang: Lang): string {
  const s = formatScore(Math.abs(n), lang);
  return n > 0 ? `+${s}` : n < 0 ? `-${s}` : '0';
}

export function arrow(n: number): string {
  return n > 0 ? '↑' : n < 0 ? '↓' : '=';
}

function cut(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function padLeft(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

const T = {
  vi: {
    title: 'SO SÁNH VỚI NĂM TRƯỚC',
    previous: 'Năm trước',
    current: 'Năm nay',
    set: 'bộ',
    final: 'điểm thẩm định',
    self: 'điểm tự đánh giá',
    points: 'điểm',
    index: 'chỉ số',
    total: 'Tổng',
    areas: 'Lĩnh vực',
    cols: ['Năm trước', 'Năm nay', 'Chênh lệch', 'Chỉ số (%)'],
    falls: 'Tiêu chí giảm nhiều nhất',
    items: 'Từng tiêu chí (mã năm nay; "← mã" khi năm trước mang mã khác)',
    byTitle: 'ghép theo tên',
    renamed: 'cùng mã, đổi tên',
    added: 'Tiêu chí mới năm nay',
    dropped: 'Tiêu chí năm trước không còn đánh giá',
    max: 'tối đa',
    none: 'không có',
    basisNote: 'Lưu ý: một năm dùng điểm thẩm định, năm kia dùng điểm tự đánh giá.',
  },
  en: {
    title: 'YEAR ON YEAR',
    previous: 'Previous',
    current: 'Current',
    set: 'set',
    final: 'appraised',
    self: 'self-assessed',
    points: 'points',
    index: 'index',
    total: 'Total',
    areas: 'Areas',
    cols: ['Previous', 'Current', 'Change', 'Index (%)'],
    falls: 'Items that fell most',
    items: 'Every item (this year\'s code; "← code" when last year\'s differs)',
    byTitle: 'paired by title',
    renamed: 'same code, renamed',
    added: 'New this year',
    dropped: "Last year's items no longer assessed",
    max: 'max',
    none: 'none',
    basisNote: 'Note: one year counts appraised scores, the other self-assessed ones.',
  },
};

export function compareText(r: CompareResult, lang: Lang): string {
  const t = T[lang];
  const n = (x: number) => formatScore(x, lang);
  const sideLine = (label: string, s: CompareSide) =>
    `${pad(label + ':', Math.max(t.previous.length, t.current.length) + 2)}${s.file} · ${t.set} ${s.set.id} (${s.set.version}) · ${s.basis === 'final' ? t.final : t.self}: ${n(s.total)}/${n(s.max)} ${t.points}, ${t.index} ${n(s.index)}%`;
  const unit = r.current.unit ?? r.previous.unit;
  const out: string[] = [unit ? `${t.title} — ${unit}` : t.title, sideLine(t.previous, r.previous), sideLine(t.current, r.current)];
  out.push(`${t.total}: ${signed(r.change.total, lang)} ${t.points}; ${t.index} ${signed(r.change.index, lang)} ${arrow(r.change.index)}`);
  if (r.previous.basis !== r.current.basis) out.push(t.basisNote);

  out.push('', `${pad(t.areas, 44)}${t.cols.map((c) => padLeft(c, 12)).join('')}`);
  for (const a of r.areas) {
    const code = a.previousCode === a.code ? a.code : `${a.code} ← ${a.previousCode}`;
    out.push(
      pad(`${code}  ${cut(a.title, 36)}`, 44) +
        padLeft(n(a.previous), 12) +
        padLeft(n(a.current), 12) +
        padLeft(signed(a.change, lang), 12) +
        `   ${n(a.previousIndex)} → ${n(a.currentIndex)} (${signed(a.indexChange, lang)} ${arrow(a.indexChange)})`,
    );
  }

  const falls = biggestFalls(r);
  out.push('', `${t.falls}:${falls.length ? '' : ' ' + t.none}`);
  for (const i of falls) out.push(`  ${i.code}  ${cut(i.title, 60)}: ${n(i.previous)} → ${n(i.current)} (${signed(i.change, lang)})`);

  out.push('', `${t.items}:`);
  for (const i of r.items) {
    const how = i.match === 'title' ? ` (${t.byTitle})` : i.renamed ? ` (${t.renamed})` : '';
    const code = i.previousCode === i.code ? i.code : `${i.code} ← ${i.previousCode}`;
    const max = i.previousMax !== i.currentMax ? `  [${t.max} ${n(i.previousMax)} → ${n(i.currentMax)}]` : '';
    out.push(`  ${pad(code + how, 28)} ${pad(cut(i.title, 50), 50)} ${padLeft(n(i.previous), 6)} → ${padLeft(n(i.current), 6)}  ${padLeft(signed(i.change, lang), 6)} ${arrow(i.change)}${max}`);
  }
  out.push('', `${t.added}:${r.added.length ? '' : ' ' + t.none}`);
  for (const i of r.added) out.push(`  ${i.code}  ${cut(i.title, 60)} (${t.max} ${n(i.max)}; ${n(i.points)} ${t.points})`);
  out.push('', `${t.dropped}:${r.dropped.length ? '' : ' ' + t.none}`);
  for (const i of r.dropped) out.push(`  ${i.code}  ${cut(i.title, 60)} (${t.max} ${n(i.max)}; ${n(i.points)} ${t.points})`);
  return out.join('\n');
}
