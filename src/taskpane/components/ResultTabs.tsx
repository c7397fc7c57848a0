/**
 * Below the result card: one row of tabs (findings, scores, appraiser) and the chosen one's panel.
 * A chunk of its own, fetched as soon as the pane starts (App prefetches it) but not part of the
 * pane's first load; the scores and appraiser panels are chunks of their own again.
 */
import { lazy, Suspense, useState } from 'react';
import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import { useLang } from '../i18n/context';
import type { ExplainedMarks } from '../state/explained';
import { FindingsPanel } from './FindingsPanel';

const ScoresTable = lazy(() => import(/* webpackChunkName: "scores" */ './ScoresTable').then((m) => ({ default: m.ScoresTable })));
const AppraiserView = lazy(() => import(/* webpackChunkName: "appraiser" */ './AppraiserView').then((m) => ({ default: m.AppraiserView })));

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  // One row, never wrapping: three short tabs fit 320 px in both languages.
  tabs: { flexWrap: 'nowrap', overflow: 'hidden' },
});

type TabId = 'findings' | 'scores' | 'appraiser';

const tabLabel = { findings: 'tabFindings', scores: 'tabScores', appraiser: 'tabAppraiser' } as const;

export interface ResultTabsProps {
  result: CheckResult;
  onSelect: (cell: string) => void;
  explained: ExplainedMarks;
  onRequests: () => void;
  busy: boolean;
}

export default function ResultTabs({ result, onSelect, explained, onRequests, busy }: ResultTabsProps) {
  const { t } = useLang();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('findings');
  return (
    <>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.tabsLabel}>
        <Tab value="findings">{t.tabFindings}</Tab>
        <Tab value="scores">{t.tabScores}</Tab>
        <Tab value="appraiser">{t.tabAppraiser}</Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-label={t[tabLabel[tab]]}>
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          {tab === 'findings' && <FindingsPanel result={result} onSelect={onSelect} explained={explained} />}
          {tab === 'scores' && (result.scores ? <ScoresTable scores={result.scores} /> : <p>{t.noScores}</p>)}
          {tab === 'appraiser' && <AppraiserView result={result} onSelect={onSelect} onRequests={onRequests} busy={busy} />}
        </Suspense>
      </div>
    </>
  );
}
