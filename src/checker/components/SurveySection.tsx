/**
 * The survey table (điểm điều tra XHH) for every check of the page: load one .xlsx/.csv, see which
 * units it names and which point columns it has, what of it cannot be used, the units in the table
 * with no checked sheet and the sheets with no row in the table. Removing it checks again without.
 */
import { Button } from '@fluentui/react-components';
import type { Bilingual } from '../../engine/text/lang';
import { surveyCoverage } from '../../engine/results/survey-points';
import type { UnitTable } from '../../engine/results/unit-table';
import { FilePickButton } from '../../taskpane/components/FilePickButton';
import { useCheckerLang } from '../checker-lang';
import type { SheetCheck } from '../page-model';
import { resultsStrings } from '../results-strings';
import { TABLE_ACCEPT } from '../table-file';
import { useSectionStyles } from './section-styles';

export interface SurveySectionProps {
  table: UnitTable | null;
  problem: Bilingual | null;
  checks: SheetCheck[];
  /** Files are being checked: the matching is said once they are all done. */
  busy: boolean;
  onFile: (file: File) => void;
  onRemove: () => void;
}

export function SurveySection({ table, problem, checks, busy, onFile, onRemove }: SurveySectionProps) {
  const { lang } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useSectionStyles();
  const coverage = table && table.headerRow >= 0 ? surveyCoverage(table, checks.map((s) => ({ file: s.entry.sourceName, unit: s.result.unit }))) : null;
  const columns = table?.columns.filter((c) => c.code).map((c) => c.header) ?? [];
  return (
    <section className={styles.section} aria-labelledby="survey-heading" data-testid="survey-section">
      <h2 id="survey-heading" className={styles.heading}>
        {r.surveyHeading}
      </h2>
      <p className={styles.muted}>{r.surveyIntro}</p>
      <div className={styles.bar}>
        <FilePickButton
          label={r.surveyPick}
          accept={TABLE_ACCEPT}
          buttonTestId="survey-pick"
          inputTestId="survey-input"
          onFiles={([f]) => f && onFile(f)}
        />
        {table && (
          <Button appearance="subtle" onClick={onRemove} data-testid="survey-remove">
            {r.surveyRemove}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="survey-status">
        {problem && <p className={styles.bad}>{problem[lang]}</p>}
        {table && table.headerRow >= 0 && (
          <p className={styles.text} data-testid="survey-loaded">
            {r.surveyLoaded(table.source, table.rows.length, columns.length ? columns.join(', ') : r.surveyNoCodes)}
          </p>
        )}
        {table && table.problems.length > 0 && (
          <>
            <p className={styles.bad}>{r.surveyProblems}</p>
            <ul className={styles.list} data-testid="survey-problems">
              {table.problems.map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </>
        )}
        {coverage && checks.length > 0 && !busy && (
          <>
            {coverage.rowsWithoutWorkbook.length > 0 && (
              <>
                <p className={styles.text}>{r.surveyRowsWithout(coverage.rowsWithoutWorkbook.length)}</p>
                <ul className={styles.list} data-testid="survey-rows-without">
                  {coverage.rowsWithoutWorkbook.map((row) => (
                    <li key={row.row}>{row.file ? `${row.unit} (${row.file})` : row.unit}</li>
                  ))}
                </ul>
              </>
            )}
            {coverage.filesWithoutRow.length > 0 && (
              <>
                <p className={styles.text}>{r.surveyFilesWithout(coverage.filesWithoutRow.length)}</p>
                <ul className={styles.list} data-testid="survey-files-without">
                  {coverage.filesWithoutRow.map((f, i) => (
                    <li key={`${f.file}-${i}`}>{f.unit ? `${f.unit} (${f.file})` : f.file}</li>
                  ))}
                </ul>
              </>
            )}
            {coverage.rowsWithoutWorkbook.length === 0 && coverage.filesWithoutRow.length === 0 && <p className={styles.muted}>{r.surveyAllMatched}</p>}
          </>
        )}
      </div>
    </section>
  );
}
