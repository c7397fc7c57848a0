/**
 * The name of the seal sheet (seal-record.ts), in a module of its own: the file adapters that
 * only need to recognise or skip the sheet do not load the seal's schema (zod) with it.
 */
export const SEAL_SHEET = '_par_check_seal';
