/** Scores per area (max / self / appraised / component index) and the totals, index and classification. */
import { makeStyles, mergeClasses, TableBody, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { ScoreResult, TotalScore } from '../../engine/scoring/scores';
import { formatNumber } from '../../engine/text/format';
import { useLang } from '../i18n/context';
import { DataTable, NumCell } from './DataTable';

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Each area is a row group: its whole title on a line of its own (wrapping in a narrow pane)
  // over its figures, so a 320 px pane shows the titles in full instead of "Công tá…" and the
  // four figure columns share the whole width.
  areaHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: 0,
    // The title and its figures read as one block: no rule between them.
    borderBottomStyle: 'none',
  },
  areaTitleRow: { borderBottomStyle: 'none' },
  // An area's two rows light up together under the pointer (a row's own hover would split them).
  group: { ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover } },
  groupRow: { ':hover': { backgroundColor: 'transparent' }, ':active': { backgroundColor: 'transparent' } },
  totals: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  keep: { whiteSpace: 'nowrap' },
});

export function ScoresTable({ scores }: { scores: ScoreResult }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  // Phrases that must not break inside in a narrow pane ("59,99 / 68,50", "Chỉ số 87,58%").
  const keep = (text: string) => <span className={styles.keep}>{text}</span>;
  const total = (s: TotalScore) => (
    <>
      {keep(`${n(s.total)} / ${n(s.max)}`)} — {keep(`${t.indexLabel} ${n(s.index)}%`)}
    </>
  );
  // The self total is out of the self max (survey points left out): say so next to it.
  const selfTotal = (s: TotalScore) => (
    <>
      {keep(`${n(s.total)} / ${n(s.max)}`)} ({keep(t.selfMaxShort)}) — {keep(`${t.indexLabel} ${n(s.index)}%`)}
    </>
  );
  const rounds = scores.rounds ?? null;
  return (
    <section aria-label={t.tabScores}>
      <DataTable
        caption={t.scoresCaption}
        testId="scores-table"
        groups
        columns={[
          { label: t.colMax, numeric: true },
          { label: t.colSelf, numeric: true },
          { label: t.colAppraised, numeric: true },
          { label: t.colIndex, numeric: true },
        ]}
      >
        {scores.areas.map((a) => (
          <TableBody key={a.code} className={styles.group}>
            <TableRow className={mergeClasses(styles.groupRow, styles.areaTitleRow)}>
              {/* The group's header: a screen reader names every figure below by its area. */}
              <TableHeaderCell scope="rowgroup" colSpan={4} className={styles.areaHead} data-testid="area-title">
                <span>
                  <strong>{a.code}.</strong> <span className={styles.title}>{a.title}</span>
                </span>
              </TableHeaderCell>
            </TableRow>
            <TableRow className={styles.groupRow} data-area={a.code}>
              <NumCell>{n(a.max)}</NumCell>
              <NumCell>
                {/* A survey-only area is not self-scored: nothing to show rather than "0 / 0". */}
                {a.selfMax <= 0 ? '—' : n(a.self)}
                {a.selfMax > 0 && Math.abs(a.selfMax - a.max) > 1e-9 && <span className={styles.title}> / {n(a.selfMax)}</span>}
              </NumCell>
              <NumCell>{a.appraised === null ? '—' : n(a.appraised)}</NumCell>
              <NumCell>{n(a.index)}</NumCell>
            </TableRow>
          </TableBody>
        ))}
      </DataTable>
      <dl className={styles.totals} data-testid="score-totals">
        <dt className={styles.dt}>{t.totalSelf}</dt>
        <dd className={styles.dd} data-testid="self-total">
          {selfTotal(scores.self)}
        </dd>
        {rounds?.round1 && rounds.round2 && (
          <>
            <dt className={styles.dt}>{t.round1Total}</dt>
            <dd className={styles.dd} data-testid="round1-total">
              {total(rounds.round1.total)}
            </dd>
            <dt className={styles.dt}>{t.round2Total}</dt>
            <dd className={styles.dd} data-testid="round2-total">
              {total(rounds.round2.total)}
            </dd>
          </>
        )}
        <dt className={styles.dt}>{t.totalFinal}</dt>
        <dd className={styles.dd}>
          {scores.final ? total(scores.final) : t.notAppraised}
          {scores.final && rounds?.finalFrom && rounds.round2 && <span className={styles.title}> ({t.finalFrom[rounds.finalFrom]})</span>}
        </dd>
        {scores.classification !== null && (
          <>
            <dt className={styles.dt}>{t.classification}</dt>
            <dd className={styles.dd}>
              {scores.classification}
              {scores.classifiedOn ? ` (${t.classifiedOn[scores.classifiedOn]})` : ''}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
