/**
 * One file: for each unit scoresheet in it, what was read (unit, sheet, criteria set and how it
 * was chosen), its season status and what is missing, its scores (self with its own max), the
 * survey points taken from the table, the unit's returned answers next to its requests, the
 * unit's explanation request to download, and the findings; the flagged copy of the file. For a
 * returned requests workbook: whose it is and which scoresheet it was paired with. For a file
 * that could not be checked: the reason and what to do.
 */
import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { countStates } from '../../engine/appraisal/answers';
import { explanationRequests } from '../../engine/appraisal/explanation-requests';
import type { CheckResult } from '../../engine/check-result';
import { STATUS_LABEL } from '../../engine/results/status';
import { FindingsPanel } from '../../taskpane/components/FindingsPanel';
import { ScoresTable } from '../../taskpane/components/ScoresTable';
import { useCheckerLang } from '../checker-lang';
import { flagCount } from '../downloads';
import { flaggedFileName, type FileEntry } from '../file-entries';
import type { Pairing, SheetCheck } from '../page-model';
import { resultsStrings } from '../results-strings';
import { AnswersPanel } from './AnswersPanel';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  name: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, wordBreak: 'break-all' },
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  sheetName: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  facts: {
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FileCardProps {
  entry: FileEntry;
  checks: SheetCheck[];
  pairing: Pairing;
  busy: boolean;
  onFlagged: (entry: FileEntry) => void;
  onRequests: (entry: FileEntry, result: CheckResult) => void;
  onRemove: (id: number) => void;
}

export function FileCard({ entry, checks, pairing, busy, onFlagged, onRequests, onRemove }: FileCardProps) {
  const { lang, t, c } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const headingId = `file-${entry.id}`;
  const flags = checks.reduce((sum, s) => sum + flagCount(s.result, lang), 0);
  const reply = entry.reply;
  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="file-card" data-file={entry.name} data-status={entry.status}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.name}>
          {entry.name}
        </h2>
        <Button appearance="subtle" size="small" onClick={() => onRemove(entry.id)} aria-label={c.remove(entry.name)}>
          ✕
        </Button>
      </div>
      {entry.status === 'reading' && <Spinner size="small" labelPosition="after" label={c.statusReading} />}
      {entry.status === 'failed' && entry.problem && (
        <MessageBar intent="error" layout="multiline" data-testid="file-problem">
          <MessageBarBody>
            <MessageBarTitle>{c.cannotCheck}</MessageBarTitle>
            {entry.problem[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {entry.status === 'checked' && reply && (
        <ul className={styles.facts} data-testid="reply">
          <li>
            <strong>{c.replyOf}:</strong> {reply.unit}
          </li>
          <li>{r.answersCounts(reply.counts.answered, reply.counts.partial, reply.counts.unanswered, 0)}</li>
          <li data-testid="reply-paired">
            {pairing.pairedWith.get(entry.id) ? c.replyPaired(pairing.pairedWith.get(entry.id)!) : c.replyUnpaired(reply.file)}
          </li>
        </ul>
      )}
      {entry.status === 'checked' &&
        checks.map((s) => {
          const res = s.result;
          const paired = pairing.byResult.get(res);
          const requests = explanationRequests(res).length;
          return (
            <div key={res.sheetName} className={checks.length > 1 ? styles.sheet : undefined} data-testid="sheet-check" data-sheet={res.sheetName}>
              {checks.length > 1 && <h3 className={styles.sheetName}>{c.sheetRead(res.sheetName)}</h3>}
              <ul className={styles.facts}>
                <li data-testid="unit">
                  <strong>{t.unitLabel}:</strong> {res.unit ?? t.unitUnknown}
                </li>
                <li data-testid="set">
                  <strong>{t.setLabel}:</strong> {res.set ? c.setLine(res.set.id, res.set.version, res.set.title) : c.noSet}
                  {res.set && res.setChoice ? ` — ${t.setHow[res.setChoice.how]}` : ''}
                </li>
                <li data-testid="season-status" data-status={s.status.status}>
                  <strong>{c.colStatus}:</strong> {STATUS_LABEL[s.status.status][lang]}
                  {s.status.detail[lang] && s.status.status !== 'noSet' ? ` — ${s.status.detail[lang]}` : ''}
                </li>
                {res.survey && res.survey.used.length > 0 && (
                  <li data-testid="survey-used">{r.surveyUsedLine(res.survey.used.length, res.survey.source, res.survey.row)}</li>
                )}
                {res.survey?.notUsed.map((u, i) => (
                  <li key={i} className={styles.hint} data-testid="survey-not-used">
                    {u.reason[lang]}
                  </li>
                ))}
                {checks.length === 1 && res.sheetName && <li className={styles.hint}>{c.sheetRead(res.sheetName)}</li>}
              </ul>
              {res.scores ? <ScoresTable scores={res.scores} /> : <p>{t.noScores}</p>}
              {paired && <AnswersPanel paired={paired} />}
              {requests > 0 && (
                <div className={styles.actions}>
                  <Button disabled={busy} onClick={() => onRequests(entry, res)} data-testid="download-unit-requests">
                    {r.downloadUnitRequests}
                  </Button>
                  <span className={styles.hint}>
                    {r.unitRequests(requests)}
                    {paired ? ` · ${r.answersCounts(...answerCounts(paired))}` : ''}
                  </span>
                </div>
              )}
              {/* No onSelect: there is no Excel here, so findings show their cells as text. */}
              <FindingsPanel result={res} />
            </div>
          );
        })}
      {entry.status === 'checked' && !reply && (
        <div className={styles.actions}>
          {flags > 0 ? (
            <>
              <Button disabled={busy} onClick={() => onFlagged(entry)} data-testid="download-flagged">
                {c.downloadFlagged}
              </Button>
              <span className={styles.hint}>{c.flaggedHint(flaggedFileName(entry.name), flags)}</span>
            </>
          ) : (
            <span className={styles.hint}>{c.noFlags}</span>
          )}
        </div>
      )}
    </Card>
  );
}

function answerCounts(paired: { answers: { status: 'answered' | 'partial' | 'unanswered' | 'notSent' }[] }): [number, number, number, number] {
  const k = countStates(paired.answers);
  return [k.answered, k.partial, k.unanswered, k.notSent];
}
