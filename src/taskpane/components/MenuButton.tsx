/**
 * The "…" button of the pane's overflow menu. Drawn alone until the first click loads the menu
 * (a lazy chunk: Fluent's Menu and its positioning are not needed for the first check), then as
 * the menu's trigger.
 */
import { Button, type ButtonProps } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useLang } from '../i18n/context';

export function MenuButton(props: ButtonProps) {
  const { t } = useLang();
  return <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={t.moreLabel} title={t.moreLabel} aria-haspopup="menu" data-testid="pane-menu" {...props} />;
}
