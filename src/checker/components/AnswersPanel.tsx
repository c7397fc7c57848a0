/**
 * Round two on the page: the answers a unit sent back, each next to its item (engine:
 * requestsWithAnswers): what was asked, the appraiser's note, the unit's explanation and added
 * evidence, and whether it was answered. State is said in words, not by colour.
 */
import { makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { countStates } from '../../engine/appraisal/answers';
import { formatNumber } from '../../engine/text/format';
import { DataTable } from '../../taskpane/components/DataTable';
import { useCheckerLang } from '../checker-lang';
import type { PairedAnswers } from '../page-model';
import { resultsStrings } from '../results-strings';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 0` },
  text: { margin: `${tokens.spacingVerticalXS} 0` },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  scroll: { overflowX: 'auto' },
  table: { minWidth: '760px' },
  cell: { verticalAlign: 'top', whiteSpace: 'pre-wrap' },
});

export function AnswersPanel({ paired }: { paired: PairedAnswers }) {
  const { lang } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const counts = countStates(paired.answers);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, 2));
  return (
    <section aria-label={r.answersHeading} data-testid="answers">
      <h3 className={styles.heading}>{r.answersHeading}</h3>
      <p className={styles.text}>
        {r.answersFrom(paired.from, paired.reply.deadline)} {r.answersCounts(counts.answered, counts.partial, counts.unanswered, counts.notSent)}
      </p>
      {paired.reply.problems.map((p, i) => (
        <p key={i} className={styles.muted}>
          {p[lang]}
        </p>
      ))}
      <div className={styles.scroll}>
        <DataTable
          caption={r.answersCaption}
          testId="answers-table"
          className={styles.table}
          columns={[
            { label: r.colItem },
            { label: r.colAsked },
            { label: r.colNote },
            { label: r.colExplanation },
            { label: r.colEvidence },
            { label: r.colAnswerState },
          ]}
        >
          {paired.answers.map((a) => (
            <TableRow key={a.item} data-testid="answer-row" data-item={a.item} data-state={a.status}>
              <TableCell className={styles.cell}>
                <strong>{a.item}</strong> {a.title}
                <div className={styles.muted}>
                  {n(a.self)} → {n(a.appraised)} / {n(a.max)}
                </div>
              </TableCell>
              <TableCell className={styles.cell}>{r.askedWord[a.asked]}</TableCell>
              <TableCell className={styles.cell}>{a.note ?? a.reason[lang]}</TableCell>
              <TableCell className={styles.cell} data-col="explanation">
                {a.answer?.explanation ?? '—'}
              </TableCell>
              <TableCell className={styles.cell} data-col="evidence">
                {a.answer?.evidence ?? '—'}
              </TableCell>
              <TableCell className={styles.cell} data-col="state">
                {r.answerState[a.status]}
                {a.settled && <div className={styles.muted}>{r.settled}</div>}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      </div>
    </section>
  );
}
