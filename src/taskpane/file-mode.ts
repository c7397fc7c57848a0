/**
 * The browser checking page (a plain browser, or Office that never answered), loaded on demand:
 * it pulls in ExcelJS, which must stay out of the pane's first-load bundle. Only this module
 * knows where the page lives (src/checker/CheckerPage.tsx, a separate webpack chunk).
 */
import type { ComponentType } from 'react';
import type { FileModeProps } from '../checker/file-mode-props';

export type { FileModeProps };

/** Resolve the checking page component (a separate chunk). */
export async function loadFileMode(): Promise<ComponentType<FileModeProps>> {
  // Not "checker": that name belongs to the checker.html entry, and webpack refuses to load an
  // entry's chunk on demand.
  const mod = await import(/* webpackChunkName: "checker-page" */ '../checker/CheckerPage');
  return mod.CheckerPage;
}
