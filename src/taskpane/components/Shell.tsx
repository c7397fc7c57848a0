/** Theme and language around whatever the pane shows: the pane itself and the screens before it. */
import { useMemo, type ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../engine/text/lang';
import { LangContext } from '../i18n/context';
import { stringsFor } from '../i18n/lang';

export function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const langState = useMemo(() => ({ lang, t: stringsFor(lang) }), [lang]);
  return (
    <LangContext.Provider value={langState}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        {children}
      </FluentProvider>
    </LangContext.Provider>
  );
}
