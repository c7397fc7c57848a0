/**
 * The pane's main buttons: check, flag, summary sheet (clearing flags and the rest sit in the
 * overflow menu). While a button's work runs it stays focusable (disabledFocusable), so the
 * keyboard focus stays on it instead of falling back to the page.
 */
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useLang } from '../i18n/context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Three buttons side by side in a 320 px pane (with either language's words, in fonts wider
  // than Segoe UI too): no 96 px minimum each, a narrower padding, an icon on "Kiểm tra" only.
  button: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  running: boolean;
  busy: boolean;
  /** A scoresheet was read: flags and the summary make sense. */
  canWrite: boolean;
  onCheck: () => void;
  onFlag: () => void;
  onSummary: () => void;
}

export function ActionBar(p: ActionBarProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t.actionsLabel}>
      <Button
        appearance="primary"
        className={styles.button}
        onClick={p.onCheck}
        disabledFocusable={p.running}
        icon={p.running ? <Spinner size="extra-tiny" aria-hidden /> : <CheckmarkCircleRegular />}
        data-testid="check"
      >
        {t.check}
      </Button>
      <Button className={styles.button} onClick={p.onFlag} disabledFocusable={!p.canWrite || p.busy} title={t.flagHint}>
        {t.flag}
      </Button>
      <Button className={styles.button} onClick={p.onSummary} disabledFocusable={!p.canWrite || p.busy} title={t.summaryHint}>
        {t.summary}
      </Button>
    </div>
  );
}
