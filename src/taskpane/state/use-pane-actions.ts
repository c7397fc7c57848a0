/**
 * The pane's write actions (flag, clear flags, summary, template, select a cell) with the
 * notice they leave and a busy flag, so two writes never overlap.
 */
import { useCallback, useState } from 'react';
import type { Lang } from '../../engine/text/lang';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { WorkbookPort } from '../../workbook/port';
import type { CheckOutcome } from './run-check';
import type { Notice } from './notice';
import { makeRequests, type SaveBytes } from './requests-action';
import { flagSheet, insertTemplate, selectFindingCell, unflagSheet, writeSummary } from './sheet-actions';

export interface PaneActions {
  notice: Notice | null;
  busy: boolean;
  dismiss: () => void;
  setNotice: (n: Notice | null) => void;
  flag: () => void;
  unflag: () => void;
  summary: () => void;
  template: (set: CriteriaSet, unit: string) => void;
  /** The open unit's explanation request as a new workbook (or a download). */
  requests: () => void;
  select: (cell: string) => void;
}

export function usePaneActions(port: WorkbookPort, outcome: CheckOutcome | null, lang: Lang, save?: SaveBytes): PaneActions {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = outcome?.kind === 'checked' ? outcome : null;

  const perform = useCallback(async (action: () => Promise<Notice | null>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    notice,
    busy,
    setNotice,
    dismiss: () => setNotice(null),
    flag: () => {
      if (checked) void perform(() => flagSheet(port, checked.result, lang, checked.sheets));
    },
    unflag: () => {
      if (checked) void perform(() => unflagSheet(port, checked.result.sheetName, checked.sheets));
    },
    summary: () => {
      if (checked) void perform(() => writeSummary(port, checked.result, lang, checked.sheets));
    },
    template: (set, unit) => void perform(() => insertTemplate(port, set, unit)),
    requests: () => {
      if (checked) void perform(() => makeRequests(port, checked.result, lang, save));
    },
    select: (cell) => {
      // Selecting is quick and frequent: no busy state, only a notice when it fails.
      if (checked)
        void selectFindingCell(port, checked.result.sheetName, cell).then((n) => {
          if (n) setNotice(n);
        });
    },
  };
}
