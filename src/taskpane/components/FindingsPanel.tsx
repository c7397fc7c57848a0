/**
 * The findings of a check, grouped by severity, then by area, with counts. Shown by the pane
 * (with `onSelect`: findings select their cells in Excel) and by the checking page (without).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import { useLang } from '../i18n/context';
import { countBySeverity, groupFindings, SEVERITIES } from '../state/group-findings';
import { FindingItem } from './FindingItem';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: `${tokens.spacingVerticalS} 0`, padding: 0, listStyle: 'none' },
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
  empty: { margin: `${tokens.spacingVerticalM} 0` },
});

export function FindingsPanel({ result, onSelect }: { result: CheckResult; onSelect?: (cell: string) => void }) {
  const { t } = useLang();
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
      {groups.length === 0 && <p className={styles.empty}>{t.noFindings}</p>}
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
                <ul className={styles.list} aria-label={`${t.severityPlural[g.severity]} — ${heading}`}>
                  {a.findings.map((f, i) => (
                    <li key={`${f.code}-${f.cell}-${i}`}>
                      <FindingItem finding={f} onSelect={onSelect} />
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
