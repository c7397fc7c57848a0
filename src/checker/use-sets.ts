/**
 * The page's criteria sets: the bundled ones, those kept in the browser from earlier visits and
 * those loaded on this visit. Every check uses all of them (the engine picks the best set per
 * sheet), so a province's departments, districts and communes are checked in one go.
 */
import { useCallback, useMemo, useState } from 'react';
import { bundledSets, mergeSets, sameSet } from '../engine/criteria/registry';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/text/lang';
import { forgetSet, keepSet, readKeptSets, writeKeptSets, type SetStorage } from './set-store';

export type SetSource = 'bundled' | 'kept' | 'session';

export interface PageSets {
  /** Every set a check chooses from. */
  all: CriteriaSet[];
  /** Where each set of `all` comes from (bundled, kept in the browser, this visit only). */
  sourceOf: (set: CriteriaSet) => SetSource;
  /** Problems with what was kept (shown once on the page). */
  keptProblems: Bilingual[];
  /** Use a set now and keep it for the next visit; returns why it could not be kept, or null. */
  add: (set: CriteriaSet) => Bilingual | null;
  /** Stop using a set loaded by the user (bundled sets stay). */
  remove: (set: CriteriaSet) => Bilingual | null;
}

export function usePageSets(storage: SetStorage | null, given?: CriteriaSet[]): PageSets {
  const [initial] = useState(() => {
    const read = readKeptSets(storage);
    // Entries that no longer validate are said once and not kept further.
    // Read-only storage: the warning shows again next time, which is right.
    if (read.dropped.length > 0 && storage) writeKeptSets(storage, read.sets);
    return read;
  });
  const [kept, setKept] = useState<CriteriaSet[]>(initial.sets);
  const [session, setSession] = useState<CriteriaSet[]>([]);
  const base = useMemo(() => given ?? bundledSets(), [given]);
  // The user's copy of a set wins over a bundled set with the same id and version.
  const all = useMemo(() => mergeSets(base, [...kept, ...session]), [base, kept, session]);

  const sourceOf = useCallback(
    (set: CriteriaSet): SetSource => (session.some((s) => sameSet(s, set)) ? 'session' : kept.some((s) => sameSet(s, set)) ? 'kept' : 'bundled'),
    [kept, session],
  );

  const add = useCallback(
    (set: CriteriaSet) => {
      const outcome = keepSet(storage, set, kept);
      if (outcome.ok) {
        setKept(outcome.sets);
        setSession((prev) => prev.filter((s) => !sameSet(s, set)));
        return null;
      }
      setSession((prev) => [...prev.filter((s) => !sameSet(s, set)), set]);
      return outcome.problem;
    },
    [storage, kept],
  );

  const remove = useCallback(
    (set: CriteriaSet) => {
      setSession((prev) => prev.filter((s) => !sameSet(s, set)));
      if (!kept.some((s) => sameSet(s, set))) return null;
      const outcome = forgetSet(storage, set, kept);
      // Even when storage cannot be written the set stops being used on this visit.
      setKept((prev) => prev.filter((s) => !sameSet(s, set)));
      return outcome.ok ? null : outcome.problem;
    },
    [storage, kept],
  );

  return { all, sourceOf, keptProblems: initial.dropped, add, remove };
}
