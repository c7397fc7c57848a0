/** Scores per area (max / self / appraised / component index) and the totals, index and classification. */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ScoreResult, TotalScore } from '../../engine/scoring/scores';
import { formatNumber } from '../../engine/text/format';
import { useLang } from '../i18n/context';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  // Numbers never wrap; the area's title takes what is left of the narrow pane.
  table: { tableLayout: 'auto' },
  head: { textAlign: 'right', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  title: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  totals: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
});

export function ScoresTable({ scores }: { scores: ScoreResult }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  const total = (s: TotalScore) => `${n(s.total)} / ${n(s.max)} — ${t.indexLabel} ${n(s.index)}%`;
  return (
    <section aria-label={t.tabScores}>
      <Table size="small" className={styles.table} aria-label={t.scoresCaption} data-testid="scores-table">
        <caption className={styles.caption}>{t.scoresCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colArea}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colMax}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colSelf}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colAppraised}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colIndex}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {scores.areas.map((a) => (
            <TableRow key={a.code} data-area={a.code}>
              <TableCell>
                <strong>{a.code}</strong> <span className={styles.title}>{a.title}</span>
              </TableCell>
              <TableCell className={styles.num}>{n(a.max)}</TableCell>
              <TableCell className={styles.num}>
                {n(a.self)}
                {Math.abs(a.selfMax - a.max) > 1e-9 && <span className={styles.title}> / {n(a.selfMax)}</span>}
              </TableCell>
              <TableCell className={styles.num}>{a.appraised === null ? '—' : n(a.appraised)}</TableCell>
              <TableCell className={styles.num}>{n(a.index)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <dl className={styles.totals} data-testid="score-totals">
        <dt className={styles.dt}>{t.totalSelf}</dt>
        <dd className={styles.dd}>{total(scores.self)}</dd>
        <dt className={styles.dt}>{t.totalFinal}</dt>
        <dd className={styles.dd}>{scores.final ? total(scores.final) : t.notAppraised}</dd>
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
