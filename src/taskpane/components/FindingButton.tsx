/**
 * One finding in a list: the severity in words and as a shape, the cell, the item and the
 * message. A finding tied to a cell is a button that selects the cell in Excel.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/findings/finding';
import { useLang } from '../i18n/context';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    textAlign: 'left',
    width: '100%',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  where: { fontWeight: tokens.fontWeightSemibold },
  plain: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

export function FindingButton({ finding, onSelect }: { finding: Finding; onSelect: (cell: string) => void }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const where = [finding.cell ?? t.wholeSheet, finding.item].filter(Boolean).join(' · ');
  const body = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <span>
        <span className={styles.where}>
          {t.severityWord[finding.severity]} — {where}
        </span>
        {': '}
        {finding.message[lang]}
      </span>
    </>
  );
  if (!finding.cell) return <div className={styles.plain}>{body}</div>;
  const cell = finding.cell;
  return (
    <Button
      appearance="subtle"
      className={styles.row}
      onClick={() => onSelect(cell)}
      title={t.findingGoTo(cell)}
      data-code={finding.code}
      data-cell={cell}
    >
      {body}
    </Button>
  );
}
