/**
 * For the appraiser: self-assessed beside appraised per area, the difference per area and in
 * total, and the changed scores that still lack an appraiser note (each selects its cell).
 */
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
import type { CheckResult } from '../../engine/check-result';
import { formatNumber } from '../../engine/text/format';
import { useLang } from '../i18n/context';
import { appraisalView } from '../state/appraisal';
import { FindingButton } from './FindingButton';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  // Numbers never wrap; the area's title takes what is left of the narrow pane.
  table: { tableLayout: 'auto' },
  head: { textAlign: 'right', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

export function AppraiserView({ result, onSelect }: { result: CheckResult; onSelect: (cell: string) => void }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const view = appraisalView(result.scores);
  if (!view) return <p>{t.noAppraisedColumn}</p>;
  const n = (v: number) => formatNumber(v, lang, 2);
  const signed = (v: number) => (v > 0.005 ? '+' : '') + n(v);
  const noNote = result.findings.filter((f) => f.code === 'appraisal.noNote');
  return (
    <section aria-label={t.tabAppraiser}>
      <Table size="small" className={styles.table} aria-label={t.appraiserCaption} data-testid="appraisal-table">
        <caption className={styles.caption}>{t.appraiserCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colArea}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colSelf}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colAppraisedNoSurvey}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colDifference}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.head}>{t.colSurvey}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.rows.map((r) => (
            <TableRow key={r.code} data-area={r.code}>
              <TableCell title={r.title}>{r.code}</TableCell>
              <TableCell className={styles.num}>{n(r.self)}</TableCell>
              <TableCell className={styles.num}>{n(r.appraised)}</TableCell>
              <TableCell className={styles.num}>{signed(r.difference)}</TableCell>
              <TableCell className={styles.num}>{n(r.survey)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total} data-area="total">
            <TableCell>{t.totalRow}</TableCell>
            <TableCell className={styles.num}>{n(view.total.self)}</TableCell>
            <TableCell className={styles.num}>{n(view.total.appraised)}</TableCell>
            <TableCell className={styles.num}>{signed(view.total.difference)}</TableCell>
            <TableCell className={styles.num}>{n(view.total.survey)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <h3 className={styles.heading}>{noNote.length ? t.changesWithoutNote(noNote.length) : t.allChangesHaveNotes}</h3>
      {noNote.length > 0 && (
        <ul className={styles.list} aria-label={t.changesWithoutNote(noNote.length)}>
          {noNote.map((f, i) => (
            <li key={`${f.cell}-${i}`}>
              <FindingButton finding={f} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
