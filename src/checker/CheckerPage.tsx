/**
 * The browser checking page: criteria sets, scoresheets (and the request workbooks units send
 * back), a survey table, the exemptions table of the Department of Home Affairs; each file's status, scores and findings; the season's ranking per block
 * as a chart and a table; downloads of the results workbook, the explanation requests and flagged
 * copies. Everything happens in this page: files are read with FileReader/Blob, checked by the
 * engine over ExcelJS, and downloads are local blob URLs. It sends no request of its own.
 *
 * Shown standalone (checker.html, src/checker/index.tsx) and inside the task pane when Office is
 * not there (src/taskpane/file-mode.ts loads this module as a lazy chunk: it pulls in ExcelJS).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { parseDeadline } from '../engine/appraisal/deadline';
import { explanationRequests } from '../engine/appraisal/explanation-requests';
import { requestsFileNames } from '../engine/appraisal/requests-file-names';
import { unitRequests } from '../engine/appraisal/requests-workbook';
import type { CheckResult } from '../engine/check-result';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/text/lang';
import type { ExemptionTable } from '../engine/exemptions/table';
import type { UnitTable } from '../engine/results/unit-table';
import { setFileName } from '../taskpane/components/ImportSetPanel';
import { NoticeBar } from '../taskpane/components/NoticeBar';
import { PageFrame } from '../taskpane/components/PageFrame';
import { useLangChoice } from '../taskpane/components/use-lang-choice';
import type { Notice } from '../taskpane/state/notice';
import type { FileModeProps } from './file-mode-props';
import { readFileBytes } from '../taskpane/read-file';
import { inBoth } from './checker-lang';
import { checkerStrings } from './checker-strings';
import { flaggedCopy, rankingWorkbook, requestsWorkbook, requestsZip, saveInBrowser, type SaveFile } from './downloads';
import { batchResults, flaggedFileName, progressOf, RANKING_FILE_NAME, type FileEntry } from './file-entries';
import { entryChecks, overviewLines, pageSeason, pairAnswers, sheetChecks, surveySummary, type SheetCheck } from './page-model';
import { resultsStrings } from './results-strings';
import { setsStrings } from './sets-strings';
import { exemptionsStrings } from './exemptions-strings';
import { readExemptionsFile } from './exemptions-table';
import { readSurveyTable } from './survey-table';
import { useChecker } from './use-checker';
import type { CheckRunner } from './worker/runner';
import { usePageSets } from './use-sets';
import { utf8Bytes } from './utf8';
import { DropZone } from './components/DropZone';
import { ExemptionsSection } from './components/ExemptionsSection';
import { FileCard } from './components/FileCard';
import { Overview } from './components/Overview';
import { SeasonView } from './components/SeasonView';
import { SetsSection } from './components/SetsSection';
import { SurveySection } from './components/SurveySection';

const useStyles = makeStyles({
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  privacy: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  deadline: { maxWidth: '260px' },
});

/** Up to this many files, every card shows its scores and findings; above, cards start collapsed. */
export const OPEN_CARDS_UP_TO = 5;
/** Cards drawn per task: 200 cards appear over a few frames instead of one long freeze. */
export const CARDS_PER_STEP = 12;
const NO_CHECKS: SheetCheck[] = [];

export interface CheckerPageProps extends FileModeProps {
  /** How a made file is handed to the user (a browser download; tests capture it). */
  save?: SaveFile;
  /** The sets every check starts from (default: the bundled ones); the user's loaded sets are added. */
  sets?: CriteriaSet[];
  /** Who checks the files (default: the page's own thread; checker.html passes Web Workers). */
  makeRunner?: () => CheckRunner;
}

export function CheckerPage({ lang: givenLang, storage = null, save = saveInBrowser, sets, makeRunner }: CheckerPageProps) {
  const styles = useStyles();
  const { lang, setLang, changeLang } = useLangChoice(givenLang, storage);
  useEffect(() => setLang(givenLang), [givenLang]); // the pane's own switch, when shown inside it
  const pageSets = usePageSets(storage, sets);
  const [survey, setSurvey] = useState<UnitTable | null>(null);
  const [surveyProblem, setSurveyProblem] = useState<Bilingual | null>(null);
  const [exemptions, setExemptions] = useState<ExemptionTable | null>(null);
  const [exemptionsProblem, setExemptionsProblem] = useState<Bilingual | null>(null);
  const inputs = useMemo(() => ({ sets: pageSets.all, survey, exemptions }), [pageSets.all, survey, exemptions]);
  const checker = useChecker(inputs, makeRunner);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deadline, setDeadline] = useState('');
  const c = checkerStrings(lang);
  const r = resultsStrings(lang);
  const entries = checker.state.entries;
  const progress = progressOf(entries);
  const checks = useMemo(() => sheetChecks(entries), [entries]);
  // What needs every file (the ranking, the tables' coverage, the request counts) waits for the last one.
  const settledChecks = progress.busy ? NO_CHECKS : checks;
  const season = useMemo(() => pageSeason(entries, lang), [entries, lang]);
  const lines = useMemo(() => overviewLines(entries, season), [entries, season]);
  const pairing = useMemo(() => pairAnswers(entries), [entries]);
  const requestCounts = useMemo(() => settledChecks.map((s) => explanationRequests(s.result).length), [settledChecks]);
  const requestCount = requestCounts.reduce((a, b) => a + b, 0);
  const unitsWithRequests = requestCounts.filter((k) => k > 0).length;

  // Cards: open by default for a few files, collapsed for many; the user's choice per card wins.
  const [opened, setOpened] = useState<ReadonlyMap<number, boolean>>(new Map());
  const openByDefault = entries.length <= OPEN_CARDS_UP_TO;
  const openByDefaultRef = useRef(openByDefault);
  openByDefaultRef.current = openByDefault;
  const onToggle = useCallback(
    (id: number) =>
      setOpened((m) => {
        const next = new Map(m);
        next.set(id, !(m.get(id) ?? openByDefaultRef.current));
        return next;
      }),
    [],
  );
  // Cards are drawn CARDS_PER_STEP at a time, one task each, until all are there.
  const [shown, setShown] = useState(CARDS_PER_STEP);
  useEffect(() => {
    if (shown >= entries.length) return;
    const timer = setTimeout(() => startTransition(() => setShown((k) => k + CARDS_PER_STEP)), 0);
    return () => clearTimeout(timer);
  }, [shown, entries.length]);
  // A file name clicked in the overview: its card opens, comes into view and takes the focus.
  const [focusId, setFocusId] = useState<number | null>(null);
  const onOpen = useCallback(
    (id: number) => {
      setOpened((m) => new Map(m).set(id, true));
      setShown(Number.MAX_SAFE_INTEGER);
      setFocusId(id);
    },
    [],
  );
  useEffect(() => {
    if (focusId === null) return;
    const heading = document.getElementById(`file-${focusId}`);
    heading?.closest('section')?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
    setFocusId(null);
  }, [focusId]);

  // Notices are about the files as they were: a change of files clears them.
  const countRef = useRef(entries.length);
  countRef.current = entries.length;
  const addFiles = useCallback(
    (files: File[]) => {
      setNotice(null);
      // The new cards are drawn step by step too.
      setShown((k) => Math.max(CARDS_PER_STEP, Math.min(k, countRef.current + CARDS_PER_STEP)));
      checker.addFiles(files);
    },
    [checker.addFiles],
  );
  const removeFile = useCallback(
    (id: number) => {
      setNotice(null);
      checker.remove(id);
    },
    [checker.remove],
  );

  /** Make a file and hand it over; a failure becomes a notice, never an uncaught error. */
  const download = async (name: string, make: () => Promise<Uint8Array>, said?: Bilingual) => {
    setBusy(true);
    setNotice(null);
    try {
      save(await make(), name);
      setNotice({ intent: 'success', text: said ?? inBoth(checkerStrings, (s) => s.downloaded(name)) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setNotice({ intent: 'error', text: inBoth(checkerStrings, (s) => s.downloadFailed(detail)) });
    } finally {
      setBusy(false);
    }
  };

  const downloadFlagged = (entry: FileEntry) => {
    const { bytes, results } = entry;
    if (!bytes || results.length === 0) return;
    void download(flaggedFileName(entry.name), () => flaggedCopy(bytes, results, lang));
  };

  /** The deadline typed, or a notice saying how to write it (null = stop). */
  const requestOptions = () => {
    if (!deadline.trim()) return { lang, deadline: null };
    const parsed = parseDeadline(deadline, 'page');
    if (!parsed.ok) {
      setNotice({ intent: 'error', text: parsed.problem });
      return null;
    }
    return { lang, deadline: parsed.date };
  };

  const downloadUnitRequests = (entry: FileEntry, result: CheckResult) => {
    const options = requestOptions();
    if (!options) return;
    // The request names the file as the unit knows it (as picked), so its reply pairs back.
    const unit = unitRequests(result, entry.sourceName);
    const [name] = requestsFileNames([unit.unit], lang);
    void download(name, () => requestsWorkbook(unit, options));
  };

  const downloadAllRequests = () => {
    const options = requestOptions();
    if (!options) return;
    const name = lang === 'vi' ? 'de-nghi-giai-trinh.zip' : 'explanation-requests.zip';
    const units = checks.map((s) => unitRequests(s.result, s.entry.sourceName));
    const count = units.filter((u) => u.requests.length > 0).length;
    void download(name, async () => (await requestsZip(units, options)).bytes, inBoth(resultsStrings, (x) => x.requestsZipped(name, count)));
  };

  const downloadResults = () => void download(RANKING_FILE_NAME, () => rankingWorkbook(batchResults(entries, lang), lang, surveySummary(survey, checks)));

  const saveSetJson = (set: CriteriaSet) => {
    const name = setFileName(set);
    try {
      save(utf8Bytes(JSON.stringify(set, null, 2) + '\n'), name);
      setNotice({ intent: 'success', text: inBoth(setsStrings, (x) => x.jsonSaved(name)) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setNotice({ intent: 'error', text: inBoth(checkerStrings, (x) => x.downloadFailed(detail)) });
    }
  };

  const loadSurvey = async (file: File) => {
    setSurveyProblem(null);
    try {
      const read = await readSurveyTable(file.name, await readFileBytes(file));
      if (!read.ok) {
        setSurveyProblem(inBoth(resultsStrings, (x, l) => x.surveyReadFailed(file.name, read.problem[l])));
        return;
      }
      if (read.table.headerRow < 0) {
        setSurveyProblem(read.table.problems[0]?.message ?? null);
        return;
      }
      setSurvey(read.table); // every file is checked again with it
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setSurveyProblem(inBoth(resultsStrings, (x) => x.surveyReadFailed(file.name, why)));
    }
  };

  const loadExemptions = async (file: File) => {
    setExemptionsProblem(null);
    const failed = (why: Bilingual) => inBoth(exemptionsStrings, (x, l) => x.readFailed(file.name, why[l]));
    try {
      const read = await readExemptionsFile(file.name, await readFileBytes(file));
      if (!read.ok) {
        setExemptionsProblem(failed(read.problem));
        return;
      }
      setExemptions(read.table); // every file is checked again with it
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setExemptionsProblem(failed({ vi: why, en: why }));
    }
  };

  // The cards get stable handlers that call the latest ones (the deadline or language may have changed).
  const latest = useRef({ downloadFlagged, downloadUnitRequests });
  latest.current = { downloadFlagged, downloadUnitRequests };
  const onFlagged = useCallback((e: FileEntry) => latest.current.downloadFlagged(e), []);
  const onRequests = useCallback((e: FileEntry, res: CheckResult) => latest.current.downloadUnitRequests(e, res), []);

  const status =
    progress.total === 0 ? '' : progress.busy ? c.progress(progress.done, progress.total) : c.allDone(progress.checked, progress.failed);

  return (
    <PageFrame lang={lang} title={c.pageTitle} onLang={changeLang} layout="page">
      <p className={styles.text}>{c.intro}</p>
      <p className={styles.privacy}>{c.privacy}</p>
      <SetsSection sets={pageSets} onNotice={(text, intent) => setNotice({ intent, text })} onSaveJson={saveSetJson} />
      <DropZone onFiles={addFiles} />
      <SurveySection
        table={survey}
        problem={surveyProblem}
        checks={settledChecks}
        busy={progress.busy}
        onFile={(f) => void loadSurvey(f)}
        onRemove={() => {
          setSurvey(null);
          setSurveyProblem(null);
        }}
      />
      <ExemptionsSection
        table={exemptions}
        problem={exemptionsProblem}
        checks={settledChecks}
        busy={progress.busy}
        onFile={(f) => void loadExemptions(f)}
        onRemove={() => {
          setExemptions(null);
          setExemptionsProblem(null);
        }}
      />
      <p role="status" aria-live="polite" data-testid="progress" className={styles.text}>
        {status}
      </p>
      {entries.length > 0 && (
        <div className={styles.bar}>
          <Button appearance="primary" disabled={busy || progress.busy || progress.done === 0} onClick={downloadResults} data-testid="download-ranking">
            {r.downloadResults}
          </Button>
          <Field label={r.requestsDeadline} hint={r.requestsDeadlineHint} className={styles.deadline}>
            <Input value={deadline} placeholder="dd/mm/yyyy" onChange={(_, d) => setDeadline(d.value)} data-testid="requests-deadline" />
          </Field>
          <Button disabled={busy || progress.busy || unitsWithRequests === 0} onClick={downloadAllRequests} data-testid="download-requests">
            {r.downloadRequests}
          </Button>
          <Button
            disabled={busy}
            onClick={() => {
              checker.clear();
              setNotice(null);
              setOpened(new Map());
            }}
          >
            {c.clearAll}
          </Button>
          <p className={styles.hint}>
            {r.resultsHint} {unitsWithRequests > 0 ? r.requestsHint(unitsWithRequests, requestCount) : r.noRequests}
          </p>
        </div>
      )}
      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} testId="notice" />}
      {checker.state.renamed.length > 0 && (
        <NoticeBar
          notice={{ intent: 'warning', text: inBoth(checkerStrings, (x) => x.renamed(checker.state.renamed)) }}
          onDismiss={checker.renamedSeen}
          testId="renamed-notice"
        />
      )}
      {settledChecks.length > 0 && <SeasonView season={season} />}
      {entries.length > 0 && <Overview lines={lines} waiting={progress.total - progress.done} onOpen={onOpen} />}
      {!openByDefault && <p className={styles.hint}>{c.cardsCollapsed}</p>}
      <div className={styles.cards}>
        {entries.slice(0, shown).map((e) => {
          const own = entryChecks(e);
          return (
            <FileCard
              key={e.id}
              entry={e}
              checks={own}
              answers={own.map((s) => pairing.byResult.get(s.result))}
              pairedWith={pairing.pairedWith.get(e.id)}
              busy={busy}
              open={opened.get(e.id) ?? openByDefault}
              onToggle={onToggle}
              onFlagged={onFlagged}
              onRequests={onRequests}
              onRemove={removeFile}
              sets={pageSets.all}
            />
          );
        })}
      </div>
    </PageFrame>
  );
}
