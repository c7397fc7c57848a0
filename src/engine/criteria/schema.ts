/**
 * zod schema of the `par-criteria/1` format (../shared/spec/criteria-set.md).
 * The schema is the source of truth in code; the spec page documents it.
 * Cross-item rules (unique codes, sums, nesting) live in validate.ts because they
 * need the whole tree and must name the item code in their messages.
 */
import { z } from 'zod';
import { MAX_SCORING_ENTRIES, MAX_SET_ITEMS } from './set-bounds';

const points = z.number().min(0);

export const optionSchema = z.object({
  label: z.string().min(1),
  points: z.number(),
});

export const bandSchema = z
  .object({
    above: z.number().optional(),
    atLeast: z.number().optional(),
    points: z.number(),
  })
  .refine((b) => !(b.above !== undefined && b.atLeast !== undefined), {
    message: 'a band has either "above" or "atLeast", not both',
  });

export const scoringSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('options'), options: z.array(optionSchema).min(1).max(MAX_SCORING_ENTRIES) }),
  z.object({
    type: z.literal('bands'),
    input: z.literal('percent').default('percent'),
    bands: z.array(bandSchema).min(1).max(MAX_SCORING_ENTRIES),
  }),
  z.object({ type: z.literal('proportional'), input: z.literal('percent').default('percent') }),
  z.object({ type: z.literal('step'), step: z.number().positive() }),
]);

export const itemKindSchema = z.enum(['scored', 'survey', 'bonus', 'penalty']);
export const unitLevelSchema = z.enum(['province', 'ministry', 'department', 'district', 'commune', 'other']);

export interface CriteriaItem {
  code: string;
  title: string;
  maxPoints: number;
  kind?: z.infer<typeof itemKindSchema>;
  method?: string;
  scoring?: z.infer<typeof scoringSchema>;
  evidence?: 'required' | 'optional' | 'none';
  notApplicable?: 'never' | 'allowed';
  children?: CriteriaItem[];
}

export const itemSchema: z.ZodType<CriteriaItem> = z.lazy(() =>
  z.object({
    code: z.string().regex(/^([IVXLC]+|\d+)(\.\d+)*$/, 'code must be dotted Arabic ("1.2.3") or a Roman numeral ("II")'),
    title: z.string().min(1),
    maxPoints: points.refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'maxPoints has at most 2 decimals'),
    kind: itemKindSchema.optional(),
    method: z.string().optional(),
    scoring: scoringSchema.optional(),
    evidence: z.enum(['required', 'optional', 'none']).optional(),
    notApplicable: z.enum(['never', 'allowed']).optional(),
    // Total items and depth are bounded before parsing (set-bounds.ts: a recursive schema cannot).
    children: z.array(itemSchema).max(MAX_SET_ITEMS).optional(),
  }),
);

export const classificationBandSchema = z.object({
  label: z.string().min(1),
  minIndex: z.number(),
  minComponentIndex: z.number().optional(),
});

export const criteriaSetSchema = z.object({
  format: z.literal('par-criteria/1'),
  id: z.string().regex(/^[a-z0-9-]+$/, 'id uses only a-z, 0-9 and "-"'),
  version: z.string().min(1),
  title: z.string().min(1),
  issuedBy: z.string().optional(),
  illustrative: z.boolean().optional(),
  /** Added by import-set --force: a set that breaks a rule of the spec, kept as a draft. */
  draft: z.boolean().optional(),
  year: z.number().int().min(1990).max(2100),
  unitLevel: unitLevelSchema,
  scale: z.number().positive(),
  items: z.array(itemSchema).min(1).max(MAX_SET_ITEMS),
  classification: z.array(classificationBandSchema).optional(),
});

export type CriteriaSet = z.infer<typeof criteriaSetSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
export type ClassificationBand = z.infer<typeof classificationBandSchema>;
