/** A message about the last action or check, in the chosen language, with a way to dismiss it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useLang } from '../i18n/context';
import type { Notice } from '../state/notice';

export function NoticeBar({ notice, onDismiss, testId }: { notice: Notice; onDismiss?: () => void; testId?: string }) {
  const { lang, t } = useLang();
  return (
    <MessageBar intent={notice.intent} data-testid={testId} layout="multiline">
      <MessageBarBody>{notice.text[lang]}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss} aria-label={t.dismiss}>
            ✕
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
