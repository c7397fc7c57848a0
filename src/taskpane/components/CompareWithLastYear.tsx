/**
 * "So sánh với năm trước": the user picks last year's scoresheet from disk; it is read with the
 * file adapter's fast reader (loaded on demand, out of the pane's first bundle), checked with its
 * own year's set (declared or best fit among the loaded sets) and compared with this year's
 * checked sheet (engine/compare). Shows both totals and the change, the areas (points and
 * index), and the items that fell most. Self-contained: its own words in both languages, so it
 * can sit in the pane and on the checking page alike.
 */
import { useState } from 'react';
import { MessageBar, MessageBarBody, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Lang } from '../../engine/text/lang';
import { checkAllScoresheets } from '../../engine/check';
import { biggestFalls, compareYears, type CompareResult } from '../../engine/compare/compare';
import { arrow, signed } from '../../engine/compare/compare-text';
import { formatScore } from '../../engine/text/format';
import { readFileBytes } from '../read-file';
import { DataTable, NumCell } from './DataTable';
import { FilePickButton } from './FilePickButton';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  total: { fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1 },
  up: { color: tokens.colorPaletteGreenForeground1 },
});

const words = {
  vi: {
    button: 'So sánh với năm trước',
    reading: 'Đang đọc biểu năm trước…',
    years: (prev: string, cur: string) => `Năm trước (${prev}) → năm nay (${cur})`,
    total: (p: string, c: string, d: string, i: string) => `Tổng điểm ${p} → ${c} (${d} điểm); chỉ số ${i}`,
    areas: 'Theo lĩnh vực',
    cols: ['Lĩnh vực', 'Năm trước', 'Năm nay', 'Chênh lệch', 'Chỉ số %'],
    falls: 'Tiêu chí giảm nhiều nhất',
    fallCols: ['Tiêu chí', 'Năm trước', 'Năm nay', 'Chênh lệch'],
    noFalls: 'Không có tiêu chí nào giảm điểm so với năm trước.',
    paired: (n: number, t: number, a: number, d: number) => `${n} tiêu chí ghép được (${t} ghép theo tên vì đã đổi mã); ${a} tiêu chí mới, ${d} tiêu chí bỏ.`,
    notChecked: 'Hãy kiểm tra biểu năm nay trước khi so sánh.',
    noSheet: (f: string) => `Không tìm thấy biểu chấm điểm đã chấm được trong tệp "${f}". Đề nghị chọn đúng biểu năm trước, hoặc nạp bộ tiêu chí của năm trước ở thẻ "Bộ tiêu chí".`,
    unreadable: (f: string, why: string) => `Không đọc được tệp "${f}" (${why}). Mở tệp bằng Excel, lưu lại thành .xlsx rồi chọn lại.`,
  },
  en: {
    button: 'Compare with last year',
    reading: "Reading last year's sheet…",
    years: (prev: string, cur: string) => `Last year (${prev}) → this year (${cur})`,
    total: (p: string, c: string, d: string, i: string) => `Total ${p} → ${c} (${d} points); index ${i}`,
    areas: 'By area',
    cols: ['Area', 'Previous', 'Current', 'Change', 'Index %'],
    falls: 'Items that fell most',
    fallCols: ['Item', 'Previous', 'Current', 'Change'],
    noFalls: 'No item lost points against last year.',
    paired: (n: number, t: number, a: number, d: number) => `${n} items paired (${t} by title, their code changed); ${a} new, ${d} dropped.`,
    notChecked: "Check this year's sheet before comparing.",
    noSheet: (f: string) => `No scoresheet that could be scored was found in "${f}". Choose last year's sheet, or load last year's criteria set on the "Criteria sets" tab.`,
    unreadable: (f: string, why: string) => `Cannot read "${f}" (${why}). Open it in Excel, save it as .xlsx and choose it again.`,
  },
};

export interface CompareWithLastYearProps {
  /** This year's checked scoresheet. */
  result: CheckResult | null;
  /** The sets to score last year's sheet with (bundled and loaded). */
  sets: CriteriaSet[];
  lang: Lang;
  /** The name shown for this year's workbook. */
  currentName?: string;
}

/** Last year's bytes → the comparison, or the reason there is none. */
export async function compareWithFile(
  bytes: Uint8Array,
  fileName: string,
  current: CheckResult,
  sets: CriteriaSet[],
  lang: Lang = 'vi',
): Promise<{ ok: true; result: CompareResult } | { ok: false; why: 'noSheet' | 'unreadable'; detail?: string }> {
  let grids;
  try {
    // The file adapter's browser path (ExcelJS after prepare-package.ts): the fast reader needs
    // Node's zlib and cannot go into the pane's bundle.
    const { openWorkbook } = await import(/* webpackChunkName: "last-year" */ '../../file/open-workbook');
    const { isInternalSheet } = await import(/* webpackChunkName: "last-year" */ '../../file/internal-sheets');
    const opened = await openWorkbook(bytes);
    if (!opened.ok) return { ok: false, why: 'unreadable', detail: opened.problem[lang] };
    const sheets = (await opened.workbook.listSheets()).filter((s) => s.visible && !isInternalSheet(s.name));
    grids = [];
    for (const s of sheets) grids.push(await opened.workbook.readGrid(s.name));
  } catch (e) {
    return { ok: false, why: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  const previous = checkAllScoresheets(grids, { sets, surface: 'pane' }).find((r) => r.set && r.scores);
  if (!previous?.set || !previous.scores || !current.set || !current.scores) return { ok: false, why: 'noSheet' };
  return {
    ok: true,
    result: compareYears(
      { file: fileName, unit: previous.unit, set: previous.set, scores: previous.scores },
      { file: current.sheetName, unit: current.unit, set: current.set, scores: current.scores },
    ),
  };
}

export function CompareWithLastYear({ result, sets, lang }: CompareWithLastYearProps) {
  const styles = useStyles();
  const w = words[lang];
  const [busy, setBusy] = useState(false);
  const [compared, setCompared] = useState<CompareResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const n = (x: number) => formatScore(x, lang);
  const tone = (x: number) => (x < 0 ? styles.down : x > 0 ? styles.up : undefined);

  const choose = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setError(null);
    if (!result?.scores) {
      setError(w.notChecked);
      return;
    }
    setBusy(true);
    try {
      const out = await compareWithFile(await readFileBytes(file), file.name, result, sets, lang);
      if (out.ok) setCompared(out.result);
      else setError(out.why === 'noSheet' ? w.noSheet(file.name) : w.unreadable(file.name, out.detail ?? ''));
    } catch (e) {
      setError(w.unreadable(file.name, e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const falls = compared ? biggestFalls(compared) : [];
  return (
    <div className={styles.box} data-testid="compare-last-year">
      <FilePickButton
        label={busy ? w.reading : w.button}
        accept=".xlsx,.xlsm"
        disabled={busy || !result?.scores}
        onFiles={(f) => void choose(f)}
        buttonTestId="compare-button"
        inputTestId="compare-input"
      />
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="compare-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {compared && (
        <>
          <div>{w.years(`${compared.previous.set.id} ${compared.previous.set.version}`, `${compared.current.set.id} ${compared.current.set.version}`)}</div>
          <div className={styles.total} data-testid="compare-total">
            {w.total(n(compared.previous.total), n(compared.current.total), signed(compared.change.total, lang), `${n(compared.previous.index)}% → ${n(compared.current.index)}% (${signed(compared.change.index, lang)} ${arrow(compared.change.index)})`)}
          </div>
          <DataTable caption={w.areas} columns={w.cols.map((label, i) => ({ label, numeric: i > 0 }))} testId="compare-areas">
            {compared.areas.map((a) => (
              <TableRow key={a.code}>
                <TableCell>{a.previousCode === a.code ? a.code : `${a.code} ← ${a.previousCode}`} {a.title}</TableCell>
                <NumCell>{n(a.previous)}</NumCell>
                <NumCell>{n(a.current)}</NumCell>
                <NumCell className={tone(a.change)}>{signed(a.change, lang)}</NumCell>
                <NumCell className={tone(a.indexChange)}>{`${signed(a.indexChange, lang)} ${arrow(a.indexChange)}`}</NumCell>
              </TableRow>
            ))}
          </DataTable>
          {falls.length === 0 ? (
            <p>{w.noFalls}</p>
          ) : (
            <DataTable caption={w.falls} columns={w.fallCols.map((label, i) => ({ label, numeric: i > 0 }))} testId="compare-falls">
              {falls.map((i) => (
                <TableRow key={i.code}>
                  <TableCell>{i.previousCode === i.code ? i.code : `${i.code} ← ${i.previousCode}`} {i.title}</TableCell>
                  <NumCell>{n(i.previous)}</NumCell>
                  <NumCell>{n(i.current)}</NumCell>
                  <NumCell className={tone(i.change)}>{signed(i.change, lang)}</NumCell>
                </TableRow>
              ))}
            </DataTable>
          )}
          <p>{w.paired(compared.items.length, compared.items.filter((i) => i.match === 'title').length, compared.added.length, compared.dropped.length)}</p>
        </>
      )}
    </div>
  );
}
