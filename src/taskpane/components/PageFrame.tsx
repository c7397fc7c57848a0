/**
 * What the task pane and the checking page share around their content: theme and language
 * context, the main landmark, and the title row with the language switch. The pane is narrow
 * and fills the height; the page is centred with a wider limit and a bigger title.
 */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/text/lang';
import { LanguageSwitch } from './LanguageSwitch';
import { Shell } from './Shell';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, boxSizing: 'border-box' },
  pane: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, gap: tokens.spacingVerticalS, minHeight: '100vh', maxWidth: '100%', minWidth: 0 },
  page: { padding: tokens.spacingHorizontalL, maxWidth: '1100px', margin: '0 auto' },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  // The pane's title row: the title beside its menu button, never wrapping under it.
  paneTop: { flexWrap: 'nowrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  // Vietnamese stacks two marks over a letter ("ể", "ộ"): a line height of 1.4 keeps them
  // clear of the line above when the title wraps.
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: 1.4 },
  paneTitle: { fontSize: tokens.fontSizeBase400, minWidth: 0 },
  pageTitle: { fontSize: tokens.fontSizeBase600 },
});

export interface PageFrameProps {
  lang: Lang;
  title: string;
  /** The user picked another language. */
  onLang: (lang: Lang) => void;
  /** Shown beside the title instead of the language list (the pane's overflow menu, which holds the language). */
  menu?: ReactNode;
  layout: 'pane' | 'page';
  children: ReactNode;
}

export function PageFrame({ lang, title, onLang, layout, menu, children }: PageFrameProps) {
  const styles = useStyles();
  return (
    <Shell lang={lang}>
      <main className={mergeClasses(styles.root, styles[layout])}>
        <div className={mergeClasses(styles.top, menu ? styles.paneTop : undefined)}>
          <h1 className={mergeClasses(styles.title, layout === 'pane' ? styles.paneTitle : styles.pageTitle)}>{title}</h1>
          {menu ?? <LanguageSwitch onChange={onLang} />}
        </div>
        {children}
      </main>
    </Shell>
  );
}
