/**
 * One file: for each unit scoresheet in it, what was read (unit, sheet, criteria set and how it
 * was chosen), its season status and what is missing, its scores (self with its own max), the
 * survey points taken from the table, the unit's returned answers next to its requests, the
 * unit's explanation request to download, and the findings; the flagged copy of the file. For a
 * returned requests workbook: whose it is and which scoresheet it was paired with. For a file
 * that could not be checked: the reason and what to do.
 */
import { memo } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { countStates } from '../../engine/appraisal/answers';
import { explanationRequests } from '../../engine/appraisal/explanation-requests';
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { bundledSets } from '../../engine/criteria/registry';
import { CompareWithLastYear } from '../../taskpane/components/CompareWithLastYear';
import { STATUS_LABEL } from '../../engine/results/status';
import { formatNumber } from '../../engine/text/format';
import { FindingsPanel } from '../../taskpane/components/FindingsPanel';
import { ScoresTable } from '../../taskpane/components/ScoresTable';
import { useCheckerLang } from '../checker-lang';
import { flagCount } from '../downloads';
import { flaggedFileName, severityCount, type FileEntry } from '../file-entries';
import type { PairedAnswers, SheetCheck } from '../page-model';
import { resultsStrings } from '../results-strings';
import { AnswersPanel } from './AnswersPanel';

const useStyles = makeStyles({
  // A plain section drawn like a Fluent card: 200 of them must stay cheap to draw.
  card: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    scrollMarginTop: tokens.spacingVerticalL,
    // Cards out of view are not laid out or painted (200 cards made every batch's layout and paint
    // tens of ms); they keep their last height (a collapsed card's until first drawn).
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 96px',
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  name: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere', flexGrow: 1, ':focus': { outline: 'none' } },
  headActions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  summary: { margin: `${tokens.spacingVerticalXS} 0 0 0`, padding: 0, listStyle: 'none', color: tokens.colorNeutralForeground2 },
  waiting: { margin: `${tokens.spacingVerticalXS} 0 0 0`, color: tokens.colorNeutralForeground2 },
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
  /** The file's checked scoresheets (the same array while the entry is unchanged). */
  checks: SheetCheck[];
  /** The answers a unit sent back, per check (same order); undefined where none. */
  answers: (PairedAnswers | undefined)[];
  /** For a returned requests workbook: the scoresheet it was paired with (null: none). */
  pairedWith: string | null | undefined;
  busy: boolean;
  /** Scores and findings shown (else a one-line summary per scoresheet). */
  open: boolean;
  onToggle: (id: number) => void;
  onFlagged: (entry: FileEntry) => void;
  onRequests: (entry: FileEntry, result: CheckResult) => void;
  onRemove: (id: number) => void;
  /** The page's criteria sets, to score last year's sheet with ("So sánh với năm trước"). */
  sets?: CriteriaSet[];
}

const sameList = <T,>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A card is drawn again only when its own file, answers, state or the language changed. */
export const FileCard = memo(
  FileCardView,
  (a, b) =>
    a.entry === b.entry &&
    a.checks === b.checks &&
    sameList(a.answers, b.answers) &&
    a.pairedWith === b.pairedWith &&
    a.busy === b.busy &&
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    a.onFlagged === b.onFlagged &&
    a.onRequests === b.onRequests &&
    a.onRemove === b.onRemove,
);

function FileCardView({ entry, checks, answers, pairedWith, busy, open, onToggle, onFlagged, onRequests, onRemove, sets }: FileCardProps) {
  const { lang, t, c } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const headingId = `file-${entry.id}`;
  const detailsId = `file-details-${entry.id}`;
  const reply = entry.reply;
  const flags = open ? checks.reduce((sum, s) => sum + flagCount(s.result, lang), 0) : 0;
  const n = (v: number) => formatNumber(v, lang, 2);
  const canOpen = entry.status === 'checked';
  return (
    <section
      id={`file-card-${entry.id}`}
      className={styles.card}
      aria-labelledby={headingId}
      data-testid="file-card"
      data-file={entry.name}
      data-status={entry.status}
      data-open={open ? 'true' : 'false'}
    >
      <div className={styles.head}>
        <h2 id={headingId} className={styles.name} tabIndex={-1}>
          {entry.name}
        </h2>
        <div className={styles.headActions}>
          {canOpen && (
            <Button
              appearance="subtle"
              size="small"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              aria-label={open ? c.hideDetails(entry.name) : c.showDetails(entry.name)}
              onClick={() => onToggle(entry.id)}
              data-testid="card-toggle"
            >
              {open ? c.hideDetailsShort : c.showDetailsShort}
            </Button>
          )}
          <Button appearance="subtle" size="small" onClick={() => onRemove(entry.id)} aria-label={c.remove(entry.name)}>
            ✕
          </Button>
        </div>
      </div>
      {entry.status === 'reading' && <p className={styles.waiting}>{c.statusWaiting}</p>}
      {entry.status === 'checked' && !open && checks.length > 0 && (
        <ul className={styles.summary} data-testid="card-summary">
          {checks.length > 1 && <li>{c.sheetsInFile(checks.length)}</li>}
          {checks.map((s) => {
            const sc = s.result.scores;
            const index = sc ? (sc.final ?? sc.self).index : null;
            return (
              <li key={s.result.sheetName}>
                {checks.length > 1 ? `${s.result.sheetName}: ` : ''}
                {s.result.unit ?? t.unitUnknown} — {STATUS_LABEL[s.status.status][lang]} —{' '}
                {c.summaryLine(index === null ? null : n(index), sc?.classification ?? null, severityCount(s.result, 'error'), severityCount(s.result, 'warning'))}
              </li>
            );
          })}
        </ul>
      )}
      {entry.status === 'failed' && entry.problem && (
        <MessageBar intent="error" layout="multiline" data-testid="file-problem">
          <MessageBarBody>
            <MessageBarTitle>{c.cannotCheck}</MessageBarTitle>
            {entry.problem[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {open && entry.status === 'checked' && (
      <div id={detailsId}>
      {reply && (
        <ul className={styles.facts} data-testid="reply">
          <li>
            <strong>{c.replyOf}:</strong> {reply.unit}
          </li>
          <li>{r.answersCounts(reply.counts.answered, reply.counts.partial, reply.counts.unanswered, 0)}</li>
          <li data-testid="reply-paired">
            {pairedWith ? c.replyPaired(pairedWith) : c.replyUnpaired(reply.file)}
          </li>
        </ul>
      )}
      {checks.map((s, i) => {
          const res = s.result;
          const paired = answers[i];
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
              {res.scores && <CompareWithLastYear result={res} sets={sets ?? bundledSets()} lang={lang} />}
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
      {!reply && (
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
      </div>
      )}
    </section>
  );
}

function answerCounts(paired: { answers: { status: 'answered' | 'partial' | 'unanswered' | 'notSent' }[] }): [number, number, number, number] {
  const k = countStates(paired.answers);
  return [k.answered, k.partial, k.unanswered, k.notSent];
}
