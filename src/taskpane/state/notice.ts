/** A message for the user, kept in both languages so it follows a language switch. */
import type { Bilingual } from '../../engine/text/lang';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: Bilingual;
}
