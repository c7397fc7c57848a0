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
  pane: { padding: tokens.spacingHorizontalM, minHeight: '100vh', maxWidth: '100%', minWidth: 0 },
  page: { padding: tokens.spacingHorizontalL, maxWidth: '1100px', margin: '0 auto' },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paneTitle: { fontSize: tokens.fontSizeBase500 },
  pageTitle: { fontSize: tokens.fontSizeBase600 },
});

export interface PageFrameProps {
  lang: Lang;
  title: string;
  /** The user picked another language. */
  onLang: (lang: Lang) => void;
  layout: 'pane' | 'page';
  children: ReactNode;
}

export function PageFrame({ lang, title, onLang, layout, children }: PageFrameProps) {
  const styles = useStyles();
  return (
    <Shell lang={lang}>
      <main className={mergeClasses(styles.root, styles[layout])}>
        <div className={styles.top}>
          <h1 className={mergeClasses(styles.title, layout === 'pane' ? styles.paneTitle : styles.pageTitle)}>{title}</h1>
          <LanguageSwitch onChange={onLang} />
        </div>
        {children}
      </main>
    </Shell>
  );
}
