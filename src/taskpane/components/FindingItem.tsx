/**
 * One finding in a list: the severity in words and as a shape, the cell, the item and the
 * message. With `onSelect` (the pane, inside Excel) a finding tied to a cell is a button that
 * selects the cell, and a second button opens "why" and "how to fix" (and, with `explained`, the
 * appraiser's "đã giải trình" mark); without it (the checking page: no Excel to select in) every
 * finding is plain text, its cell address written out.
 */
import { useId, useState } from 'react';
import { Button, makeStyles, mergeClasses, ToggleButton, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Finding } from '../../engine/findings/finding';
import { codeInfo, type FindingCode } from '../../engine/findings/codes';
import { HOW_TO_FIX } from '../i18n/finding-help';
import { useLang } from '../i18n/context';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  item: { borderLeft: `3px solid transparent`, borderRadius: tokens.borderRadiusMedium },
  // Selected: a thick bar on the left (a shape, not only a colour) and a tinted background.
  selected: {
    borderLeft: `3px solid ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  line: { display: 'flex', alignItems: 'flex-start', minWidth: 0 },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    textAlign: 'left',
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  toggle: { flexShrink: 0, minWidth: '28px' },
  icon: { flexShrink: 0, marginTop: '2px' },
  where: { fontWeight: tokens.fontWeightSemibold },
  badge: {
    display: 'inline-block',
    marginLeft: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Indented like a button's text, so it lines up with the buttons around it.
  plain: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, flexGrow: 1, minWidth: 0 },
  // In a list with no buttons at all there is nothing to line up with.
  text: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0` },
  details: {
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 32px`,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  detailLine: { margin: 0 },
  explain: { alignSelf: 'flex-start' },
});

export interface FindingExplained {
  on: boolean;
  set: (on: boolean) => void;
}

export interface FindingItemProps {
  finding: Finding;
  /** Select the finding's cell in the workbook; leave out where there is no workbook to select in. */
  onSelect?: (cell: string) => void;
  /** The finding is the one the pane's next / previous reached (highlighted, aria-current). */
  selected?: boolean;
  /** Position in the pane's list, for keyboard moves between findings. */
  index?: number;
  /** The "đã giải trình" mark (the pane only). */
  explained?: FindingExplained;
}

export function FindingItem({ finding, onSelect, selected = false, index, explained }: FindingItemProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
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
        {explained?.on && <span className={styles.badge}>{t.explained}</span>}
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
  const cell = finding.cell;
  const why = codeInfo(finding.code)?.description[lang];
  const fix = HOW_TO_FIX[finding.code as FindingCode]?.[lang];
  return (
    <div className={mergeClasses(styles.item, selected && styles.selected)} aria-current={selected ? 'true' : undefined} data-selected={selected || undefined}>
      <div className={styles.line}>
        {cell ? (
          <Button
            appearance="subtle"
            className={styles.row}
            onClick={() => onSelect(cell)}
            title={t.findingGoTo(cell)}
            data-code={finding.code}
            data-cell={cell}
            data-finding-index={index}
          >
            {body}
          </Button>
        ) : (
          <div className={styles.plain} data-code={finding.code} data-cell="">
            {body}
          </div>
        )}
        <Button
          appearance="subtle"
          size="small"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          aria-label={t.showDetails(where)}
          title={t.showDetails(where)}
          onClick={() => setOpen((o) => !o)}
          data-finding-details={index}
        />
      </div>
      {open && (
        <div id={detailsId} className={styles.details} data-testid="finding-details">
          {why && (
            <p className={styles.detailLine}>
              <strong>{t.why}:</strong> {why}
            </p>
          )}
          {fix && (
            <p className={styles.detailLine}>
              <strong>{t.howToFix}:</strong> {fix}
            </p>
          )}
          {explained && (
            <ToggleButton
              size="small"
              className={styles.explain}
              checked={explained.on}
              icon={explained.on ? <CheckmarkRegular /> : undefined}
              onClick={() => explained.set(!explained.on)}
            >
              {t.explained}
            </ToggleButton>
          )}
        </div>
      )}
    </div>
  );
}
