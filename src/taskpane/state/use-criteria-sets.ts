/**
 * The criteria sets the pane offers: the bundled ones (a lazy chunk: their JSON and the schema
 * that validates them are fetched after the pane is drawn, not inlined in its first load), the set
 * kept with the workbook, and those created in this session.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CriteriaSet } from '../../engine/criteria/schema';

type Registry = typeof import('../../engine/criteria/registry');

let loading: Promise<Registry> | null = null;

/** Starts fetching the bundled sets (once); the pane calls it as soon as it starts. */
export function loadRegistry(): Promise<Registry> {
  loading ??= import(/* webpackChunkName: "criteria-sets" */ '../../engine/criteria/registry');
  return loading;
}

export interface CriteriaSets {
  sets: CriteriaSet[];
  /** The bundled sets are here (or could not be fetched: then only the user's sets are offered). */
  ready: boolean;
}

export function useCriteriaSets(extra: CriteriaSet[], stored: CriteriaSet | null): CriteriaSets {
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadRegistry().then(
      (m) => live && setRegistry(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const sets = useMemo(() => {
    const mine = stored ? [...extra, stored] : extra;
    return registry ? registry.createRegistry(mine).list() : mine;
  }, [registry, extra, stored]);
  return { sets, ready: registry !== null || failed };
}
