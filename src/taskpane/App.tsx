/**
 * The task pane: built only on the WorkbookPort interface and the engine, so the same component
 * runs inside Excel (Office.js adapter), in tests (a fake port) and in the browser harness.
 *
 * Layout (issue 11, a 320 × 560 pane): the title with the overflow menu, the three main buttons,
 * the result card (the answer), then one row of tabs whose first is the findings list. What the
 * first check does not need (sheet and set choice, template, building or loading a set, help,
 * the scores and appraiser tabs) loads on demand.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import { ArrowUploadRegular, DocumentAddRegular, FlagOffRegular, HistoryRegular, LockClosedRegular, QuestionCircleRegular, SettingsRegular } from '@fluentui/react-icons';
import type { Lang } from '../engine/text/lang';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { WorkbookPort } from '../workbook/port';
import { both, stringsFor, type LangStorage } from './i18n/lang';
import { useCheck, RECHECK_DELAY_MS } from './state/use-check';
import { usePaneActions } from './state/use-pane-actions';
import type { SaveBytes } from './state/requests-action';
import { checkProblem } from './state/problems';
import { announcement } from './state/announce';
import { useExplained } from './state/explained';
import { useCriteriaSets } from './state/use-criteria-sets';
import { ActionBar } from './components/ActionBar';
import { LiveRegion } from './components/LiveRegion';
import { PageFrame } from './components/PageFrame';
import type { PaneMenuEntry } from './components/PaneMenu';
import { MenuButton } from './components/MenuButton';
import { ResultCard } from './components/ResultCard';
import { useLangChoice } from './components/use-lang-choice';
import type { DrawerView } from './components/PaneDrawer';

// Not needed for the first check: each its own chunk, loaded when first shown.
const PaneMenu = lazy(() => import(/* webpackChunkName: "pane-menu" */ './components/PaneMenu'));
const loadNoticeBar = () => import(/* webpackChunkName: "notice" */ './components/NoticeBar');
const NoticeBar = lazy(() => loadNoticeBar().then((m) => ({ default: m.NoticeBar })));
// Issue 15's seal and year-on-year panels: opened from the menu, each its own chunk.
const SealButton = lazy(() => import(/* webpackChunkName: "seal" */ './components/SealButton').then((m) => ({ default: m.SealButton })));
const CompareWithLastYear = lazy(() =>
  import(/* webpackChunkName: "compare" */ './components/CompareWithLastYear').then((m) => ({ default: m.CompareWithLastYear })),
);
const PaneDrawer = lazy(() => import(/* webpackChunkName: "pane-drawer" */ './components/PaneDrawer'));
// The tabs and the findings list: shown after the first check, fetched while the pane starts.
const loadResultTabs = () => import(/* webpackChunkName: "result-tabs" */ './components/ResultTabs');
const ResultTabs = lazy(loadResultTabs);
// Only for a workbook without a scoresheet.
const TemplateSection = lazy(() =>
  import(/* webpackChunkName: "template-form" */ './components/TemplateSection').then((m) => ({ default: m.TemplateSection })),
);


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
  const { lang, changeLang } = useLangChoice(initialLang, storage);
  const [extraSets, setExtraSets] = useState<CriteriaSet[]>([]);
  // Issue 15: the seal and the year-on-year panels, opened from the menu below the tabs.
  const [season, setSeason] = useState<'seal' | 'compare' | null>(null);
  const [drawer, setDrawer] = useState<{ view: DrawerView; start?: 'create' | 'load' } | null>(null);
  // A set being applied, and the count of checks when it was: the notice goes with the next check.
  const [applying, setApplying] = useState<{ set: CriteriaSet; runs: number } | null>(null);
  // The set kept with the workbook is read at each check (the outcome carries it); the list offers
  // it next to the bundled sets and those created in this session.
  const [storedSet, setStoredSet] = useState<CriteriaSet | null>(null);
  const { sets, ready: setsReady } = useCriteriaSets(extraSets, storedSet);
  const checker = useCheck(port, sets, recheckDelayMs);
  const { state } = checker;
  const seenStored = state.outcome?.storedSet ?? null;
  if (seenStored !== storedSet && seenStored !== null) setStoredSet(seenStored);
  const actions = usePaneActions(port, state.outcome, lang, saveFile);
  const explained = useExplained(port);
  const t = stringsFor(lang);
  const frame = useRef<HTMLDivElement>(null);
  // Fetch the tabs' chunk while the pane waits for its first check.
  useEffect(() => void loadResultTabs().catch(() => undefined), []);
  // The menu's chunk loads on the first click of "…" (fetched early when the pointer or focus comes near).
  const [menuLoaded, setMenuLoaded] = useState(false);
  const prefetchMenu = () => void import(/* webpackChunkName: "pane-menu" */ './components/PaneMenu');

  // A check asked for before the bundled sets arrived (a lazy chunk) runs as soon as they are here.
  const [checkWanted, setCheckWanted] = useState(false);
  const { check } = checker;
  useEffect(() => {
    if (checkWanted && setsReady) {
      setCheckWanted(false);
      void check();
    }
  }, [checkWanted, setsReady, check]);

  // When the shown result was computed: stamped on the render that first shows each finished check.
  const stamp = useRef<{ runs: number; at: Date | null }>({ runs: 0, at: null });
  if (stamp.current.runs !== state.runs) stamp.current = { runs: state.runs, at: new Date() };
  const checkedAt = stamp.current.at;
  const applyingSet = applying && applying.runs === state.runs ? applying.set : null;

  const outcome = state.outcome;
  const checked = outcome?.kind === 'checked' ? outcome : null;
  const result = checked?.result ?? null;
  const running = state.running || checkWanted;
  const canWrite = !!result?.parsed && !running;
  const noScoresheet =
    outcome?.kind === 'emptyWorkbook'
      ? { sheets: '', empty: true }
      : result?.findings.some((f) => f.code === 'layout.noScoresheet')
        ? { sheets: result.sheetName || outcome!.sheets.filter((s) => s.visible).map((s) => s.name).join('", "'), empty: false }
        : null;
  // The card says "no scoresheet" itself (once, with the template button): no second notice.
  const problem = noScoresheet ? null : checkProblem(state);
  const showTabs = !!result?.parsed && !noScoresheet;

  const openView = (view: DrawerView, start?: 'create' | 'load') => setDrawer({ view, start });
  const closeDrawer = () => {
    setDrawer(null);
    // Back to where the user opened it from (the drawer's own restore would aim at a closed menu).
    requestAnimationFrame(() => frame.current?.querySelector<HTMLElement>('[data-testid="pane-menu"]')?.focus());
  };
  const onSetCreated = (set: CriteriaSet) => {
    setExtraSets((prev) => [...prev.filter((s) => s.id !== set.id || s.version !== set.version), set]);
    setDrawer(null);
    // Applied at once: one notice while the check with it runs, gone when it is done.
    setApplying({ set, runs: state.runs });
    actions.setNotice(null);
    // Kept in the workbook's settings, the next check reads it; without settings, choose it now.
    if (port.setSetting && !checker.setChoice) void checker.check();
    else checker.chooseSet(set);
    return port.setSetting ? null : both((s) => s.setOnlyThisSession);
  };

  const menu: PaneMenuEntry[] = [
    { id: 'unflag', group: 'actions', label: t.unflag, icon: <FlagOffRegular />, disabled: !canWrite || actions.busy, onClick: actions.unflag },
    { id: 'sheetSet', group: 'views', label: t.menuSheetAndSet, icon: <SettingsRegular />, onClick: () => openView('sheetSet') },
    { id: 'template', group: 'views', label: t.menuTemplate, icon: <DocumentAddRegular />, onClick: () => openView('template') },
    { id: 'criteria', group: 'views', label: t.menuImport, icon: <ArrowUploadRegular />, onClick: () => openView('criteria') },
    { id: 'help', group: 'views', label: t.menuHelp, icon: <QuestionCircleRegular />, onClick: () => openView('help') },
    { id: 'seal', group: 'actions', label: lang === 'vi' ? 'Chốt số liệu' : 'Seal the figures', icon: <LockClosedRegular />, disabled: !result?.parsed, onClick: () => setSeason('seal') },
    { id: 'compare', group: 'views', label: lang === 'vi' ? 'So sánh với năm trước' : 'Compare with last year', icon: <HistoryRegular />, disabled: !result?.scores, onClick: () => setSeason('compare') },
  ];

  const sheetName = result?.sheetName || checker.sheetChoice || firstVisible(outcome?.sheets) || '';
  const templateKey = result?.unit ?? '';
  const templateProps = { sets, defaultUnit: result?.unit ?? '', busy: actions.busy, onInsert: actions.template };

  return (
    <div ref={frame}>
      <PageFrame lang={lang} title={t.appTitle} onLang={changeLang} layout="pane" menu={
          menuLoaded ? (
            <Suspense fallback={<MenuButton />}>
              <PaneMenu entries={menu} onLang={changeLang} initiallyOpen />
            </Suspense>
          ) : (
            <MenuButton onClick={() => setMenuLoaded(true)} onPointerEnter={prefetchMenu} onFocus={prefetchMenu} />
          )
        }
      >
        <ActionBar
          running={running}
          busy={actions.busy}
          canWrite={canWrite}
          onCheck={() => (setsReady ? void checker.check() : setCheckWanted(true))}
          onFlag={actions.flag}
          onSummary={actions.summary}
        />
        <Suspense fallback={null}>
        {applyingSet && <NoticeBar notice={{ intent: 'info', text: both((s) => s.applyingSet(applyingSet.title)) }} testId="applying" />}
        {actions.notice && <NoticeBar notice={actions.notice} onDismiss={actions.dismiss} testId="notice" />}
        </Suspense>
        <ResultCard
          running={running}
          result={result}
          checkedAt={checkedAt}
          live={!!port.onChange}
          problem={problem}
          noScoresheet={noScoresheet}
          template={
            <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
              <TemplateSection key={templateKey} {...templateProps} compact />
            </Suspense>
          }
          onBuildSet={() => openView('criteria', 'create')}
          onLoadSet={() => openView('criteria', 'load')}
        />
        <LiveRegion text={announcement(state, lang)} />
        {showTabs && result && (
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <ResultTabs result={result} onSelect={actions.select} explained={explained} onRequests={actions.requests} busy={actions.busy} />
          </Suspense>
        )}
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          {season === 'seal' && <SealButton port={port} result={result} lang={lang} disabled={running} />}
          {season === 'compare' && <CompareWithLastYear result={result} sets={sets} lang={lang} />}
        </Suspense>
        {drawer && (
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <PaneDrawer
              view={drawer.view}
              onClose={closeDrawer}
              sheetSet={{
                sheets: outcome?.sheets ?? [],
                result,
                autoPicked: checked?.autoPicked ?? false,
                sheetChoice: checker.sheetChoice,
                setChoice: checker.setChoice,
                sets,
                disabled: running,
                onSheet: checker.chooseSheet,
                onSet: checker.chooseSet,
              }}
              template={templateProps}
              importSet={{ port, sheetName, lang, onSetCreated, start: drawer.start }}
            />
          </Suspense>
        )}
      </PageFrame>
    </div>
  );
}

function firstVisible(sheets: { name: string; visible: boolean }[] | undefined): string | null {
  return sheets?.find((s) => s.visible)?.name ?? null;
}

