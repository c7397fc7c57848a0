/**
 * Fixtures for the findings tests: one small criteria set exercising every rule type, and
 * `runCheck` to run one check family on a hand-built sheet (buildParsed) aligned to it.
 */
import { alignRows } from '../../../src/engine/align';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildContext, type CheckContext } from '../../../src/engine/findings/context';
import type { Finding } from '../../../src/engine/findings/finding';
import { buildParsed, type BuildOptions, type RowInput, type RowSpec } from './build-parsed';
import { buildSet, item } from './build-set';

/**
 * 1 (10)
 *   1.1 (4)  1.1.1 options 1/0,5/0 · 1.1.2 bands >90→2, ≥70→1, else 0 · 1.1.3 proportional (evidence optional)
 *   1.2 (2)  step 0,25, N/A allowed
 *   1.3 (2)  survey
 *   1.4 (2)  free 0..2, no evidence
 */
export function ruleSet(extra: Partial<CriteriaSet> = {}): CriteriaSet {
  return buildSet(
    [
      item('1', 10, [
        item('1.1', 4, [
          item('1.1.1', 1, [], {
            scoring: {
              type: 'options',
              options: [
                { label: 'Kịp thời', points: 1 },
                { label: 'Không kịp thời', points: 0.5 },
                { label: 'Không ban hành', points: 0 },
              ],
            },
          }),
          item('1.1.2', 2, [], {
            scoring: { type: 'bands', input: 'percent', bands: [{ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 }] },
          }),
          item('1.1.3', 1, [], { scoring: { type: 'proportional', input: 'percent' }, evidence: 'optional' }),
        ]),
        item('1.2', 2, [], { scoring: { type: 'step', step: 0.25 }, notApplicable: 'allowed' }),
        item('1.3', 2, [], { kind: 'survey' }),
        item('1.4', 2, [], { evidence: 'none' }),
      ]),
    ],
    { id: 'rule-set', version: '2024.1', year: 2024, ...extra },
  );
}

export const EVIDENCE = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh';

/** A clean sheet for ruleSet(): every score valid, with evidence. Override rows by code. */
export function cleanRows(overrides: Record<string, RowInput> = {}): RowSpec[] {
  const base: Record<string, RowInput> = {
    '1': { max: 10 },
    '1.1': { max: 4 },
    '1.1.1': { max: 1, self: 1, evidence: EVIDENCE },
    '1.1.2': { max: 2, declared: 80, self: 1, evidence: EVIDENCE },
    '1.1.3': { max: 1, declared: '85%', self: 0.85, evidence: EVIDENCE },
    '1.2': { max: 2, self: 1.75, evidence: EVIDENCE },
    '1.3': { max: 2 },
    '1.4': { max: 2, self: 2 },
  };
  return Object.keys(base).map((code) => [code, { ...base[code], ...(overrides[code] ?? {}) }] as RowSpec);
}

export function contextFor(specs: RowSpec[], options: BuildOptions = {}, set: CriteriaSet = ruleSet()): CheckContext {
  const parsed = buildParsed(specs, options);
  return buildContext(parsed, set, alignRows(parsed, set));
}

export function runCheck(
  check: (ctx: CheckContext) => Finding[],
  specs: RowSpec[],
  options: BuildOptions = {},
  set: CriteriaSet = ruleSet(),
): Finding[] {
  return check(contextFor(specs, options, set));
}

/** "code@cell" for compact assertions. */
export function keys(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? '-'}`);
}
