/**
 * For the appraiser: self-assessed beside appraised per area, the difference per area and in
 * total, and the changed scores that still lack an appraiser note (each selects its cell).
 */
import { lazy, Suspense } from 'react';
import { Button, makeStyles, Spinner, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { explanationRequests } from '../../engine/appraisal/explanation-requests';
import type { CheckResult } from '../../engine/check-result';
import { formatNumber } from '../../engine/text/format';
import { useLang } from '../i18n/context';
import { appraisalView } from '../state/appraisal';
import { DataTable, NumCell } from './DataTable';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  total: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  text: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

// The returned answers (table, reading an .xlsx): a lazy chunk, not part of the pane's first load.
const ReplyAnswers = lazy(() => import(/* webpackChunkName: "reply-answers" */ './ReplyAnswers'));

export interface AppraiserViewProps {
  result: CheckResult;
  onSelect: (cell: string) => void;
  /** Make the unit's explanation request (a new workbook, or a download). */
  onRequests?: () => void;
  busy?: boolean;
}

export function AppraiserView({ result, onSelect, onRequests, busy = false }: AppraiserViewProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const view = appraisalView(result.scores);
  const requests = explanationRequests(result).length;
  const requestsPart = onRequests && (
    <section aria-labelledby="requests-heading" data-testid="pane-requests">
      <h3 id="requests-heading" className={styles.heading}>
        {t.requestsHeading}
      </h3>
      <p className={styles.text}>{requests > 0 ? t.requestsCount(requests) : t.noRequests}</p>
      {requests > 0 && (
        <Button onClick={onRequests} disabled={busy} data-testid="make-requests">
          {t.requestsButton}
        </Button>
      )}
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        <ReplyAnswers result={result} />
      </Suspense>
    </section>
  );
  if (!view) return <p>{t.noAppraisedColumn}</p>;
  const rounds = result.scores?.rounds ?? null;
  const n = (v: number) => formatNumber(v, lang, 2);
  const signed = (v: number) => (v > 0.005 ? '+' : '') + n(v);
  const noNote = result.findings.filter((f) => f.code === 'appraisal.noNote');
  return (
    <section aria-label={t.tabAppraiser}>
      <DataTable
        caption={t.appraiserCaption}
        testId="appraisal-table"
        columns={[
          { label: t.colArea },
          { label: t.colSelf, numeric: true },
          { label: t.colAppraisedNoSurvey, numeric: true },
          { label: t.colDifference, numeric: true },
          { label: t.colSurvey, numeric: true },
        ]}
      >
        {view.rows.map((r) => (
          <TableRow key={r.code} data-area={r.code}>
            <TableCell title={r.title}>{r.code}</TableCell>
            <NumCell>{n(r.self)}</NumCell>
            <NumCell>{n(r.appraised)}</NumCell>
            <NumCell>{signed(r.difference)}</NumCell>
            <NumCell>{n(r.survey)}</NumCell>
          </TableRow>
        ))}
        <TableRow className={styles.total} data-area="total">
          <TableCell>{t.totalRow}</TableCell>
          <NumCell>{n(view.total.self)}</NumCell>
          <NumCell>{n(view.total.appraised)}</NumCell>
          <NumCell>{signed(view.total.difference)}</NumCell>
          <NumCell>{n(view.total.survey)}</NumCell>
        </TableRow>
      </DataTable>
      {rounds && rounds.round2Items.length > 0 && (
        <DataTable
          caption={t.round2ItemsCaption(rounds.round2Items.length)}
          testId="round2-items"
          columns={[{ label: t.colArea }, { label: t.colRound1, numeric: true }, { label: t.colRound2, numeric: true }]}
        >
          {rounds.round2Items.map((it) => (
            <TableRow key={it.code} data-item={it.code}>
              <TableCell>{it.code}</TableCell>
              <NumCell>{it.round1 === null ? '—' : n(it.round1)}</NumCell>
              <NumCell>{it.notApplicable ? t.notApplicableShort : n(it.round2)}</NumCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {requestsPart}
      <h3 className={styles.heading}>{noNote.length ? t.changesWithoutNote(noNote.length) : t.allChangesHaveNotes}</h3>
      {noNote.length > 0 && (
        <ul className={styles.list} aria-label={t.changesWithoutNote(noNote.length)}>
          {noNote.map((f, i) => (
            <li key={`${f.cell}-${i}`}>
              <FindingItem finding={f} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
