/**
 * The pane's secondary views in a drawer over the pane (Fluent v9 OverlayDrawer): the sheet and
 * criteria set choice, the template, building or loading a set, help and version. A lazy chunk:
 * none of it is needed for the first check. A new view is one more case in `views` below.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLang } from '../i18n/context';
import type { Strings } from '../i18n/strings';
import { CheckerLink } from './CheckerLink';
import { CriteriaSection } from './CriteriaSection';
import { SheetSetSection, type SheetSetSectionProps } from './SheetSetSection';
import { TemplateSection, type TemplateSectionProps } from './TemplateSection';
import type { ImportSetPanelProps } from './ImportSetPanel';
import { version } from '../../../package.json';

// The import engine (reading a template sheet, validating a set file) is bigger than the rest of
// the drawer together: its own chunk, loaded when the view is opened.
const ImportSetPanel = lazy(() =>
  import(/* webpackChunkName: "import-set" */ './ImportSetPanel').then((m) => ({ default: m.ImportSetPanel })),
);

export type DrawerView = 'sheetSet' | 'template' | 'criteria' | 'help';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalL },
  p: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface PaneDrawerProps {
  view: DrawerView;
  onClose: () => void;
  sheetSet: SheetSetSectionProps;
  template: TemplateSectionProps;
  importSet: ImportSetPanelProps;
}

const titles: Record<DrawerView, (t: Strings) => string> = {
  sheetSet: (t) => t.menuSheetAndSet.replace(/…$/, ''),
  template: (t) => t.menuTemplate.replace(/…$/, ''),
  criteria: (t) => t.menuImport.replace(/…$/, ''),
  help: (t) => t.menuHelp,
};

export default function PaneDrawer({ view, onClose, sheetSet, template, importSet }: PaneDrawerProps) {
  const { t } = useLang();
  const styles = useStyles();
  const views: Record<DrawerView, () => ReactNode> = {
    sheetSet: () => <SheetSetSection {...sheetSet} />,
    template: () => <TemplateSection {...template} />,
    criteria: () => (
      <CriteriaSection
        sets={sheetSet.sets}
        importPanel={
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <ImportSetPanel {...importSet} />
          </Suspense>
        }
      />
    ),
    help: () => (
      <>
        <ul className={styles.list}>
          {t.helpLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className={styles.p}>
          <CheckerLink />
        </p>
        <p className={styles.p} data-testid="version">
          {t.version(version)}
        </p>
      </>
    ),
  };
  return (
    <OverlayDrawer open position="end" size="full" onOpenChange={(_, d) => !d.open && onClose()} data-testid={`drawer-${view}`}>
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2' }}
          action={<Button appearance="subtle" aria-label={t.close} title={t.close} icon={<DismissRegular />} onClick={onClose} />}
        >
          {titles[view](t)}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>{views[view]()}</DrawerBody>
    </OverlayDrawer>
  );
}
