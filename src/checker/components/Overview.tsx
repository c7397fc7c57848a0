/**
 * One line per checked scoresheet (or file that could not be checked), in the season's order:
 * rank, file (a link to its card), unit, set, status and what is missing, indices, counts.
 * A plain table (no Fluent Table components) whose lines are memoised: with 200 files a batch of
 * results redraws only the lines that changed.
 */
import { memo, type MouseEvent } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_LABEL } from '../../engine/results/status';
import { formatNumber } from '../../engine/text/format';
import type { Lang } from '../../engine/text/lang';
import type { Strings } from '../../taskpane/i18n/strings';
import { useCheckerLang } from '../checker-lang';
import type { CheckerStrings } from '../checker-strings';
import { severityCount } from '../file-entries';
import type { OverviewLine } from '../page-model';
import { PlainTable, usePlainTableStyles, type PlainTableStyles } from './PlainTable';

const useStyles = makeStyles({
  file: { wordBreak: 'break-word', minWidth: '10em' },
  link: { color: tokens.colorBrandForegroundLink, ':hover': { color: tokens.colorBrandForegroundLinkHover } },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Styles = ReturnType<typeof useStyles> & PlainTableStyles;

export interface OverviewProps {
  lines: OverviewLine[];
  /** Files still waiting or being checked (one line counts them). */
  waiting: number;
  /** A file name was clicked: open its card and bring it into view. */
  onOpen: (id: number) => void;
}

export function Overview({ lines, waiting, onOpen }: OverviewProps) {
  const { lang, t, c } = useCheckerLang();
  const own = useStyles();
  const table = usePlainTableStyles();
  const styles: Styles = { ...table, ...own };
  const columns = [
    { label: c.colRank, numeric: true },
    { label: c.colFile },
    { label: c.colUnit },
    { label: c.colSet },
    { label: c.colStatus },
    { label: c.colSelfIndex, numeric: true },
    { label: c.colFinalIndex, numeric: true },
    { label: c.colClassification },
    { label: c.colErrors, numeric: true },
    { label: c.colWarnings, numeric: true },
  ];
  return (
    <PlainTable caption={c.overviewCaption} hint={c.overviewHint} columns={columns} testId="overview" minWidth="900px" stacked>
      {lines.map((line) => (
        <Line key={line.key} line={line} rank={line.rank} lang={lang} t={t} c={c} styles={styles} onOpen={onOpen} />
      ))}
      {waiting > 0 && (
        <tr role="row" data-testid="overview-waiting">
          <td role="cell" className={styles.td} />
          <td role="cell" colSpan={9} className={styles.td}>
            {c.waitingFiles(waiting)}
          </td>
        </tr>
      )}
    </PlainTable>
  );
}

interface LineProps {
  line: OverviewLine;
  rank: number | null;
  lang: Lang;
  t: Strings;
  c: CheckerStrings;
  styles: Styles;
  onOpen: (id: number) => void;
}

/** Drawn again only when its file, sheet, rank or language changed. */
const Line = memo(LineView, (a, b) => a.line.entry === b.line.entry && a.line.check === b.line.check && a.rank === b.rank && a.lang === b.lang && a.onOpen === b.onOpen);

function LineView({ line, rank, lang, t, c, styles, onOpen }: LineProps) {
  const { entry: e, check: s } = line;
  const n = (v: number) => formatNumber(v, lang, 2);
  const open = (ev: MouseEvent) => {
    ev.preventDefault();
    onOpen(e.id);
  };
  const fileCell = (
    <td className={`${styles.td} ${styles.file}`} data-col="file" role="cell" data-label={c.colFile}>
      <a href={`#file-card-${e.id}`} className={styles.link} onClick={open}>
        {s?.manySheets ? `${e.name} › ${s.result.sheetName}` : e.name}
      </a>
    </td>
  );
  const rankCell = (
    <td className={`${styles.td} ${styles.num}`} data-col="rank" role="cell" data-label={c.colRank}>
      {rank === null ? c.notChecked : String(rank)}
    </td>
  );
  if (!s) {
    return (
      <tr role="row" data-testid="overview-row" data-file={e.name} data-status={e.status}>
        {rankCell}
        {fileCell}
        <td colSpan={8} className={`${styles.td} ${styles.failed}`} data-col="status" role="cell">
          {`${c.statusFailed}: ${e.problem?.[lang] ?? ''}`}
        </td>
      </tr>
    );
  }
  const r = s.result;
  const sc = r.scores;
  return (
    <tr role="row" data-testid="overview-row" data-file={e.name} data-sheet={r.sheetName} data-status={e.status} data-season={s.status.status}>
      {rankCell}
      {fileCell}
      <td className={styles.td} data-col="unit" role="cell" data-label={c.colUnit}>
        {r.unit ?? t.unitUnknown}
      </td>
      <td className={styles.td} data-col="set" role="cell" data-label={c.colSet}>
        {r.set ? `${r.set.id} (${r.set.version})` : c.notChecked}
      </td>
      <td className={styles.td} data-col="season" role="cell" data-label={c.colStatus}>
        {STATUS_LABEL[s.status.status][lang]}
        {s.status.detail[lang] && s.status.status !== 'noSet' && <span className={styles.detail}>{s.status.detail[lang]}</span>}
      </td>
      <td className={`${styles.td} ${styles.num}`} data-col="self-index" role="cell" data-label={c.colSelfIndex}>
        {sc ? n(sc.self.index) : c.notChecked}
      </td>
      <td className={`${styles.td} ${styles.num}`} data-col="final-index" role="cell" data-label={c.colFinalIndex}>
        {sc?.final ? n(sc.final.index) : c.notChecked}
      </td>
      <td className={styles.td} data-col="classification" role="cell" data-label={c.colClassification}>
        {sc?.classification ?? c.notChecked}
      </td>
      <td className={`${styles.td} ${styles.num}`} data-col="errors" role="cell" data-label={c.colErrors}>
        {severityCount(r, 'error')}
      </td>
      <td className={`${styles.td} ${styles.num}`} data-col="warnings" role="cell" data-label={c.colWarnings}>
        {severityCount(r, 'warning')}
      </td>
    </tr>
  );
}
