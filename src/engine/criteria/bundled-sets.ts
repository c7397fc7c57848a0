/**
 * The bundled criteria sets, validated (defaults filled in) the first time they are asked for.
 * The JSON files are imported statically so every bundler (esbuild for the CLI, webpack for the
 * pane) ships them. The command line's bundle carries them validated by its build instead
 * (src/cli/bundled-sets.ts) and does not load this module for a check.
 */
import type { CriteriaSet } from './schema';
import { validateCriteriaSet } from './validate';
import mauSoNganh2024 from './sets/mau-so-nganh-2024.json';
import mauXa2024 from './sets/mau-xa-2024.json';

let validated: CriteriaSet[] | null = null;

/** The bundled sets, validated once (a bundled set that fails validation throws). Do not modify them. */
export function validatedBundledSets(): readonly CriteriaSet[] {
  if (!validated) {
    validated = [mauSoNganh2024, mauXa2024].map((json: unknown) => {
      const r = validateCriteriaSet(json);
      if (!r.ok) {
        const id = (json as { id?: unknown }).id;
        throw new Error(`Bundled criteria set ${String(id)} is invalid: ${r.problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
      }
      return r.set;
    });
  }
  return validated;
}
