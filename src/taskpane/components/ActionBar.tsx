/** The pane's main buttons: check, flag, clear flags, summary sheet. */
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useLang } from '../i18n/context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  running: boolean;
  busy: boolean;
  /** A scoresheet was read: flags and the summary make sense. */
  canWrite: boolean;
  onCheck: () => void;
  onFlag: () => void;
  onUnflag: () => void;
  onSummary: () => void;
}

export function ActionBar(p: ActionBarProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t.actionsLabel}>
      <Button
        appearance="primary"
        onClick={p.onCheck}
        disabled={p.running}
        icon={p.running ? <Spinner size="tiny" /> : undefined}
      >
        {p.running ? t.checking : t.check}
      </Button>
      <Button onClick={p.onFlag} disabled={!p.canWrite || p.busy}>
        {t.flag}
      </Button>
      <Button onClick={p.onUnflag} disabled={!p.canWrite || p.busy}>
        {t.unflag}
      </Button>
      <Button onClick={p.onSummary} disabled={!p.canWrite || p.busy}>
        {t.summary}
      </Button>
    </div>
  );
}
