/**
 * One finding in a list: the severity in words and as a shape, the cell, the item and the
 * message. With `onSelect` (the pane, inside Excel) a finding tied to a cell is a button that
 * selects the cell; without it (the checking page: no Excel to select in) every finding is plain
 * text, its cell address written out.
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
  // Indented like a button's text, so it lines up with the buttons around it.
  plain: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  // In a list with no buttons at all there is nothing to line up with.
  text: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0` },
});

export interface FindingItemProps {
  finding: Finding;
  /** Select the finding's cell in the workbook; leave out where there is no workbook to select in. */
  onSelect?: (cell: string) => void;
}

export function FindingItem({ finding, onSelect }: FindingItemProps) {
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
  if (!onSelect) {
    return (
      <div className={styles.text} data-code={finding.code} data-cell={finding.cell ?? ''}>
        {body}
      </div>
    );
  }
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
