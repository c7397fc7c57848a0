/**
 * Random VALID criteria sets (criteria-set.md): areas with criteria and sub-criteria, survey,
 * bonus and penalty items (as areas or nested), every scoring rule, evidence and N/A rules,
 * parent maxima equal to the sum of the children that count, scale = Σ ordinary areas.
 */
import fc from 'fast-check';
import type { CriteriaItem, CriteriaSet, Scoring } from '../../../src/engine/criteria/schema';

type Kind = NonNullable<CriteriaItem['kind']>;

interface LeafPlan {
  /** Hundredths of a point (maxima have at most 2 decimals). */
  max: number;
  kind: Kind | undefined;
  scoring: 'none' | 'options' | 'bands' | 'proportional' | 'step';
  evidence: CriteriaItem['evidence'];
  na: CriteriaItem['notApplicable'];
}

type NodePlan = LeafPlan | NodePlan[];

const leafArb: fc.Arbitrary<LeafPlan> = fc.record({
  max: fc.integer({ min: 1, max: 400 }),
  kind: fc.constantFrom<Kind | undefined>(undefined, undefined, undefined, undefined, 'survey', 'bonus', 'penalty'),
  scoring: fc.constantFrom('none', 'none', 'options', 'bands', 'proportional', 'step'),
  evidence: fc.constantFrom<CriteriaItem['evidence']>(undefined, 'required', 'optional', 'none'),
  na: fc.constantFrom<CriteriaItem['notApplicable']>(undefined, 'allowed', 'never'),
});

const nodeArb: fc.Arbitrary<NodePlan> = fc.oneof(
  { weight: 2, arbitrary: leafArb },
  { weight: 2, arbitrary: fc.array(leafArb, { minLength: 1, maxLength: 4 }) },
  // Ten or more children: codes "1.10", "1.11" that Excel turns into 1.1 when typed as numbers.
  { weight: 1, arbitrary: fc.array(leafArb, { minLength: 9, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(leafArb, fc.array(leafArb, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }) },
);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const r2 = (n: number) => Math.round(n * 100) / 100;
const isBP = (k: Kind | undefined) => k === 'bonus' || k === 'penalty';

function scoringFor(plan: LeafPlan, max: number): Scoring | undefined {
  const half = r2(max / 2);
  switch (plan.scoring) {
    case 'options':
      return { type: 'options', options: [{ label: 'Đạt', points: max }, { label: 'Một phần', points: half }, { label: 'Không đạt', points: 0 }] };
    case 'bands':
      return { type: 'bands', input: 'percent', bands: [{ atLeast: 100, points: max }, { atLeast: 50, points: half }, { points: 0 }] };
    case 'proportional':
      return { type: 'proportional', input: 'percent' };
    case 'step':
      return { type: 'step', step: max >= 0.5 ? 0.25 : 0.01 };
    default:
      return undefined;
  }
}

/** `childCode(i)`: the code of the i-th child (0-based); by default the parent's code extended. */
function build(plan: NodePlan, code: string, parentKind: Kind | undefined, childCode = (i: number) => `${code}.${i + 1}`): CriteriaItem {
  if (!Array.isArray(plan)) {
    // Below a survey, bonus or penalty parent the kind is inherited; a survey item cannot require evidence.
    const kind = parentKind ? undefined : plan.kind;
    const effective = kind ?? parentKind;
    const max = r2(plan.max / 100);
    const scoring = scoringFor(plan, max);
    return {
      code,
      title: `Tiêu chí ${code} ${effective ?? ''}`.trim(),
      maxPoints: max,
      ...(kind ? { kind } : {}),
      ...(scoring ? { scoring } : {}),
      ...(plan.evidence && !(effective === 'survey' && plan.evidence === 'required') ? { evidence: plan.evidence } : {}),
      ...(plan.na ? { notApplicable: plan.na } : {}),
    };
  }
  const children = plan.map((p, i) => build(p, childCode(i), parentKind));
  // Bonus/penalty children inside an ordinary parent count at the total, not in the parent.
  const counting = children.filter((c) => !isBP(c.kind) || c.kind === parentKind);
  return { code, title: `Nhóm ${code}`, maxPoints: r2(counting.reduce((s, c) => s + c.maxPoints, 0)), children };
}

export const criteriaSetArb: fc.Arbitrary<CriteriaSet> = fc
  .record({
    areas: fc.array(fc.tuple(fc.constantFrom<Kind | undefined>(undefined, undefined, undefined, 'survey', 'bonus', 'penalty'), nodeArb), {
      minLength: 1,
      maxLength: 5,
    }),
    bands: fc.boolean(),
    /** Roman areas ("II") with children numbered from the area ("2.1") or through the set ("3", "3.1"). */
    codes: fc.constantFrom('arabic', 'arabic', 'roman-nested', 'roman-global'),
    year: fc.integer({ min: 2020, max: 2030 }),
  })
  .map(({ areas, bands, codes, year }) => {
    // The first area is an ordinary one, so the scale is positive.
    const plans = areas.map(([kind, node], i) => [i === 0 ? undefined : kind, node] as const);
    let next = 0;
    const items = plans.map(([kind, node], i) => {
      const item =
        codes === 'arabic'
          ? build(node, String(i + 1), kind)
          : build(node, ROMAN[i], kind, codes === 'roman-nested' ? (j) => `${i + 1}.${j + 1}` : () => String(++next));
      if (kind) return { ...item, kind };
      if (i === 0 && isBP(item.kind)) return { ...item, kind: undefined };
      return item;
    });
    const scale = r2(items.filter((a) => !isBP(a.kind)).reduce((s, a) => s + a.maxPoints, 0));
    return {
      format: 'par-criteria/1' as const,
      id: 'bo-ngau-nhien',
      version: '1.0',
      title: 'Bộ tiêu chí ngẫu nhiên',
      year,
      unitLevel: 'department' as const,
      scale,
      items,
      ...(bands ? { classification: [{ label: 'Tốt', minIndex: 80 }, { label: 'Khá', minIndex: 65 }, { label: 'Trung bình', minIndex: 0 }] } : {}),
    };
  })
  // An ordinary first area made only of nested bonus/penalty items has no max: no scale.
  .filter((set) => set.scale > 0);
