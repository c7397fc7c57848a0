/**
 * Which sheet is read and which criteria set scores it (in the pane's drawer, out of the way of
 * the first check): each list starts with "automatic", and the hint says what the last check
 * used and how the set was chosen. Sets are named by their titles.
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { SheetInfo } from '../../workbook/port';
import { useLang } from '../i18n/context';
import { setKey, setLabel } from './set-label';
import { useFitStyles } from './select-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SheetSetSectionProps {
  sheets: SheetInfo[];
  result: CheckResult | null;
  autoPicked: boolean;
  sheetChoice: string | null;
  setChoice: CriteriaSet | null;
  sets: CriteriaSet[];
  disabled: boolean;
  onSheet: (name: string | null) => void;
  onSet: (set: CriteriaSet | null) => void;
}

export function SheetSetSection(props: SheetSetSectionProps) {
  const { t } = useLang();
  const styles = useStyles();
  const fit = useFitStyles();
  const { result } = props;
  const picked = props.autoPicked && result?.parsed ? result.sheetName : null;
  const setHint = result?.set
    ? `${setLabel(result.set, props.sets)}${result.setChoice ? ` — ${t.setHow[result.setChoice.how]}` : ''}`
    : result?.parsed
      ? t.noSetMatched
      : undefined;
  return (
    <div className={styles.root}>
      <Field label={t.sheetLabel} className={fit.field}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={props.sheetChoice ?? ''}
          disabled={props.disabled}
          onChange={(_, d) => props.onSheet(d.value === '' ? null : d.value)}
          data-testid="sheet-picker"
        >
          <option value="">{t.sheetAuto(picked)}</option>
          {props.sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.setLabel} className={fit.field} hint={setHint}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={props.setChoice ? setKey(props.setChoice) : ''}
          disabled={props.disabled}
          onChange={(_, d) => props.onSet(props.sets.find((s) => setKey(s) === d.value) ?? null)}
          data-testid="set-picker"
        >
          <option value="">{t.setAuto}</option>
          {props.sets.map((s) => (
            <option key={setKey(s)} value={setKey(s)}>
              {setLabel(s, props.sets)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
