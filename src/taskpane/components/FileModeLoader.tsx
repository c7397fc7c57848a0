/** Loads the browser checking page on demand and shows it; says so plainly when it cannot. */
import { useEffect, useState, type ComponentType } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useLang } from '../i18n/context';
import { loadFileMode, type FileModeProps } from '../file-mode';
import { CheckerLink } from './CheckerLink';
import { browserStorage } from '../i18n/lang';

type LoadState = { kind: 'loading' } | { kind: 'ready'; Page: ComponentType<FileModeProps> } | { kind: 'failed' };

export function FileModeLoader() {
  const { lang, t } = useLang();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadFileMode().then(
      (Page) => live && setState({ kind: 'ready', Page }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state.kind === 'loading') return <Spinner label={t.loading} />;
  if (state.kind === 'failed')
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          {t.fileModeFailed} <CheckerLink />
        </MessageBarBody>
      </MessageBar>
    );
  return <state.Page lang={lang} storage={browserStorage()} />;
}
