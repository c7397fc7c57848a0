/**
 * Loading the request a unit sent back, beside the open sheet, and its answers next to the items.
 * A lazy chunk of the pane (App loads it on the "Thẩm định" tab only): with the table of answers
 * it is not needed for the first check, and the pane's first load stays small.
 */
import { useState } from 'react';
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { AnswersPanel } from '../../checker/components/AnswersPanel';
import { resultsStrings } from '../../checker/results-strings';
import { requestsWithAnswers } from '../../engine/appraisal/answers';
import type { CheckResult } from '../../engine/check-result';
import type { Bilingual } from '../../engine/text/lang';
import { useLang } from '../i18n/context';
import { loadReplyFile, type ReplyLoad } from '../state/reply-file';
import { FilePickButton } from './FilePickButton';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalS },
  bad: { color: tokens.colorPaletteRedForeground1, margin: `${tokens.spacingVerticalS} 0` },
});

export default function ReplyAnswers({ result }: { result: CheckResult }) {
  const { lang } = useLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const [reading, setReading] = useState(false);
  const [shown, setShown] = useState<ReplyLoad | null>(null);
  // After a re-check (the appraiser typing round-2 scores) the answers are put next to the new result.
  const answers = shown?.ok ? requestsWithAnswers(result, shown.reply) : [];
  const load = async (file: File) => {
    setReading(true);
    try {
      setShown(await loadReplyFile(file, result));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const problem: Bilingual = { vi: `Không đọc được tệp: ${detail}`, en: `The file could not be read: ${detail}` };
      setShown({ ok: false, problem });
    } finally {
      setReading(false);
    }
  };
  return (
    <>
      <div className={styles.bar}>
        <FilePickButton
          label={r.answersPick}
          accept=".xlsx"
          disabled={reading}
          buttonTestId="load-reply"
          inputTestId="reply-input"
          onFiles={([f]) => f && void load(f)}
        />
        {reading && <Spinner size="tiny" label={r.answersHeading} />}
      </div>
      <div role="status" aria-live="polite">
        {shown && !shown.ok && <p className={styles.bad}>{shown.problem[lang]}</p>}
      </div>
      {shown?.ok && <AnswersPanel paired={{ reply: shown.reply, from: shown.from, answers }} />}
    </>
  );
}
