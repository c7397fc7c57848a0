/**
 * The exemptions table (bảng miễn đánh giá of the Department of Home Affairs) for every check of
 * the page, as the CLI's `--exemptions`: load one .xlsx/.csv, see each unit it names with the
 * codes it is granted, the cells that cannot be used (each message names its cell) and the units
 * in the table with no checked sheet. Removing it checks again without (N/A then listed for
 * confirmation).
 */
import { Button } from '@fluentui/react-components';
import type { Bilingual } from '../../engine/text/lang';
import type { ExemptionTable } from '../../engine/exemptions/table';
import { exemptionRowGrants, exemptionRowsWithoutSheet } from '../../engine/exemptions/table-use';
import { FilePickButton } from '../../taskpane/components/FilePickButton';
import { useCheckerLang } from '../checker-lang';
import { exemptionsStrings } from '../exemptions-strings';
import type { SheetCheck } from '../page-model';
import { TABLE_ACCEPT } from '../table-file';
import { useSectionStyles } from './section-styles';

export interface ExemptionsSectionProps {
  table: ExemptionTable | null;
  problem: Bilingual | null;
  checks: SheetCheck[];
  /** Files are being checked: the matching is said once they are all done. */
  busy: boolean;
  onFile: (file: File) => void;
  onRemove: () => void;
}

export function ExemptionsSection({ table, problem, checks, busy, onFile, onRemove }: ExemptionsSectionProps) {
  const { lang } = useCheckerLang();
  const x = exemptionsStrings(lang);
  const styles = useSectionStyles();
  const grants = table ? exemptionRowGrants(table) : [];
  const without = table ? exemptionRowsWithoutSheet(table, checks.map((s) => ({ file: s.entry.sourceName, unit: s.result.unit }))) : [];
  return (
    <section className={styles.section} aria-labelledby="exemptions-heading" data-testid="exemptions-section">
      <h2 id="exemptions-heading" className={styles.heading}>
        {x.heading}
      </h2>
      <p className={styles.muted}>{x.intro}</p>
      <div className={styles.bar}>
        <FilePickButton label={x.pick} accept={TABLE_ACCEPT} buttonTestId="exemptions-pick" inputTestId="exemptions-input" onFiles={([f]) => f && onFile(f)} />
        {table && (
          <Button appearance="subtle" onClick={onRemove} data-testid="exemptions-remove">
            {x.remove}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="exemptions-status">
        {problem && <p className={styles.bad}>{problem[lang]}</p>}
        {table && (
          <>
            <p className={styles.text} data-testid="exemptions-loaded">
              {x.loaded(table.table.source, grants.length)}
            </p>
            <ul className={styles.list} data-testid="exemptions-units">
              {grants.map((g) => (
                <li key={g.row} data-row={g.row}>
                  {x.unitLine(g.file ? `${g.unit} (${g.file})` : g.unit, g.row, g.codes)}
                </li>
              ))}
            </ul>
          </>
        )}
        {table && table.problems.length > 0 && (
          <>
            <p className={styles.bad}>{x.problems}</p>
            <ul className={styles.list} data-testid="exemptions-problems">
              {table.problems.map((p, i) => (
                <li key={i} data-cell={p.cell ?? ''}>
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          </>
        )}
        {table && checks.length > 0 && !busy && (
          <>
            {without.length > 0 ? (
              <>
                <p className={styles.text}>{x.rowsWithout(without.length)}</p>
                <ul className={styles.list} data-testid="exemptions-rows-without">
                  {without.map((w) => (
                    <li key={w.row}>{x.rowWithout(w.unit, w.row)}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className={styles.muted}>{x.allMatched}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
