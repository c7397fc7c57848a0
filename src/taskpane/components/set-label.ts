/** How a criteria set is named in the pane's lists: by its title, never its id (issue 11). */
import type { CriteriaSet } from '../../engine/criteria/schema';

export const setKey = (s: Pick<CriteriaSet, 'id' | 'version'>) => `${s.id}@${s.version}`;

/** The set's title; the version is added only when another set in `all` has the same title. */
export const setLabel = (s: Pick<CriteriaSet, 'id' | 'version' | 'title'>, all: Pick<CriteriaSet, 'id' | 'version' | 'title'>[] = []) =>
  all.some((o) => o.title === s.title && setKey(o) !== setKey(s)) ? `${s.title} (${s.version})` : s.title;
