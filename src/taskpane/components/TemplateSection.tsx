/** Insert a blank scoresheet for a chosen set as a new sheet. */
import { useState } from 'react';
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { useLang } from '../i18n/context';
import { setKey, setLabel } from './set-label';
import { useFitStyles } from './select-styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface TemplateSectionProps {
  sets: CriteriaSet[];
  defaultUnit: string;
  busy: boolean;
  onInsert: (set: CriteriaSet, unit: string) => void;
  /** Inside the result card (no scoresheet yet): the set and the button only. */
  compact?: boolean;
}

export function TemplateSection({ sets, defaultUnit, busy, onInsert, compact = false }: TemplateSectionProps) {
  const { t } = useLang();
  const styles = useStyles();
  const fit = useFitStyles();
  const [key, setKeyState] = useState(sets[0] ? setKey(sets[0]) : '');
  const [unit, setUnit] = useState(defaultUnit);
  const chosen = sets.find((s) => setKey(s) === key) ?? sets[0];
  return (
    <form
      className={styles.form}
      aria-label={t.templateInsert}
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onInsert(chosen, unit);
      }}
    >
      {!compact && <p>{t.templateIntro}</p>}
      <Field label={t.templateSet} className={fit.field}>
        <Select className={fit.root} select={{ className: fit.select }} value={chosen ? setKey(chosen) : ''} onChange={(_, d) => setKeyState(d.value)}>
          {sets.map((s) => (
            <option key={setKey(s)} value={setKey(s)}>
              {setLabel(s, sets)}
            </option>
          ))}
        </Select>
      </Field>
      {!compact && (
        <Field label={t.templateUnit}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
      )}
      <Button appearance="primary" type="submit" disabledFocusable={busy || !chosen} data-testid="template-insert">
        {t.templateInsert}
      </Button>
    </form>
  );
}
