/** How a criteria set is named in the pane's lists. */
import type { CriteriaSet } from '../../engine/criteria/schema';

export const setKey = (s: Pick<CriteriaSet, 'id' | 'version'>) => `${s.id}@${s.version}`;

export const setLabel = (s: Pick<CriteriaSet, 'id' | 'version' | 'title'>) => `${s.id} (${s.version}) — ${s.title}`;
