/**
 * Shown when Office.js never answered: say so plainly, say why it may happen (a network that
 * blocks Office's library), and offer the browser checking page instead. Office's display
 * language is unknown here (it never answered), so the message is written in both languages,
 * the browser's language first.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from '../i18n/context';
import { stringsFor } from '../i18n/lang';
import { CheckerLink } from './CheckerLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  other: { display: 'block', marginTop: tokens.spacingVerticalS },
});

export function OfficeUnavailable({ onOpenFileMode }: { onOpenFileMode: () => void }) {
  const { lang, t } = useLang();
  const other = lang === 'vi' ? 'en' : 'vi';
  const o = stringsFor(other);
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.officeTimeoutTitle}</MessageBarTitle>
          {t.officeTimeoutBody}
          <span className={styles.other} lang={other}>
            <strong>{o.officeTimeoutTitle}.</strong> {o.officeTimeoutBody}
          </span>
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onOpenFileMode}>
        {t.openFileMode}
      </Button>
      <CheckerLink />
    </div>
  );
}
