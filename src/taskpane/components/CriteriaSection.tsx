/**
 * "Bộ tiêu chí": the criteria sets the pane knows, and the import panel that creates a new set
 * from a province's official sheet or loads one from a .json file.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { useLang } from '../i18n/context';
import { setKey, setLabel } from './set-label';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface CriteriaSectionProps {
  sets: CriteriaSet[];
  /** The import panel (rendered by App, which holds what it needs). */
  importPanel: React.ReactNode;
}

export function CriteriaSection({ sets, importPanel }: CriteriaSectionProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <section aria-label={t.tabCriteria}>
      <h3 className={styles.heading}>{t.knownSets}</h3>
      <ul className={styles.list} aria-label={t.knownSets}>
        {sets.map((s) => (
          <li key={setKey(s)}>{setLabel(s, sets)}</li>
        ))}
      </ul>
      {importPanel}
    </section>
  );
}
