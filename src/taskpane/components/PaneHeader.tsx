/**
 * What was read: the sheet (picked by the engine, or chosen here), the criteria set with its
 * version and how it was chosen, and the unit named in the title block.
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { SheetInfo } from '../../workbook/port';
import { useLang } from '../i18n/context';
import { setKey, setLabel } from './set-label';
import { useFitStyles } from './select-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  unit: { margin: 0 },
});

export interface PaneHeaderProps {
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

export function PaneHeader(props: PaneHeaderProps) {
  const { t } = useLang();
  const styles = useStyles();
  const fit = useFitStyles();
  const { result } = props;
  const picked = props.autoPicked && result?.parsed ? result.sheetName : null;
  const setHint = result?.set
    ? `${result.set.id} (${result.set.version})${result.setChoice ? ` — ${t.setHow[result.setChoice.how]}` : ''}`
    : result?.parsed
      ? t.noSetMatched
      : null;
  return (
    <div className={styles.root}>
      <Field label={t.sheetLabel} size="small" className={fit.field}>
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
      <Field label={t.setLabel} size="small" className={fit.field} hint={setHint ? <span data-testid="set-hint">{setHint}</span> : undefined}>
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
              {setLabel(s)}
            </option>
          ))}
        </Select>
      </Field>
      {result && (
        <p className={styles.unit} data-testid="unit">
          <strong>{t.unitLabel}:</strong> {result.unit ?? t.unitUnknown}
        </p>
      )}
    </div>
  );
}
