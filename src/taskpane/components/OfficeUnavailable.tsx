/**
 * Shown when Office.js never answered: say so plainly, say why it may happen (a network that
 * blocks Office's library), and offer the browser checking page instead.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from '../i18n/context';
import { CheckerLink } from './CheckerLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export function OfficeUnavailable({ onOpenFileMode }: { onOpenFileMode: () => void }) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.officeTimeoutTitle}</MessageBarTitle>
          {t.officeTimeoutBody}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onOpenFileMode}>
        {t.openFileMode}
      </Button>
      <CheckerLink />
    </div>
  );
}
