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
import { useEffect, useMemo, useState } from 'react';
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
import { pageSeason, pairAnswers, sheetChecks, surveySummary } from './page-model';
import { resultsStrings } from './results-strings';
import { setsStrings } from './sets-strings';
import { exemptionsStrings } from './exemptions-strings';
import { readExemptionsFile } from './exemptions-table';
import { readSurveyTable } from './survey-table';
import { useChecker } from './use-checker';
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

export interface CheckerPageProps extends FileModeProps {
  /** How a made file is handed to the user (a browser download; tests capture it). */
  save?: SaveFile;
  /** The sets every check starts from (default: the bundled ones); the user's loaded sets are added. */
  sets?: CriteriaSet[];
}

export function CheckerPage({ lang: givenLang, storage = null, save = saveInBrowser, sets }: CheckerPageProps) {
  const styles = useStyles();
  const { lang, setLang, changeLang } = useLangChoice(givenLang, storage);
  useEffect(() => setLang(givenLang), [givenLang]); // the pane's own switch, when shown inside it
  const pageSets = usePageSets(storage, sets);
  const [survey, setSurvey] = useState<UnitTable | null>(null);
  const [surveyProblem, setSurveyProblem] = useState<Bilingual | null>(null);
  const [exemptions, setExemptions] = useState<ExemptionTable | null>(null);
  const [exemptionsProblem, setExemptionsProblem] = useState<Bilingual | null>(null);
  const inputs = useMemo(() => ({ sets: pageSets.all, survey, exemptions }), [pageSets.all, survey, exemptions]);
  const checker = useChecker(inputs);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deadline, setDeadline] = useState('');
  const c = checkerStrings(lang);
  const r = resultsStrings(lang);
  const entries = checker.state.entries;
  const progress = progressOf(entries);
  const checks = useMemo(() => sheetChecks(entries), [entries]);
  const season = useMemo(() => pageSeason(entries, lang), [entries, lang]);
  const pairing = useMemo(() => pairAnswers(entries), [entries]);
  const requestCount = checks.reduce((n, s) => n + explanationRequests(s.result).length, 0);
  const unitsWithRequests = checks.filter((s) => explanationRequests(s.result).length > 0).length;

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
    const unit = unitRequests(result, entry.name);
    const [name] = requestsFileNames([unit.unit], lang);
    void download(name, () => requestsWorkbook(unit, options));
  };

  const downloadAllRequests = () => {
    const options = requestOptions();
    if (!options) return;
    const name = lang === 'vi' ? 'de-nghi-giai-trinh.zip' : 'explanation-requests.zip';
    const units = checks.map((s) => unitRequests(s.result, s.entry.name));
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

  const status =
    progress.total === 0 ? '' : progress.busy ? c.progress(progress.done, progress.total) : c.allDone(progress.checked, progress.failed);

  return (
    <PageFrame lang={lang} title={c.pageTitle} onLang={changeLang} layout="page">
      <p className={styles.text}>{c.intro}</p>
      <p className={styles.privacy}>{c.privacy}</p>
      <SetsSection sets={pageSets} onNotice={(text, intent) => setNotice({ intent, text })} onSaveJson={saveSetJson} />
      <DropZone onFiles={checker.addFiles} />
      <SurveySection
        table={survey}
        problem={surveyProblem}
        checks={checks}
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
        checks={checks}
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
      {checks.length > 0 && !progress.busy && <SeasonView season={season} />}
      {entries.length > 0 && <Overview entries={entries} />}
      <div className={styles.cards}>
        {entries.map((e) => (
          <FileCard
            key={e.id}
            entry={e}
            checks={checks.filter((s) => s.entry === e)}
            pairing={pairing}
            busy={busy}
            onFlagged={downloadFlagged}
            onRequests={downloadUnitRequests}
            onRemove={checker.remove}
          />
        ))}
      </div>
    </PageFrame>
  );
}
