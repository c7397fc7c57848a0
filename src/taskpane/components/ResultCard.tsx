/**
 * The answer first (issue 11): one compact card at the top of the pane with the index and
 * classification, the totals (self out of its own max, and the appraised total when there is
 * one), the counts of errors / warnings / notes, the unit and criteria set read, and when the
 * check ran. Before a check it says what "Kiểm tra" does; while checking it shows a named
 * spinner instead of the hint. When a check cannot give scores it says why once, with the way on
 * (a set to build or load; a template to insert).
 */
import type { ReactNode } from 'react';
import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, TableSimpleRegular } from '@fluentui/react-icons';
import type { CheckResult } from '../../engine/check-result';
import { formatNumber } from '../../engine/text/format';
import { useLang } from '../i18n/context';
import { countBySeverity, SEVERITIES } from '../state/group-findings';
import type { Notice } from '../state/notice';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  p: { margin: 0, minWidth: 0 },
  big: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase500 },
  figure: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  keep: { whiteSpace: 'nowrap' },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  // Self and appraised totals side by side, or one under the other: never a phrase broken inside.
  totals: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  count: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  // Long unit names and set titles: one line each, the full text on hover and for screen readers.
  clip: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  problem: { fontWeight: tokens.fontWeightSemibold },
});

export interface ResultCardProps {
  /** A check is running (the first one, or a re-check). */
  running: boolean;
  result: CheckResult | null;
  /** When the shown result was computed. */
  checkedAt: Date | null;
  /** Edits re-check by themselves (the port reports changes). */
  live: boolean;
  /** Why the check gave no scores (empty sheet, no header row, unreadable workbook). */
  problem: Notice | null;
  /** No scoresheet in the workbook: say it once and offer the template (`template` is the form). */
  noScoresheet: { sheets: string; empty: boolean } | null;
  template?: ReactNode;
  /** The sheet matched no criteria set: build one from it, or load a file. */
  onBuildSet: () => void;
  onLoadSet: () => void;
}

export const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export function ResultCard(p: ResultCardProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  const { result } = p;
  const scores = result?.scores ?? null;
  const counts = result ? countBySeverity(result.findings) : null;
  const headline = scores ? (scores.final ?? scores.self) : null;

  const status = p.running ? (
    <Spinner size="tiny" labelPosition="after" label={t.checking} data-testid="checking-spinner" />
  ) : p.checkedAt && result ? (
    <p className={mergeClasses(styles.p, styles.small)} data-testid="checked-at">
      {t.checkedAt(hhmm(p.checkedAt), p.live)}
    </p>
  ) : null;

  let body: ReactNode;
  if (p.noScoresheet && !p.running) {
    body = (
      <>
        <p className={mergeClasses(styles.p, styles.problem)}>{t.noScoresheetTitle}</p>
        <p className={styles.p} data-testid="no-scoresheet">
          {p.noScoresheet.empty ? t.emptyWorkbookBody : t.noScoresheetBody(p.noScoresheet.sheets)}
        </p>
        {p.template}
      </>
    );
  } else if (!result) {
    // Before the first check: what the button does. Gone while checking and after.
    body = p.problem && !p.running ? (
      <p className={styles.p} data-testid="problem">
        {p.problem.text[lang]}
      </p>
    ) : p.running ? null : (
      <p className={styles.p} data-testid="start-hint">
        {t.startHint}
      </p>
    );
  } else {
    body = (
      <>
        {headline && (
          <p className={mergeClasses(styles.p, styles.big)} data-testid="card-index">
            <span className={styles.keep}>
              {t.indexLabel} <span className={styles.figure}>{n(headline.index)}%</span>
            </span>
            {scores?.classification && (
              <>
                {' · '}
                <span className={styles.keep}>
                  {t.classification}: <span className={styles.figure}>{scores.classification}</span>
                </span>
              </>
            )}
          </p>
        )}
        {scores && (
          <p className={mergeClasses(styles.p, styles.totals)} data-testid="card-totals">
            <span className={styles.keep}>
              {t.selfShort} <span className={styles.figure}>{n(scores.self.total)}</span> / {n(scores.self.max)}
            </span>
            {scores.final && (
              <>
                {' '}
                <span className={styles.keep}>
                  {t.finalShort} <span className={styles.figure}>{n(scores.final.total)}</span> / {n(scores.final.max)}
                </span>
              </>
            )}
          </p>
        )}
        {counts && (
          <ul className={styles.counts} aria-label={t.countsLabel}>
            {SEVERITIES.map((sev) => (
              <li key={sev} className={styles.count} data-testid={`count-${sev}`}>
                <SeverityIcon severity={sev} />
                {t.severityCount(sev, counts[sev])}
              </li>
            ))}
          </ul>
        )}
        {p.problem && (
          <p className={styles.p} data-testid="problem">
            {p.problem.text[lang]}
          </p>
        )}
        {result.parsed && !result.set && !p.running && (
          <div data-testid="no-set">
            <p className={mergeClasses(styles.p, styles.problem)}>{t.noSetTitle}</p>
            <p className={styles.p}>{t.noSetBody}</p>
            <div className={styles.actions}>
              <Button appearance="primary" size="small" icon={<TableSimpleRegular />} onClick={p.onBuildSet}>
                {t.buildSetHere}
              </Button>
              <Button size="small" icon={<ArrowUploadRegular />} onClick={p.onLoadSet}>
                {t.loadSetFile}
              </Button>
            </div>
          </div>
        )}
        {result.parsed && (
          <p className={mergeClasses(styles.p, styles.small, styles.clip)} data-testid="unit" title={result.unit ?? undefined}>
            {t.unitLabel}: {result.unit ?? t.unitUnknown}
          </p>
        )}
        {result.set && (
          <p className={mergeClasses(styles.p, styles.small, styles.clip)} data-testid="set-hint" title={result.set.title}>
            {t.setUsed}: {result.set.title}
          </p>
        )}
      </>
    );
  }

  return (
    <section className={styles.card} aria-labelledby="result-heading" data-testid="result-card">
      <h2 id="result-heading" className={styles.heading}>
        {t.resultHeading}
      </h2>
      {body}
      {status}
    </section>
  );
}
