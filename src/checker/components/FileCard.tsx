/**
 * One file: what was read (unit, sheet, criteria set and how it was chosen), its scores and
 * findings and the flagged copy to download; or, for a file that could not be checked, the
 * reason and what to do.
 */
import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { FindingsPanel } from '../../taskpane/components/FindingsPanel';
import { ScoresTable } from '../../taskpane/components/ScoresTable';
import { useCheckerLang } from '../checker-lang';
import { flagCount } from '../downloads';
import { flaggedFileName, type FileEntry } from '../file-entries';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  name: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, wordBreak: 'break-all' },
  facts: {
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FileCardProps {
  entry: FileEntry;
  busy: boolean;
  onFlagged: (entry: FileEntry) => void;
  onRemove: (id: number) => void;
}

export function FileCard({ entry, busy, onFlagged, onRemove }: FileCardProps) {
  const { lang, t, c } = useCheckerLang();
  const styles = useStyles();
  const headingId = `file-${entry.id}`;
  const r = entry.result;
  const flags = r ? flagCount(r, lang) : 0;
  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="file-card" data-file={entry.name} data-status={entry.status}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.name}>
          {entry.name}
        </h2>
        <Button appearance="subtle" size="small" onClick={() => onRemove(entry.id)} aria-label={c.remove(entry.name)}>
          ✕
        </Button>
      </div>
      {entry.status === 'reading' && <Spinner size="small" labelPosition="after" label={c.statusReading} />}
      {entry.status === 'failed' && entry.problem && (
        <MessageBar intent="error" layout="multiline" data-testid="file-problem">
          <MessageBarBody>
            <MessageBarTitle>{c.cannotCheck}</MessageBarTitle>
            {entry.problem[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {entry.status === 'checked' && r && (
        <>
          <ul className={styles.facts}>
            <li data-testid="unit">
              <strong>{t.unitLabel}:</strong> {r.unit ?? t.unitUnknown}
            </li>
            <li data-testid="set">
              <strong>{t.setLabel}:</strong> {r.set ? c.setLine(r.set.id, r.set.version, r.set.title) : c.noSet}
              {r.set && r.setChoice ? ` — ${t.setHow[r.setChoice.how]}` : ''}
            </li>
            {r.sheetName && <li className={styles.hint}>{c.sheetRead(r.sheetName)}</li>}
          </ul>
          {r.scores ? <ScoresTable scores={r.scores} /> : <p>{t.noScores}</p>}
          {/* No onSelect: there is no Excel here, so findings show their cells as text. */}
          <FindingsPanel result={r} />
          <div className={styles.actions}>
            {flags > 0 ? (
              <>
                <Button disabled={busy} onClick={() => onFlagged(entry)} data-testid="download-flagged">
                  {c.downloadFlagged}
                </Button>
                <span className={styles.hint}>{c.flaggedHint(flaggedFileName(entry.name), flags)}</span>
              </>
            ) : (
              <span className={styles.hint}>{c.noFlags}</span>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
