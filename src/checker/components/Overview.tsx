/** One line per file: unit, set, indices, classification and counts, or why it could not be checked. */
import { makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../engine/text/format';
import { DataTable, NumCell } from '../../taskpane/components/DataTable';
import { useCheckerLang } from '../checker-lang';
import { severityCount, type FileEntry } from '../file-entries';

const useStyles = makeStyles({
  failed: { color: tokens.colorPaletteRedForeground1 },
  // Eight columns do not fit the task pane's width: scroll sideways there rather than squash.
  scroll: { overflowX: 'auto' },
  table: { minWidth: '760px' },
});

export function Overview({ entries }: { entries: FileEntry[] }) {
  const { lang, t, c } = useCheckerLang();
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  return (
    <div className={styles.scroll}>
      <DataTable
        caption={c.overviewCaption}
        testId="overview"
        className={styles.table}
        columns={[
          { label: c.colFile },
          { label: c.colUnit },
          { label: c.colSet },
          { label: c.colSelfIndex, numeric: true },
          { label: c.colFinalIndex, numeric: true },
          { label: c.colClassification },
          { label: c.colErrors, numeric: true },
          { label: c.colWarnings, numeric: true },
        ]}
      >
        {entries.map((e) => {
          const r = e.result;
          const s = r?.scores ?? null;
          return (
            <TableRow key={e.id} data-testid="overview-row" data-file={e.name} data-status={e.status}>
              <TableCell>{e.name}</TableCell>
              {e.status !== 'checked' || !r ? (
                <TableCell colSpan={7} className={e.status === 'failed' ? styles.failed : undefined} data-col="status">
                  {e.status === 'failed' ? `${c.statusFailed}: ${e.problem?.[lang] ?? ''}` : c.statusReading}
                </TableCell>
              ) : (
                <>
                  <TableCell data-col="unit">{r.unit ?? t.unitUnknown}</TableCell>
                  <TableCell data-col="set">{r.set ? `${r.set.id} (${r.set.version})` : c.notChecked}</TableCell>
                  <NumCell data-col="self-index">{s ? n(s.self.index) : c.notChecked}</NumCell>
                  <NumCell data-col="final-index">{s?.final ? n(s.final.index) : c.notChecked}</NumCell>
                  <TableCell data-col="classification">{s?.classification ?? c.notChecked}</TableCell>
                  <NumCell data-col="errors">{severityCount(r, 'error')}</NumCell>
                  <NumCell data-col="warnings">{severityCount(r, 'warning')}</NumCell>
                </>
              )}
            </TableRow>
          );
        })}
      </DataTable>
    </div>
  );
}
