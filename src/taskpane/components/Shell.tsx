/** Theme and language around the screens shown before (or instead of) the pane itself. */
import type { ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../engine/findings/finding';
import { LangContext } from '../i18n/context';
import { stringsFor } from '../i18n/lang';

export function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <LangContext.Provider value={{ lang, t: stringsFor(lang) }}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        {children}
      </FluentProvider>
    </LangContext.Provider>
  );
}
