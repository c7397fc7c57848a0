/**
 * The browser checking page: pick or drop .xlsx scoresheets, see each file's scores and
 * findings, download flagged copies and the ranking workbook. Everything happens in this page:
 * files are read with FileReader/Blob, checked by the engine over ExcelJS, and downloads are
 * local blob URLs. It sends no request of its own.
 *
 * Shown standalone (checker.html, src/checker/index.tsx) and inside the task pane when Office is
 * not there (src/taskpane/file-mode.ts loads this module as a lazy chunk: it pulls in ExcelJS).
 */
import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/findings/finding';
import type { LangStorage } from '../taskpane/i18n/lang';
import { NoticeBar } from '../taskpane/components/NoticeBar';
import { PageFrame } from '../taskpane/components/PageFrame';
import { useLangChoice } from '../taskpane/components/use-lang-choice';
import type { Notice } from '../taskpane/state/notice';
import type { FileModeProps } from '../taskpane/file-mode';
import { checkerStrings, type CheckerStrings } from './checker-strings';
import { flaggedCopy, rankingWorkbook, saveInBrowser, utf8Bytes, type SaveFile } from './downloads';
import { batchResults, flaggedFileName, progressOf, RANKING_FILE_NAME, type FileEntry } from './file-entries';
import { useChecker } from './use-checker';
import { DropZone } from './components/DropZone';
import { FileCard } from './components/FileCard';
import { Overview } from './components/Overview';
import { SetsSection } from './components/SetsSection';
import { usePageSets } from './use-sets';
import { setFileName } from '../taskpane/components/ImportSetPanel';
import { setsStrings } from './sets-strings';

const useStyles = makeStyles({
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  privacy: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface CheckerPageProps extends FileModeProps {
  /** Where the language choice is kept (localStorage on the page; shared with the pane). */
  storage?: LangStorage | null;
  /** How a made file is handed to the user (a browser download; tests capture it). */
  save?: SaveFile;
  /** The sets every check starts from (default: the bundled ones); the user's loaded sets are added. */
  sets?: CriteriaSet[];
}

/** A page message in both languages, so it follows a language switch. */
const both = (pick: (c: CheckerStrings) => string): Bilingual => ({ vi: pick(checkerStrings('vi')), en: pick(checkerStrings('en')) });

export function CheckerPage({ lang: givenLang, storage = null, save = saveInBrowser, sets }: CheckerPageProps) {
  const styles = useStyles();
  const { lang, setLang, changeLang } = useLangChoice(givenLang, storage);
  useEffect(() => setLang(givenLang), [givenLang]); // the pane's own switch, when shown inside it
  const pageSets = usePageSets(storage, sets);
  const checker = useChecker(pageSets.all);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const c = checkerStrings(lang);
  const entries = checker.state.entries;
  const progress = progressOf(entries);

  /** Make a file and hand it over; a failure becomes a notice, never an uncaught error. */
  const download = async (name: string, make: () => Promise<Uint8Array>) => {
    setBusy(true);
    setNotice(null);
    try {
      save(await make(), name);
      setNotice({ intent: 'success', text: both((s) => s.downloaded(name)) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setNotice({ intent: 'error', text: both((s) => s.downloadFailed(detail)) });
    } finally {
      setBusy(false);
    }
  };

  const downloadFlagged = (entry: FileEntry) => {
    const { bytes, result } = entry;
    if (!bytes || !result) return;
    void download(flaggedFileName(entry.name), () => flaggedCopy(bytes, result, lang));
  };

  const saveSetJson = (set: CriteriaSet) => {
    const name = setFileName(set);
    try {
      save(utf8Bytes(JSON.stringify(set, null, 2) + '\n'), name);
      setNotice({ intent: 'success', text: { vi: setsStrings('vi').jsonSaved(name), en: setsStrings('en').jsonSaved(name) } });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setNotice({ intent: 'error', text: both((x) => x.downloadFailed(detail)) });
    }
  };

  const downloadRanking = () => void download(RANKING_FILE_NAME, () => rankingWorkbook(batchResults(entries, lang), lang));

  const status =
    progress.total === 0 ? '' : progress.busy ? c.progress(progress.done, progress.total) : c.allDone(progress.checked, progress.failed);

  return (
    <PageFrame lang={lang} title={c.pageTitle} onLang={changeLang} layout="page">
      <p className={styles.text}>{c.intro}</p>
      <p className={styles.privacy}>{c.privacy}</p>
      <SetsSection sets={pageSets} onNotice={(text, intent) => setNotice({ intent, text })} onSaveJson={saveSetJson} />
      <DropZone onFiles={checker.addFiles} />
      <p role="status" aria-live="polite" data-testid="progress" className={styles.text}>
        {status}
      </p>
      {entries.length > 0 && (
        <div className={styles.bar}>
          <Button
            appearance="primary"
            disabled={busy || progress.busy || progress.done === 0}
            onClick={downloadRanking}
            data-testid="download-ranking"
          >
            {c.downloadRanking}
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
          <p className={styles.hint}>{c.rankingHint}</p>
        </div>
      )}
      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} testId="notice" />}
      {entries.length > 0 && <Overview entries={entries} />}
      <div className={styles.cards}>
        {entries.map((e) => (
          <FileCard key={e.id} entry={e} busy={busy} onFlagged={downloadFlagged} onRemove={checker.remove} />
        ))}
      </div>
    </PageFrame>
  );
}
