/** One line per checked scoresheet (or file that could not be checked): unit, set, status and what is missing, indices, counts. */
import { makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { STATUS_LABEL } from '../../engine/results/status';
import { formatNumber } from '../../engine/text/format';
import { DataTable, NumCell } from '../../taskpane/components/DataTable';
import { useCheckerLang } from '../checker-lang';
import { severityCount, type FileEntry } from '../file-entries';
import { sheetChecks } from '../page-model';

const useStyles = makeStyles({
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Nine columns do not fit the task pane's width: scroll sideways there rather than squash.
  scroll: { overflowX: 'auto' },
  table: { minWidth: '860px' },
});

export function Overview({ entries }: { entries: FileEntry[] }) {
  const { lang, t, c } = useCheckerLang();
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  const checks = sheetChecks(entries);
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
          { label: c.colStatus },
          { label: c.colSelfIndex, numeric: true },
          { label: c.colFinalIndex, numeric: true },
          { label: c.colClassification },
          { label: c.colErrors, numeric: true },
          { label: c.colWarnings, numeric: true },
        ]}
      >
        {entries.flatMap((e) => {
          if (e.status !== 'checked' || e.reply) {
            if (e.status === 'checked') return []; // a returned requests workbook: shown in its own card
            return [
              <TableRow key={e.id} data-testid="overview-row" data-file={e.name} data-status={e.status}>
                <TableCell>{e.name}</TableCell>
                <TableCell colSpan={8} className={e.status === 'failed' ? styles.failed : undefined} data-col="status">
                  {e.status === 'failed' ? `${c.statusFailed}: ${e.problem?.[lang] ?? ''}` : c.statusReading}
                </TableCell>
              </TableRow>,
            ];
          }
          return checks
            .filter((s) => s.entry === e)
            .map((s) => {
              const r = s.result;
              const sc = r.scores;
              return (
                <TableRow
                  key={`${e.id}-${r.sheetName}`}
                  data-testid="overview-row"
                  data-file={e.name}
                  data-sheet={r.sheetName}
                  data-status={e.status}
                  data-season={s.status.status}
                >
                  <TableCell>{s.manySheets ? `${e.name} › ${r.sheetName}` : e.name}</TableCell>
                  <TableCell data-col="unit">{r.unit ?? t.unitUnknown}</TableCell>
                  <TableCell data-col="set">{r.set ? `${r.set.id} (${r.set.version})` : c.notChecked}</TableCell>
                  <TableCell data-col="season">
                    {STATUS_LABEL[s.status.status][lang]}
                    {s.status.detail[lang] && s.status.status !== 'noSet' && <span className={styles.detail}>{s.status.detail[lang]}</span>}
                  </TableCell>
                  <NumCell data-col="self-index">{sc ? n(sc.self.index) : c.notChecked}</NumCell>
                  <NumCell data-col="final-index">{sc?.final ? n(sc.final.index) : c.notChecked}</NumCell>
                  <TableCell data-col="classification">{sc?.classification ?? c.notChecked}</TableCell>
                  <NumCell data-col="errors">{severityCount(r, 'error')}</NumCell>
                  <NumCell data-col="warnings">{severityCount(r, 'warning')}</NumCell>
                </TableRow>
              );
            });
        })}
      </DataTable>
    </div>
  );
}
