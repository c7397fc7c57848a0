/**
 * A message about the last action or check, in the chosen language. Dismissing it is the
 * message bar's own action (Fluent's containerAction), an icon button named in words.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLang } from '../i18n/context';
import type { Notice } from '../state/notice';

export function NoticeBar({ notice, onDismiss, testId }: { notice: Notice; onDismiss?: () => void; testId?: string }) {
  const { lang, t } = useLang();
  return (
    <MessageBar intent={notice.intent} data-testid={testId} layout="multiline">
      <MessageBarBody>{notice.text[lang]}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" size="small" onClick={onDismiss} aria-label={t.dismiss} title={t.dismiss} icon={<DismissRegular />} />}
        />
      )}
    </MessageBar>
  );
}
