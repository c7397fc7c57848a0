/**
 * One file's findings grouped by severity, then by area, with counts: the pane's grouping
 * (state/group-findings.ts) shown as a plain list, because here there is no Excel to select the
 * cell in (the pane's FindingButton selects cells). The cell address is written out instead.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import { SeverityIcon } from '../../taskpane/components/SeverityIcon';
import { countBySeverity, groupFindings, SEVERITIES } from '../../taskpane/state/group-findings';
import { useCheckerLang } from '../checker-lang';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    listStyle: 'none',
  },
  count: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  severityHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  areaHeading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0` },
  icon: { flexShrink: 0, marginTop: '2px' },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export function CheckerFindings({ result }: { result: CheckResult }) {
  const { lang, t } = useCheckerLang();
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  const groups = groupFindings(result.findings, result);
  return (
    <section aria-label={t.tabFindings}>
      <ul className={styles.counts} aria-label={t.tabFindings}>
        {SEVERITIES.map((sev) => (
          <li key={sev} className={styles.count} data-testid={`count-${sev}`}>
            <SeverityIcon severity={sev} />
            <span>
              {t.severityPlural[sev]}: <strong>{counts[sev]}</strong>
            </span>
          </li>
        ))}
      </ul>
      {groups.length === 0 && <p>{t.noFindings}</p>}
      {groups.map((g) => (
        <section key={g.severity} data-severity-group={g.severity}>
          <h3 className={styles.severityHeading}>
            <SeverityIcon severity={g.severity} size={18} />
            {t.severityPlural[g.severity]} ({g.count})
          </h3>
          {g.areas.map((a) => {
            const heading = a.area === null ? t.generalArea : t.areaHeading(a.area, a.title);
            return (
              <div key={a.area ?? '-'}>
                <h4 className={styles.areaHeading}>
                  {heading} ({a.findings.length})
                </h4>
                <ul className={styles.list}>
                  {a.findings.map((f, i) => (
                    <li key={`${f.code}-${f.cell}-${i}`} className={styles.item} data-code={f.code} data-cell={f.cell ?? ''}>
                      <span className={styles.icon}>
                        <SeverityIcon severity={f.severity} />
                      </span>
                      <span>
                        <span className={styles.where}>
                          {t.severityWord[f.severity]} — {[f.cell ?? t.wholeSheet, f.item].filter(Boolean).join(' · ')}
                        </span>
                        {': '}
                        {f.message[lang]}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </section>
  );
}
