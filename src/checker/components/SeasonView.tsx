/**
 * The season's results on the page (engine: src/engine/results/season.ts): per block (criteria
 * set id and version) the ranking of complete results as a bar chart and a table, then every
 * other file of the block with its status and what is missing; files in no block last.
 */
import { memo, useState, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { duplicateNote, type Season, type SeasonEntry } from '../../engine/results/season';
import { STATUS_LABEL } from '../../engine/results/status';
import { formatNumber } from '../../engine/text/format';
import { PlainTable, usePlainTableStyles } from './PlainTable';
import { useCheckerLang } from '../checker-lang';
import { checkerStrings } from '../checker-strings';
import { resultsStrings } from '../results-strings';
import { RankChart } from './RankChart';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 0` },
  text: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: `${tokens.spacingVerticalS} 0 0` },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
});

/** Lists longer than this start folded (drawn only when opened): the overview already shows every file. */
export const FOLD_LISTS_OVER = 10;

/** Drawn again only when the season changed (not on every render of the page). */
export const SeasonView = memo(SeasonViewInner);

function SeasonViewInner({ season }: { season: Season }) {
  const { lang } = useCheckerLang();
  const r = resultsStrings(lang);
  const styles = useStyles();
  const cell = usePlainTableStyles();
  const num = `${cell.td} ${cell.num}`;
  const n = (v: number) => formatNumber(v, lang, 2);
  const sheets = new Map<string, number>();
  for (const e of season.entries) sheets.set(e.fileName, (sheets.get(e.fileName) ?? 0) + 1);
  const file = (e: SeasonEntry) => (e.result && e.result.sheetName && (sheets.get(e.fileName) ?? 0) > 1 ? `${e.fileName} › ${e.result.sheetName}` : e.fileName);
  const missing = (e: SeasonEntry) => [e.status.detail[lang], duplicateNote(e)[lang]].filter(Boolean).join(' ');

  const notRankedTable = (entries: SeasonEntry[], caption: string, testId: string) => (
    <Folded count={entries.length} label={caption}>
      <PlainTable caption={caption} testId={testId} minWidth="640px" columns={[{ label: r.colUnit }, { label: r.colFile }, { label: r.colStatus }, { label: r.colMissing }]}>
        {entries.map((e, i) => (
          <tr key={`${e.file}-${e.result?.sheetName ?? ''}-${i}`} data-testid="not-ranked-row" data-file={e.fileName} data-status={e.status.status}>
            <td className={cell.td}>{e.unit}</td>
            <td className={cell.td}>{file(e)}</td>
            <td className={cell.td} data-col="status">
              {STATUS_LABEL[e.status.status][lang]}
            </td>
            <td className={cell.td} data-col="missing">
              {missing(e)}
            </td>
          </tr>
        ))}
      </PlainTable>
    </Folded>
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
                <Folded count={block.ranked.length} label={r.rankedCaption}>
                  <PlainTable
                    caption={r.rankedCaption}
                    testId="ranking-table"
                    minWidth="640px"
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
                        <tr key={`${e.file}-${e.result?.sheetName ?? ''}`} data-testid="ranked-row" data-file={e.fileName}>
                          <td className={num} data-col="rank">
                            {e.rank}
                          </td>
                          <td className={cell.td} data-col="unit">
                            {e.unit}
                          </td>
                          <td className={cell.td}>{file(e)}</td>
                          <td className={num} data-col="total">
                            {fin ? `${n(fin.total)} / ${n(fin.max)}` : '—'}
                          </td>
                          <td className={num} data-col="index">
                            {n(e.index!)}
                          </td>
                          <td className={cell.td} data-col="classification">
                            {e.result?.scores?.classification ?? '—'}
                          </td>
                        </tr>
                      );
                    })}
                  </PlainTable>
                </Folded>
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

/**
 * A long list folded under a native disclosure (keyboard and screen readers know it); its rows
 * are drawn only once it is opened. Short lists are shown as they are.
 */
function Folded({ count, label, children }: { count: number; label: string; children: ReactNode }) {
  const { lang } = useCheckerLang();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (count <= FOLD_LISTS_OVER) return <>{children}</>;
  return (
    <details className={styles.list} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-testid="folded-list">
      <summary className={styles.summary}>
        {label} — {checkerStrings(lang).showList(count)}
      </summary>
      {open && children}
    </details>
  );
}
