/**
 * A question read into what it asks. Both the rule-based understander and a chat model produce
 * this one shape, so the answerer never needs to know which of them read the question.
 */
import { z } from 'zod';
import { UNIT_KINDS } from '../core/unit-kind.ts';

export const INTENTS = ['list', 'value', 'count', 'rank', 'compare', 'latest', 'search'] as const;
export type Intent = (typeof INTENTS)[number];

export const APPLICANT_COLUMNS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org'] as const;

export const PlaceSchema = z.object({
  unitIds: z.array(z.number().int()),
  /** the words of the question that named the place */
  text: z.string(),
  /** a unit names the units asked about; a region only narrows a list */
  kind: z.enum(['unit', 'region']).default('unit'),
});
export type Place = z.infer<typeof PlaceSchema>;

export const ConditionSchema = z.object({
  op: z.enum(['>', '>=', '=', '<']),
  value: z.number().finite(),
  /** an upper bound as well: 在50到100件之间, 超过50件少于100件 */
  max: z.object({ value: z.number().finite(), inclusive: z.boolean() }).optional(),
});
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * `keys` holds measures: a canonical key (`t4.litigation.total`), alternatives across the two
 * templates joined by `|` (`t2.normative_documents.made|t2.normative_documents.new_made`, the
 * first a report gives), or a sum over a `*` pattern (`t3.denied_*.total`).
 */
export const QuerySchema = z.object({
  intent: z.enum(INTENTS),
  keys: z.array(z.string()),
  years: z.union([z.array(z.number().int().min(2000).max(2100)), z.literal('latest')]),
  places: z.array(PlaceSchema),
  condition: ConditionSchema.optional(),
  order: z.enum(['desc', 'asc']).optional(),
  limit: z.number().int().positive().optional(),
  column: z.enum(APPLICANT_COLUMNS).optional(),
  /** the levels asked about (哪些乡镇: township and street); absent: every unit */
  kinds: z.array(z.enum(UNIT_KINDS)).optional(),
  /** several measures that must all qualify (既有行政复议又有行政诉讼), not any of them */
  together: z.literal(true).optional(),
  /** words that name a unit the data does not hold (郑宅镇), where no unit is named: nothing is answered */
  unknown: z.array(z.string()).optional(),
  /** what the question asks that no report gives (败诉率, 罚款金额, 平均办理天数): said so before the numbers that are given */
  lacking: z.string().optional(),
  lang: z.enum(['zh', 'en']),
  text: z.string(),
});
export type Query = z.infer<typeof QuerySchema>;

/** Whether a value meets a condition; a missing condition means "reported and above zero". */
export function meets(value: number, c: Condition | undefined): boolean {
  if (!c) return value > 0;
  if (c.max && (c.max.inclusive ? value > c.max.value : value >= c.max.value)) return false;
  switch (c.op) {
    case '>':
      return value > c.value;
    case '>=':
      return value >= c.value;
    case '=':
      return value === c.value;
    case '<':
      return value < c.value;
  }
}
