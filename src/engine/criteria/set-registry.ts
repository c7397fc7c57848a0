/**
 * A registry of criteria sets, without the bundled ones: registry.ts adds those. In a module of
 * its own so the command line can build a registry from the sets its build validated (see
 * src/cli/bundled-sets.ts) without loading the validation and its schema (zod).
 */
import type { CriteriaSet } from './schema';
import { compareVersions } from './versions';

/**
 * Set ids are a-z, 0-9 and "-" only (the schema's rule), so comparing code units orders them as
 * localeCompare did ("-" < digits < letters), without starting ICU's collator for it.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface CriteriaRegistry {
  /** Every set, by id then newest version first. */
  list(): CriteriaSet[];
  /** The set with this id and version; without a version, the latest one. */
  get(id: string, version?: string): CriteriaSet | null;
  /** Add a set; it replaces a set with the same id and version (a user's copy wins over the bundled one). */
  add(set: CriteriaSet): void;
}

/** The same set: same id and version (a user's copy then replaces a kept or bundled one). */
export function sameSet(a: Pick<CriteriaSet, 'id' | 'version'>, b: Pick<CriteriaSet, 'id' | 'version'>): boolean {
  return a.id === b.id && a.version === b.version;
}

/**
 * `base` plus `extra`, one per id and version (a set of `extra` replaces the same one of `base`),
 * by id then newest version: the order every list of sets shows (the registry, the page).
 */
export function mergeSets(base: CriteriaSet[], extra: CriteriaSet[]): CriteriaSet[] {
  const list = [...base];
  for (const s of extra) {
    const i = list.findIndex((b) => sameSet(b, s));
    if (i >= 0) list[i] = s;
    else list.push(s);
  }
  return list.sort((a, b) => compareIds(a.id, b.id) || compareVersions(b.version, a.version));
}

/** A registry of `base` (the bundled sets, usually) and `extra`. */
export function registryOf(base: readonly CriteriaSet[], extra: CriteriaSet[] = []): CriteriaRegistry {
  const sets: CriteriaSet[] = [];
  const add = (set: CriteriaSet) => {
    const i = sets.findIndex((s) => sameSet(s, set));
    if (i >= 0) sets[i] = set;
    else sets.push(set);
  };
  for (const s of base) add(s);
  for (const s of extra) add(s);

  const sorted = () => mergeSets(sets, []);

  return {
    list: sorted,
    get(id, version) {
      const same = sorted().filter((s) => s.id === id);
      if (version === undefined) return same[0] ?? null;
      return same.find((s) => s.version === version) ?? null;
    },
    add,
  };
}
