/**
 * The pane's check loop as a React hook: run a check on demand, keep the latest outcome, and
 * re-check by itself when the user edits the checked sheet (port.onChange; when, and how edits
 * during a re-check are kept, is LiveRecheck's: one debounce, one re-check at a time).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bilingual } from '../../engine/text/lang';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { WorkbookPort } from '../../workbook/port';
import { runCheck, type CheckOutcome } from './run-check';
import { describeReadError } from './errors';
import { LiveRecheck, RECHECK_DELAY_MS } from './live-recheck';

export { RECHECK_DELAY_MS };

export type Trigger = 'user' | 'change';

export interface CheckState {
  running: boolean;
  outcome: CheckOutcome | null;
  /** The workbook could not be read at all. */
  error: Bilingual | null;
  /** What started the latest finished check. */
  trigger: Trigger | null;
  /** Counts finished checks (lets the live region announce a repeat of the same result). */
  runs: number;
}

export interface CheckControls {
  state: CheckState;
  sheetChoice: string | null;
  setChoice: CriteriaSet | null;
  check: () => Promise<void>;
  chooseSheet: (name: string | null) => void;
  chooseSet: (set: CriteriaSet | null) => void;
  /** Choose a set for the next check without running one now. */
  preferSet: (set: CriteriaSet | null) => void;
}

export function useCheck(port: WorkbookPort, sets: CriteriaSet[], delayMs = RECHECK_DELAY_MS): CheckControls {
  const [state, setState] = useState<CheckState>({ running: false, outcome: null, error: null, trigger: null, runs: 0 });
  const [sheetChoice, setSheetChoice] = useState<string | null>(null);
  const [setChoice, setSetChoice] = useState<CriteriaSet | null>(null);

  // The debounced re-check fires long after the render that created it: read the latest choices.
  const latest = useRef({ sheetChoice, setChoice, sets });
  latest.current = { sheetChoice, setChoice, sets };
  const seq = useRef(0);
  // The sheet the last automatic pick chose: edits re-check it without previewing every sheet.
  const autoSheet = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (trigger: Trigger, override?: { sheetChoice?: string | null; setChoice?: CriteriaSet | null }) => {
      const mine = ++seq.current;
      const choice = { ...latest.current, ...override };
      setState((s) => ({ ...s, running: true }));
      try {
        const outcome = await runCheck(port, {
          sheetName: choice.sheetChoice,
          criteria: choice.setChoice,
          sets: choice.sets,
          knownSheet: trigger === 'change' ? autoSheet.current : null,
        });
        // A newer check started meanwhile: its result wins.
        if (!mounted.current || mine !== seq.current) return;
        autoSheet.current = outcome.kind === 'checked' && outcome.autoPicked ? outcome.result.sheetName : null;
        setState((s) => ({ running: false, outcome, error: null, trigger, runs: s.runs + 1 }));
      } catch (err) {
        if (!mounted.current || mine !== seq.current) return;
        setState((s) => ({ ...s, running: false, error: describeReadError(err), trigger, runs: s.runs + 1 }));
      }
    },
    [port],
  );

  const recheck = useMemo(() => new LiveRecheck(() => run('change'), delayMs), [run, delayMs]);
  useEffect(() => () => recheck.cancel(), [recheck]);

  const watched = state.outcome?.kind === 'checked' ? state.outcome.result.sheetName : null;
  useEffect(() => {
    if (!watched || !port.onChange) return;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    port
      .onChange(watched, () => recheck.edit())
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      .catch(() => {
        // No change events (older Excel, file mode): the user re-checks with the button.
      });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [port, watched, recheck]);

  const check = useCallback(async () => {
    recheck.cancel();
    await run('user');
  }, [run, recheck]);

  const chooseSheet = useCallback(
    (name: string | null) => {
      setSheetChoice(name);
      recheck.cancel();
      void run('user', { sheetChoice: name });
    },
    [run, recheck],
  );

  const chooseSet = useCallback(
    (set: CriteriaSet | null) => {
      setSetChoice(set);
      recheck.cancel();
      void run('user', { setChoice: set });
    },
    [run, recheck],
  );

  return { state, sheetChoice, setChoice, check, chooseSheet, chooseSet, preferSet: setSetChoice };
}
