/**
 * The overflow menu ("…" beside the title): what is not needed for the first check — clearing
 * flags, the sheet and criteria set choice, the template, building or loading a set, the language,
 * help and version. Entries are data: a new secondary action is one more entry (and, if it needs
 * room, a view of PaneDrawer), nothing else changes.
 */
import { useState, type ReactElement } from 'react';
import {
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
import type { Lang } from '../../engine/text/lang';
import { useLang } from '../i18n/context';
import { stringsFor } from '../i18n/lang';
import { MenuButton } from './MenuButton';

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
  /** Open at once: the menu is a lazy chunk, loaded by the first click on its button. */
  initiallyOpen?: boolean;
}

export default function PaneMenu({ entries, onLang, initiallyOpen = false }: PaneMenuProps) {
  const { lang, t } = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const item = (e: PaneMenuEntry) => (
    <MenuItem key={e.id} icon={e.icon} disabled={e.disabled} onClick={e.onClick} data-testid={`menu-${e.id}`}>
      {e.label}
    </MenuItem>
  );
  const actions = entries.filter((e) => e.group === 'actions');
  const views = entries.filter((e) => e.group === 'views');
  return (
    <Menu
      open={open}
      onOpenChange={(_, d) => setOpen(d.open)}
      checkedValues={{ lang: [lang] }}
      onCheckedValueChange={(_, d) => {
        if (d.name === 'lang') onLang(d.checkedItems[0] === 'en' ? 'en' : 'vi');
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton />
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
