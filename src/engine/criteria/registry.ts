/**
 * The criteria sets the add-in knows: the bundled ones plus any the user loaded.
 * Reading a set from a path needs fs and belongs to the CLI, which calls loadCriteriaSetText
 * and then add().
 */
import type { CriteriaSet } from './schema';
import { validatedBundledSets } from './bundled-sets';
import { registryOf, type CriteriaRegistry } from './set-registry';

/** The bundled sets, validated (a bundled set that fails validation is a build error, so it throws). */
export function bundledSets(): CriteriaSet[] {
  return [...validatedBundledSets()];
}

// In its own module so the engine's checks can order versions without importing the bundled sets.
export { compareVersions } from './versions';

export { mergeSets, registryOf, sameSet, type CriteriaRegistry } from './set-registry';

/** The bundled sets plus `extra` (a set of `extra` replaces the bundled one of the same id and version). */
export function createRegistry(extra: CriteriaSet[] = []): CriteriaRegistry {
  return registryOf(bundledSets(), extra);
}
