/** One line per file: unit, set, indices, classification and counts, or why it could not be checked. */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../engine/text/format';
import { useCheckerLang } from '../checker-lang';
import { severityCount, type FileEntry } from '../file-entries';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
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
      <Table size="small" className={styles.table} aria-label={c.overviewCaption} data-testid="overview">
        <caption className={styles.caption}>{c.overviewCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{c.colFile}</TableHeaderCell>
            <TableHeaderCell scope="col">{c.colUnit}</TableHeaderCell>
            <TableHeaderCell scope="col">{c.colSet}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.num}>
              {c.colSelfIndex}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.num}>
              {c.colFinalIndex}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{c.colClassification}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.num}>
              {c.colErrors}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.num}>
              {c.colWarnings}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
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
                    <TableCell className={styles.num} data-col="self-index">
                      {s ? n(s.self.index) : c.notChecked}
                    </TableCell>
                    <TableCell className={styles.num} data-col="final-index">
                      {s?.final ? n(s.final.index) : c.notChecked}
                    </TableCell>
                    <TableCell data-col="classification">{s?.classification ?? c.notChecked}</TableCell>
                    <TableCell className={styles.num} data-col="errors">
                      {severityCount(r, 'error')}
                    </TableCell>
                    <TableCell className={styles.num} data-col="warnings">
                      {severityCount(r, 'warning')}
                    </TableCell>
                  </>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
