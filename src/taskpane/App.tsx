/**
 * The task pane: built only on the WorkbookPort interface and the engine, so the same component
 * runs inside Excel (Office.js adapter), in tests (a fake port) and in the browser harness.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import type { Lang } from '../engine/text/lang';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { WorkbookPort } from '../workbook/port';
import { createRegistry } from '../engine/criteria/registry';
import { both, stringsFor, type LangStorage } from './i18n/lang';
import { useCheck, RECHECK_DELAY_MS } from './state/use-check';
import { usePaneActions } from './state/use-pane-actions';
import type { SaveBytes } from './state/requests-action';
import { checkProblem } from './state/problems';
import { announcement } from './state/announce';
import { ActionBar } from './components/ActionBar';
import { AppraiserView } from './components/AppraiserView';
import { CriteriaSection } from './components/CriteriaSection';
import { FindingsPanel } from './components/FindingsPanel';
import { LiveRegion } from './components/LiveRegion';
import { NoticeBar } from './components/NoticeBar';
import { PageFrame } from './components/PageFrame';
import { PaneHeader } from './components/PaneHeader';
import { ScoresTable } from './components/ScoresTable';
import { CompareWithLastYear } from './components/CompareWithLastYear';
import { SealButton } from './components/SealButton';
import { TemplateSection } from './components/TemplateSection';
import { useLangChoice } from './components/use-lang-choice';

// Creating a set from a sheet needs the whole import engine: a lazy chunk, loaded on the "Bộ tiêu chí" tab.
const ImportSetPanel = lazy(() =>
  import(/* webpackChunkName: "import-set" */ './components/ImportSetPanel').then((m) => ({ default: m.ImportSetPanel })),
);

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  // Five tabs do not fit a 320 px pane on one line: let them wrap rather than scroll sideways.
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'findings' | 'scores' | 'appraiser' | 'template' | 'criteria';

export interface AppProps {
  port: WorkbookPort;
  initialLang: Lang;
  /** Where the language choice is remembered (window.localStorage in the pane). */
  storage?: LangStorage | null;
  /** Delay before re-checking after an edit (tests shorten it). */
  recheckDelayMs?: number;
  /** Where a made file goes when Excel cannot open it as a new workbook (a browser download; tests capture it). */
  saveFile?: SaveBytes;
}

export function App({ port, initialLang, storage = null, recheckDelayMs = RECHECK_DELAY_MS, saveFile }: AppProps) {
  const styles = useStyles();
  const { lang, changeLang } = useLangChoice(initialLang, storage);
  const [extraSets, setExtraSets] = useState<CriteriaSet[]>([]);
  const [tab, setTab] = useState<TabId>('findings');
  // The set kept with the workbook is read at each check (the outcome carries it); the list offers
  // it next to the bundled sets and those created in this session.
  const [storedSet, setStoredSet] = useState<CriteriaSet | null>(null);
  const sets = useMemo(() => createRegistry(storedSet ? [...extraSets, storedSet] : extraSets).list(), [extraSets, storedSet]);
  const checker = useCheck(port, sets, recheckDelayMs);
  const { state } = checker;
  const seenStored = state.outcome?.storedSet ?? null;
  if (seenStored !== storedSet && seenStored !== null) setStoredSet(seenStored);
  const actions = usePaneActions(port, state.outcome, lang, saveFile);
  const t = stringsFor(lang);

  const checked = state.outcome?.kind === 'checked' ? state.outcome : null;
  const result = checked?.result ?? null;
  const problem = checkProblem(state);
  const canWrite = !!result?.parsed && !state.running;

  return (
    <PageFrame lang={lang} title={t.appTitle} onLang={changeLang} layout="pane">
      <PaneHeader
        sheets={state.outcome?.sheets ?? []}
        result={result}
        autoPicked={checked?.autoPicked ?? false}
        sheetChoice={checker.sheetChoice}
        setChoice={checker.setChoice}
        sets={sets}
        disabled={state.running}
        onSheet={checker.chooseSheet}
        onSet={checker.chooseSet}
      />
      <ActionBar
        running={state.running}
        busy={actions.busy}
        canWrite={canWrite}
        onCheck={() => void checker.check()}
        onFlag={actions.flag}
        onUnflag={actions.unflag}
        onSummary={actions.summary}
      />
      {problem && <NoticeBar notice={problem} testId="problem" />}
      {actions.notice && <NoticeBar notice={actions.notice} onDismiss={actions.dismiss} testId="notice" />}
      <LiveRegion text={announcement(state, lang)} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={t.tabsLabel}
      >
        <Tab value="findings">{t.tabFindings}</Tab>
        <Tab value="scores">{t.tabScores}</Tab>
        <Tab value="appraiser">{t.tabAppraiser}</Tab>
        <Tab value="template">{t.tabTemplate}</Tab>
        <Tab value="criteria">{t.tabCriteria}</Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-label={t[tabLabel[tab]]}>
        {tab === 'findings' &&
          (result ? <FindingsPanel result={result} onSelect={actions.select} /> : !state.outcome && !state.error && <p>{t.startHint}</p>)}
        {tab === 'scores' && (result?.scores ? <ScoresTable scores={result.scores} /> : result && <p>{t.noScores}</p>)}
        {/* Year on year and the seal (issue 15): self-contained, to move into the pane's menu. */}
        {tab === 'scores' && result?.scores && <CompareWithLastYear result={result} sets={sets} lang={lang} />}
        {tab === 'scores' && result?.parsed && <SealButton port={port} result={result} lang={lang} disabled={state.running} />}
        {tab === 'appraiser' && result && (
          <AppraiserView result={result} onSelect={actions.select} onRequests={actions.requests} busy={actions.busy} />
        )}
        {tab === 'template' && (
          <TemplateSection
            key={result?.unit ?? ''}
            sets={sets}
            defaultUnit={result?.unit ?? ''}
            busy={actions.busy}
            onInsert={actions.template}
          />
        )}
        {tab === 'criteria' && (
          <CriteriaSection
            sets={sets}
            importPanel={
              <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
                <ImportSetPanel
                  port={port}
                  sheetName={result?.sheetName || checker.sheetChoice || firstVisible(state.outcome?.sheets) || ''}
                  lang={lang}
                  onSetCreated={(set) => {
                    setExtraSets((prev) => [...prev.filter((s) => s.id !== set.id || s.version !== set.version), set]);
                    // Without workbook settings the set cannot be found again at the next check: pick it now.
                    if (!port.setSetting) checker.preferSet(set);
                    actions.setNotice({ intent: 'success', text: both((s) => s.setCreated(set.title)) });
                  }}
                />
              </Suspense>
            }
          />
        )}
      </div>
    </PageFrame>
  );
}

function firstVisible(sheets: { name: string; visible: boolean }[] | undefined): string | null {
  return sheets?.find((s) => s.visible)?.name ?? null;
}

const tabLabel = {
  findings: 'tabFindings',
  scores: 'tabScores',
  appraiser: 'tabAppraiser',
  template: 'tabTemplate',
  criteria: 'tabCriteria',
} as const;
