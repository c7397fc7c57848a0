/**
 * The season's results on the page (engine: src/engine/results/season.ts): per block (criteria
 * set id and version) the ranking of complete results as a bar chart and a table, then every
 * other file of the block with its status and what is missing; files in no block last.
 */
import { makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { duplicateNote, type Season, type SeasonEntry } from '../../engine/results/season';
import { STATUS_LABEL } from '../../engine/results/status';
import { formatNumber } from '../../engine/text/format';
import { DataTable, NumCell } from '../../taskpane/components/DataTable';
import { useCheckerLang } from '../checker-lang';
import { resultsStrings } from '../results-strings';
import { RankChart } from './RankChart';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 0` },
  text: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  scroll: { overflowX: 'auto' },
  table: { minWidth: '640px' },
});

export function SeasonView({ season }: { season: Season }) {
  const { lang } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const n = (v: number) => formatNumber(v, lang, 2);
  const file = (e: SeasonEntry) => (e.result && e.result.sheetName && sheetsOf(season, e.fileName) > 1 ? `${e.fileName} › ${e.result.sheetName}` : e.fileName);
  const missing = (e: SeasonEntry) => [e.status.detail[lang], duplicateNote(e)[lang]].filter(Boolean).join(' ');

  const notRankedTable = (entries: SeasonEntry[], caption: string, testId: string) => (
    <div className={styles.scroll}>
      <DataTable caption={caption} testId={testId} className={styles.table} columns={[{ label: r.colUnit }, { label: r.colFile }, { label: r.colStatus }, { label: r.colMissing }]}>
        {entries.map((e, i) => (
          <TableRow key={`${e.file}-${e.result?.sheetName ?? ''}-${i}`} data-testid="not-ranked-row" data-file={e.fileName} data-status={e.status.status}>
            <TableCell>{e.unit}</TableCell>
            <TableCell>{file(e)}</TableCell>
            <TableCell data-col="status">{STATUS_LABEL[e.status.status][lang]}</TableCell>
            <TableCell data-col="missing">{missing(e)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </div>
  );

  return (
    <section className={styles.section} aria-labelledby="results-heading" data-testid="season">
      <h2 id="results-heading" className={styles.h2}>
        {r.resultsHeading}
      </h2>
      <p className={styles.text}>{r.rankRule}</p>
      {season.blocks.map((block) => {
        const name = r.blockHeading(block.set.title, block.set.id, block.set.version);
        return (
          <div key={`${block.set.id}@${block.set.version}`} data-testid="season-block" data-set={`${block.set.id}@${block.set.version}`}>
            <h3 className={styles.h3}>{name}</h3>
            {block.ranked.length === 0 ? (
              <p className={styles.text}>{r.nothingRanked}</p>
            ) : (
              <>
                <RankChart
                  lang={lang}
                  title={r.chartTitle(block.set.title)}
                  description={r.chartDesc(block.ranked.length)}
                  bars={block.ranked.map((e) => ({ rank: e.rank!, unit: e.unit, index: e.index! }))}
                />
                <div className={styles.scroll}>
                  <DataTable
                    caption={r.rankedCaption}
                    testId="ranking-table"
                    className={styles.table}
                    columns={[
                      { label: r.colRank, numeric: true },
                      { label: r.colUnit },
                      { label: r.colFile },
                      { label: r.colTotal, numeric: true },
                      { label: r.colIndex, numeric: true },
                      { label: r.colClassification },
                    ]}
                  >
                    {block.ranked.map((e) => {
                      const fin = e.result?.scores?.final;
                      return (
                        <TableRow key={`${e.file}-${e.result?.sheetName ?? ''}`} data-testid="ranked-row" data-file={e.fileName}>
                          <NumCell data-col="rank">{e.rank}</NumCell>
                          <TableCell data-col="unit">{e.unit}</TableCell>
                          <TableCell>{file(e)}</TableCell>
                          <NumCell data-col="total">{fin ? `${n(fin.total)} / ${n(fin.max)}` : '—'}</NumCell>
                          <NumCell data-col="index">{n(e.index!)}</NumCell>
                          <TableCell data-col="classification">{e.result?.scores?.classification ?? '—'}</TableCell>
                        </TableRow>
                      );
                    })}
                  </DataTable>
                </div>
              </>
            )}
            {block.notRanked.length > 0 && notRankedTable(block.notRanked, r.notRankedCaption(block.notRanked.length), 'not-ranked')}
          </div>
        );
      })}
      {season.outside.length > 0 && (
        <div data-testid="season-outside">
          <h3 className={styles.h3}>{r.outsideHeading}</h3>
          {notRankedTable(season.outside, r.outsideCaption, 'outside')}
        </div>
      )}
    </section>
  );
}

function sheetsOf(season: Season, fileName: string): number {
  return season.entries.filter((e) => e.fileName === fileName).length;
}
