/**
 * The bundled criteria sets for the command line. Its build (scripts/build-cli.js) validates them
 * once and defines __PAR_CHECK_VALIDATED_SETS__ as the result's JSON text: the bundle parses that
 * and never loads the validation or its schema (zod) for them. Elsewhere (tests running the
 * sources) the engine's registry validates them.
 */
import type { CriteriaSet } from '../engine/criteria/schema';
import { registryOf, type CriteriaRegistry } from '../engine/criteria/set-registry';

declare const __PAR_CHECK_VALIDATED_SETS__: string | undefined;

let parsed: CriteriaSet[] | null = null;

/** The bundled sets, validated. */
export async function bundledSetsForCli(): Promise<CriteriaSet[]> {
  // A constant in the bundle: the import below is then dead code and never runs.
  if (typeof __PAR_CHECK_VALIDATED_SETS__ === 'string') {
    parsed ??= JSON.parse(__PAR_CHECK_VALIDATED_SETS__) as CriteriaSet[];
    return [...parsed];
  }
  return (await import('../engine/criteria/registry')).bundledSets();
}

/** A registry of the bundled sets (a set added later replaces the bundled one of the same id and version). */
export async function cliRegistry(): Promise<CriteriaRegistry> {
  return registryOf(await bundledSetsForCli());
}
