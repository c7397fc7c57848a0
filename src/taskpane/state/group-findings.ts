/**
 * Findings as the pane lists them: by severity (errors first), then by area (lĩnh vực) of the
 * item, with counts, so a long list stays readable.
 */
import type { CheckResult } from '../../engine/check-result';
import { compareFindings, type Finding, type Severity } from '../../engine/findings/finding';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface AreaGroup {
  /** Area code, null for findings about the whole sheet or with no item. */
  area: string | null;
  title: string | null;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  areas: AreaGroup[];
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Item code → area code. The scores list the items in tree order, so an item belongs to the last
 * area met before it; this holds for Roman areas too ("III" over "3.1"). Codes the scores do not
 * know fall back to their first dotted part.
 */
export function areaResolver(result: Pick<CheckResult, 'scores' | 'set'>): (item: string | null) => string | null {
  const map = new Map<string, string>();
  const scores = result.scores;
  if (scores) {
    const areaCodes = new Set(scores.areas.map((a) => a.code));
    let current: string | null = null;
    for (const it of scores.items) {
      if (areaCodes.has(it.code)) current = it.code;
      if (current !== null) map.set(it.code, current);
    }
  }
  return (item) => (item === null ? null : map.get(item) ?? item.split('.')[0]);
}

function areaTitles(result: Pick<CheckResult, 'scores' | 'set'>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const it of result.set?.items ?? []) titles.set(it.code, it.title);
  for (const a of result.scores?.areas ?? []) titles.set(a.code, a.title);
  return titles;
}

/** Area order: the set's order; unknown areas after, in natural order. */
function areaRank(result: Pick<CheckResult, 'scores' | 'set'>): (area: string) => number {
  const order = (result.scores?.areas.map((a) => a.code) ?? result.set?.items.map((i) => i.code) ?? []).slice();
  return (area) => {
    const i = order.indexOf(area);
    return i >= 0 ? i : order.length;
  };
}

export function groupFindings(findings: Finding[], result: Pick<CheckResult, 'scores' | 'set'>): SeverityGroup[] {
  const areaOf = areaResolver(result);
  const titles = areaTitles(result);
  const rank = areaRank(result);
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity).sort(compareFindings);
    if (ofSeverity.length === 0) continue;
    const byArea = new Map<string | null, Finding[]>();
    for (const f of ofSeverity) {
      const area = areaOf(f.item);
      const list = byArea.get(area) ?? [];
      list.push(f);
      byArea.set(area, list);
    }
    const areas: AreaGroup[] = [...byArea.entries()]
      .map(([area, list]) => ({ area, title: area === null ? null : titles.get(area) ?? null, findings: list }))
      .sort((a, b) => {
        if (a.area === null || b.area === null) return a.area === null ? (b.area === null ? 0 : -1) : 1;
        return rank(a.area) - rank(b.area) || a.area.localeCompare(b.area, undefined, { numeric: true });
      });
    groups.push({ severity, count: ofSeverity.length, areas });
  }
  return groups;
}
