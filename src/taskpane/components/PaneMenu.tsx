/**
 * The overflow menu ("…" beside the title): what is not needed for the first check — clearing
 * flags, the sheet and criteria set choice, the template, building or loading a set, the language,
 * help and version. Entries are data: a new secondary action is one more entry (and, if it needs
 * room, a view of PaneDrawer), nothing else changes.
 */
import type { ReactElement } from 'react';
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/text/lang';
import { useLang } from '../i18n/context';
import { stringsFor } from '../i18n/lang';

export interface PaneMenuEntry {
  id: string;
  label: string;
  icon?: ReactElement;
  disabled?: boolean;
  /** 'actions' act on the sheet now; 'views' open a view in the drawer. */
  group: 'actions' | 'views';
  onClick: () => void;
}

export interface PaneMenuProps {
  entries: PaneMenuEntry[];
  onLang: (lang: Lang) => void;
}

export function PaneMenu({ entries, onLang }: PaneMenuProps) {
  const { lang, t } = useLang();
  const item = (e: PaneMenuEntry) => (
    <MenuItem key={e.id} icon={e.icon} disabled={e.disabled} onClick={e.onClick} data-testid={`menu-${e.id}`}>
      {e.label}
    </MenuItem>
  );
  const actions = entries.filter((e) => e.group === 'actions');
  const views = entries.filter((e) => e.group === 'views');
  return (
    <Menu
      checkedValues={{ lang: [lang] }}
      onCheckedValueChange={(_, d) => {
        if (d.name === 'lang') onLang(d.checkedItems[0] === 'en' ? 'en' : 'vi');
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={t.moreLabel} title={t.moreLabel} data-testid="pane-menu" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map(item)}
          {actions.length > 0 && <MenuDivider />}
          {views.map(item)}
          <MenuDivider />
          <MenuGroup>
            {/* Each language named in itself, and the heading in both: findable whatever is shown. */}
            <MenuGroupHeader>{`${t.languageLabel} / ${lang === 'vi' ? 'Language' : 'Ngôn ngữ'}`}</MenuGroupHeader>
            <MenuItemRadio name="lang" value="vi" data-testid="lang-vi">
              {stringsFor('vi').langName}
            </MenuItemRadio>
            <MenuItemRadio name="lang" value="en" data-testid="lang-en">
              {stringsFor('en').langName}
            </MenuItemRadio>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
