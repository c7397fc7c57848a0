/** The chosen language and its strings, shared by every component of the pane. */
import { createContext, useContext } from 'react';
import type { Lang } from '../../engine/text/lang';
import type { Strings } from './strings';
import { vi } from './strings-vi';

export interface LangState {
  lang: Lang;
  t: Strings;
}

export const LangContext = createContext<LangState>({ lang: 'vi', t: vi });

export function useLang(): LangState {
  return useContext(LangContext);
}
