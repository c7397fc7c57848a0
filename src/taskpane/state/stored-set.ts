/**
 * The criteria set kept with the workbook (the "Bộ tiêu chí" tab saves it in the workbook's
 * settings): read before every check so the next check uses it, unless the user picks another.
 */
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { WorkbookPort } from '../../workbook/port';
import { CRITERIA_SET_SETTING } from './criteria-setting';

export async function readStoredSet(port: WorkbookPort): Promise<CriteriaSet | null> {
  if (!port.getSetting) return null;
  let text: string | null;
  try {
    text = await port.getSetting(CRITERIA_SET_SETTING);
  } catch {
    // Settings unreadable (older Excel): check without the stored set rather than fail.
    return null;
  }
  if (!text) return null;
  // A valid set, or a draft kept on purpose despite rule problems, as on the checking page. The
  // validator (and its schema library) is fetched only when a workbook keeps a set: not in the
  // pane's first load.
  const { loadKeptSetText } = await import(/* webpackChunkName: "set-validate" */ '../../engine/criteria/validate');
  return loadKeptSetText(text);
}
