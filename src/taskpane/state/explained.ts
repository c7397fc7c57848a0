/**
 * "Đã giải trình": findings an appraiser has marked as explained by the unit. Kept with the
 * workbook in its settings (port.getSetting / setSetting, as the criteria set is), so the mark is
 * still there when the file is opened again; without settings (an older Excel) the marks last
 * until the pane closes, and the pane says so.
 *
 * A finding is known by sheet, code and cell (its message changes with the figures; its place
 * and rule do not).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../engine/findings/finding';
import type { WorkbookPort } from '../../workbook/port';

export const EXPLAINED_SETTING = 'par-check.explained';

export const explainedKey = (sheet: string, f: Pick<Finding, 'code' | 'cell' | 'item'>) =>
  `${sheet}!${f.code}@${f.cell ?? f.item ?? ''}`;

/** The stored list, tolerating a missing or damaged setting (then nothing is marked). */
export function parseExplained(text: string | null): Set<string> {
  if (!text) return new Set();
  try {
    const list: unknown = JSON.parse(text);
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export interface ExplainedMarks {
  marks: Set<string>;
  /** The marks are written into the workbook (false: only for this session). */
  kept: boolean;
  toggle: (key: string, on: boolean) => void;
}

export function useExplained(port: WorkbookPort): ExplainedMarks {
  const [marks, setMarks] = useState<Set<string>>(new Set());
  const kept = !!port.getSetting && !!port.setSetting;
  useEffect(() => {
    let live = true;
    if (!port.getSetting) return;
    port.getSetting(EXPLAINED_SETTING).then(
      (text) => live && setMarks(parseExplained(text)),
      () => undefined, // unreadable settings: start with no marks rather than fail
    );
    return () => {
      live = false;
    };
  }, [port]);
  const toggle = useCallback(
    (key: string, on: boolean) => {
      setMarks((prev) => {
        const next = new Set(prev);
        if (on) next.add(key);
        else next.delete(key);
        void port.setSetting?.(EXPLAINED_SETTING, JSON.stringify([...next].sort())).catch(() => undefined);
        return next;
      });
    },
    [port],
  );
  return { marks, kept, toggle };
}
