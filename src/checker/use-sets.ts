/**
 * The page's criteria sets: the bundled ones, those kept in the browser from earlier visits and
 * those loaded on this visit. Every check uses all of them (the engine picks the best set per
 * sheet), so a province's departments, districts and communes are checked in one go.
 */
import { useCallback, useMemo, useState } from 'react';
import { bundledSets, compareVersions } from '../engine/criteria/registry';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/findings/finding';
import { forgetSet, keepSet, readKeptSets, SETS_STORAGE_KEY, type SetStorage } from './set-store';

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

const same = (a: CriteriaSet, b: Pick<CriteriaSet, 'id' | 'version'>) => a.id === b.id && a.version === b.version;

export function usePageSets(storage: SetStorage | null, given?: CriteriaSet[]): PageSets {
  const [initial] = useState(() => {
    const read = readKeptSets(storage);
    // Entries that no longer validate are said once and not kept further.
    if (read.dropped.length > 0 && storage) rewrite(storage, read.sets);
    return read;
  });
  const [kept, setKept] = useState<CriteriaSet[]>(initial.sets);
  const [session, setSession] = useState<CriteriaSet[]>([]);
  const base = useMemo(() => given ?? bundledSets(), [given]);
  // The user's copy of a set wins over a bundled set with the same id and version.
  const all = useMemo(() => mergeSets(base, [...kept, ...session]), [base, kept, session]);

  const sourceOf = useCallback(
    (set: CriteriaSet): SetSource => (session.some((s) => same(s, set)) ? 'session' : kept.some((s) => same(s, set)) ? 'kept' : 'bundled'),
    [kept, session],
  );

  const add = useCallback(
    (set: CriteriaSet) => {
      const outcome = keepSet(storage, set, kept);
      if (outcome.ok) {
        setKept(outcome.sets);
        setSession((prev) => prev.filter((s) => !same(s, set)));
        return null;
      }
      setSession((prev) => [...prev.filter((s) => !same(s, set)), set]);
      return outcome.problem;
    },
    [storage, kept],
  );

  const remove = useCallback(
    (set: CriteriaSet) => {
      setSession((prev) => prev.filter((s) => !same(s, set)));
      if (!kept.some((s) => same(s, set))) return null;
      const outcome = forgetSet(storage, set, kept);
      // Even when storage cannot be written the set stops being used on this visit.
      setKept((prev) => prev.filter((s) => !same(s, set)));
      return outcome.ok ? null : outcome.problem;
    },
    [storage, kept],
  );

  return { all, sourceOf, keptProblems: initial.dropped, add, remove };
}

function rewrite(storage: SetStorage, valid: CriteriaSet[]) {
  try {
    storage.setItem(SETS_STORAGE_KEY, JSON.stringify(valid.map((s) => JSON.stringify(s))));
  } catch {
    // Read-only storage: the warning shows again next time, which is right.
  }
}

/** Bundled (or given) sets plus the user's, one per id and version, by id then newest version (as the registry lists them). */
function mergeSets(base: CriteriaSet[], extra: CriteriaSet[]): CriteriaSet[] {
  const list = [...base];
  for (const s of extra) {
    const i = list.findIndex((b) => same(b, s));
    if (i >= 0) list[i] = s;
    else list.push(s);
  }
  return list.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
}
