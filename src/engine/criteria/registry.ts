/**
 * The criteria sets the add-in knows: the bundled ones plus any the user loaded.
 * The JSON files are imported statically so every bundler (esbuild for the CLI, webpack for
 * the pane) ships them; reading a set from a path needs fs and belongs to the CLI, which
 * calls loadCriteriaSetText and then add().
 */
import type { CriteriaSet } from './schema';
import { validateCriteriaSet } from './validate';
import { compareVersions } from './versions';
import mauSoNganh2024 from './sets/mau-so-nganh-2024.json';
import mauXa2024 from './sets/mau-xa-2024.json';

const BUNDLED_JSON: unknown[] = [mauSoNganh2024, mauXa2024];

/**
 * The bundled sets as validateCriteriaSet returns them, put in by the CLI's build
 * (scripts/build-cli.js validates them once there), so a one-file check does not run the schema
 * over them at every start. Undefined everywhere else: then they are validated here, once.
 */
declare const __PAR_CHECK_VALIDATED_SETS__: CriteriaSet[] | undefined;

let bundledCache: CriteriaSet[] | null = typeof __PAR_CHECK_VALIDATED_SETS__ !== 'undefined' ? __PAR_CHECK_VALIDATED_SETS__ : null;

/** The bundled sets, validated (a bundled set that fails validation is a build error, so it throws). */
export function bundledSets(): CriteriaSet[] {
  if (!bundledCache) {
    bundledCache = BUNDLED_JSON.map((json) => {
      const r = validateCriteriaSet(json);
      if (!r.ok) {
        const id = (json as { id?: unknown }).id;
        throw new Error(`Bundled criteria set ${String(id)} is invalid: ${r.problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
      }
      return r.set;
    });
  }
  return [...bundledCache];
}

// In its own module so the engine's checks can order versions without importing the bundled sets.
export { compareVersions } from './versions';

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
  return list.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
}

export function createRegistry(extra: CriteriaSet[] = []): CriteriaRegistry {
  const sets: CriteriaSet[] = [];
  const add = (set: CriteriaSet) => {
    const i = sets.findIndex((s) => sameSet(s, set));
    if (i >= 0) sets[i] = set;
    else sets.push(set);
  };
  for (const s of bundledSets()) add(s);
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
