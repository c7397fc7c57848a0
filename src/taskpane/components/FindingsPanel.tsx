/**
 * The findings of a check, grouped by severity, then by area, with counts. Shown by the pane
 * (with `onSelect`: findings select their cells in Excel) and by the checking page (without).
 *
 * In the pane (issue 11) the list is for working through: a filter, previous / next buttons that
 * select each finding's cell and keep the keyboard focus where it is, arrow keys between the
 * findings, severity groups that fold, the reached finding highlighted, and each finding's
 * "why" / "how to fix" one click away.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { Button, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import type { CheckResult } from '../../engine/check-result';
import type { Finding, Severity } from '../../engine/findings/finding';
import { fold } from '../../engine/text/normalize';
import { useLang } from '../i18n/context';
import { countBySeverity, groupFindings, SEVERITIES, type SeverityGroup } from '../state/group-findings';
import { explainedKey, type ExplainedMarks } from '../state/explained';
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
  groupTitle: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  areaHeading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  empty: { margin: `${tokens.spacingVerticalM} 0` },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  search: { flexGrow: 1, minWidth: 0, maxWidth: '100%' },
  position: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  groupHeading: { margin: `${tokens.spacingVerticalXS} 0 0` },
  // A severity group's fold button: the whole heading row, the chevron at the end.
  fold: { width: '100%', justifyContent: 'space-between', paddingLeft: tokens.spacingHorizontalXS, minWidth: 0 },
});

export interface FindingsPanelProps {
  result: CheckResult;
  /** Select a finding's cell (the pane); leave out on the checking page. */
  onSelect?: (cell: string) => void;
  /** The "đã giải trình" marks kept with the workbook (the pane). */
  explained?: ExplainedMarks;
}

export function FindingsPanel({ result, onSelect, explained }: FindingsPanelProps) {
  return onSelect ? <PaneFindings result={result} onSelect={onSelect} explained={explained} /> : <PlainFindings result={result} />;
}

/** The checking page: every finding as text, grouped, with counts. */
function PlainFindings({ result }: { result: CheckResult }) {
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
          <AreaLists group={g} />
        </section>
      ))}
    </section>
  );
}

function AreaLists({ group, render }: { group: SeverityGroup; render?: (f: Finding) => ReactElement }) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <>
      {group.areas.map((a) => {
        const heading = a.area === null ? t.generalArea : t.areaHeading(a.area, a.title);
        return (
          <div key={a.area ?? '-'}>
            <h4 className={styles.areaHeading}>
              {heading} ({a.findings.length})
            </h4>
            <ul className={styles.list} aria-label={`${t.severityPlural[group.severity]} — ${heading}`}>
              {a.findings.map((f, i) => (
                <li key={`${f.code}-${f.cell}-${i}`}>{render ? render(f) : <FindingItem finding={f} />}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** Does the finding match the filter text (cell, item code, code, message; accents ignored)? */
export function findingMatches(f: Finding, query: string, lang: 'vi' | 'en'): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return [f.cell ?? '', f.item ?? '', f.code, f.message[lang]].some((s) => fold(s).includes(q));
}

function PaneFindings({ result, onSelect, explained }: { result: CheckResult; onSelect: (cell: string) => void; explained?: ExplainedMarks }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => result.findings.filter((f) => findingMatches(f, query, lang)), [result.findings, query, lang]);
  const groups = useMemo(() => groupFindings(shown, result), [shown, result]);
  // The findings in the order drawn: next / previous walk this list.
  const order = useMemo(() => groups.flatMap((g) => g.areas.flatMap((a) => a.findings)), [groups]);
  const [current, setCurrent] = useState<Finding | null>(null);
  const [closed, setClosed] = useState<Set<Severity>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);
  const at = current ? order.indexOf(current) : -1;

  const reach = (i: number, focusRow: boolean) => {
    const f = order[i];
    if (!f) return;
    setCurrent(f);
    if (closed.has(f.severity)) setClosed((c) => new Set([...c].filter((s) => s !== f.severity)));
    if (f.cell) onSelect(f.cell);
    // After React draws the highlight (and opens a folded group): bring the row into view.
    requestAnimationFrame(() => {
      const el = listRef.current?.querySelector<HTMLElement>(`[data-order="${i}"]`);
      el?.scrollIntoView?.({ block: 'nearest' });
      if (focusRow) el?.querySelector<HTMLElement>('button')?.focus();
    });
  };

  // Arrow keys on a finding move to the one below / above, selecting its cell.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const row = (e.target as HTMLElement).closest('[data-order]');
    if (!row) return;
    e.preventDefault();
    reach(Number(row.getAttribute('data-order')) + (e.key === 'ArrowDown' ? 1 : -1), true);
  };

  const sheet = result.sheetName;
  const item = (f: Finding) => {
    const i = order.indexOf(f);
    const key = explainedKey(sheet, f);
    return (
      <div data-order={i}>
        <FindingItem
          finding={f}
          index={i}
          selected={f === current}
          onSelect={(cell) => {
            setCurrent(f);
            onSelect(cell);
          }}
          explained={explained && { on: explained.marks.has(key), set: (on) => explained.toggle(key, on) }}
        />
      </div>
    );
  };

  return (
    <section aria-label={t.tabFindings}>
      <div className={styles.toolbar} role="toolbar" aria-label={t.findingsToolbar}>
        <SearchBox
          className={styles.search}
          size="small"
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder={t.filterPlaceholder}
          aria-label={t.filterLabel}
          data-testid="findings-filter"
        />
        <span className={styles.position} aria-live="off" data-testid="finding-position">
          {t.position(at + 1, order.length)}
        </span>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUpRegular />}
          aria-label={t.prevFinding}
          title={t.prevFinding}
          disabledFocusable={order.length === 0 || at <= 0}
          onClick={() => reach(at - 1, false)}
          data-testid="prev-finding"
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDownRegular />}
          aria-label={t.nextFinding}
          title={t.nextFinding}
          disabledFocusable={order.length === 0 || at >= order.length - 1}
          onClick={() => reach(at + 1, false)}
          data-testid="next-finding"
        />
      </div>
      {result.findings.length === 0 && <p className={styles.empty}>{t.noFindings}</p>}
      {result.findings.length > 0 && order.length === 0 && <p className={styles.empty}>{t.noMatch}</p>}
      <div ref={listRef} onKeyDown={onKeyDown}>
        {groups.map((g) => {
          const open = !closed.has(g.severity);
          const panelId = `findings-${g.severity}`;
          return (
            <section key={g.severity} data-severity-group={g.severity}>
              <h3 className={styles.groupHeading}>
                <Button
                  appearance="subtle"
                  className={styles.fold}
                  aria-expanded={open}
                  aria-controls={panelId}
                  icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
                  iconPosition="after"
                  onClick={() =>
                    setClosed((c) => {
                      const next = new Set(c);
                      if (open) next.add(g.severity);
                      else next.delete(g.severity);
                      return next;
                    })
                  }
                >
                  <span className={styles.groupTitle}>
                    <SeverityIcon severity={g.severity} size={16} />
                    {t.severityPlural[g.severity]} ({g.count})
                  </span>
                </Button>
              </h3>
              <div id={panelId} hidden={!open}>
                {open && <AreaLists group={g} render={item} />}
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}
