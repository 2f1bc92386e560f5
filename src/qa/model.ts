/**
 * The optional model path: a chat model reads a question the rules could not, into the same
 * Query. It names keys, places and years only; each is checked against what the data holds
 * (unknown keys dropped, names resolved to units, years clamped), and it never supplies a number.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { UNIT_KINDS } from '../core/unit-kind.ts';
import { FAMILIES } from './lexicon.ts';
import { isKnownMeasure } from './measure.ts';
import { readPlaces } from './places.ts';
import { ConditionSchema, INTENTS, APPLICANT_COLUMNS, type Place, type Query } from './query.ts';
import { questionText, type Knowledge } from './understand.ts';

/** What the model fills in: places by name, since it cannot know the index's unit ids. */
export const ModelQuerySchema = z.object({
  intent: z.enum(INTENTS).describe('list: which units qualify; value: a number of named units; rank: most/least; compare: across years; latest: newest report of a unit; search: none of these'),
  keys: z.array(z.string()).describe('fact keys such as t4.litigation.total, t3.new_received.total, t3.denied_*.total'),
  years: z.union([z.array(z.number().int()), z.literal('latest')]).describe('years asked about; [] for all'),
  places: z.array(z.string()).describe('unit or region names as written in the question'),
  condition: ConditionSchema.optional(),
  order: z.enum(['desc', 'asc']).optional(),
  limit: z.number().int().positive().optional(),
  column: z.enum(APPLICANT_COLUMNS).optional(),
  kinds: z.array(z.enum(UNIT_KINDS)).optional().describe('levels asked about: 乡镇 = township and street, 街道 = street, 部门 = department; omit for any'),
});
export type ModelQuery = z.infer<typeof ModelQuerySchema>;

function instructions(k: Knowledge): string {
  const keys = FAMILIES.map((f) => `${f.measure({})}: ${f.label.zh} / ${f.label.en}`).join('\n');
  return [
    'You turn a question about Chinese government information-disclosure annual reports into a query.',
    'Use only these keys (a key ending in .total may take an applicant column instead of total):',
    keys,
    `Years with reports: ${k.years.join(', ') || 'none'}.`,
    'Never answer the question and never give a number from the reports; only fill in the query.',
  ].join('\n');
}

/** The model's query checked against the data; null where nothing usable is left. */
export function clampQuery(raw: unknown, question: string, k: Knowledge, lang: 'zh' | 'en'): Query | null {
  const parsed = ModelQuerySchema.safeParse(raw);
  if (!parsed.success) return null;
  const m = parsed.data;
  const keys = [...new Set(m.keys.map((key) => (m.column && key.startsWith('t3.') ? key.replace(/\.total$/, `.${m.column}`) : key)))].filter(isKnownMeasure);
  if (!keys.length || m.intent === 'search') return null;
  const places: Place[] = [];
  for (const name of m.places) {
    const hit = readPlaces(questionText(name), k.places, []).hits[0];
    if (!hit) continue;
    const kind = hit.entry.unit.length ? 'unit' : 'region';
    places.push({ unitIds: kind === 'unit' ? hit.entry.unit : hit.entry.region, text: name, kind });
  }
  const years = m.years === 'latest' ? 'latest' : m.years.filter((y) => k.years.includes(y));
  if (Array.isArray(m.years) && m.years.length && Array.isArray(years) && !years.length) return null;
  const named = places.some((p) => p.kind === 'unit');
  const intent = m.intent === 'value' && !named ? 'list' : m.intent;
  return {
    intent,
    keys,
    years: intent === 'latest' && Array.isArray(years) && !years.length ? 'latest' : years,
    places,
    ...(m.condition ? { condition: m.condition } : {}),
    ...(m.order ? { order: m.order } : intent === 'rank' ? { order: 'desc' as const } : {}),
    ...(m.limit ? { limit: Math.min(m.limit, 100) } : {}),
    ...(m.column ? { column: m.column } : {}),
    ...(m.kinds?.length ? { kinds: m.kinds } : {}),
    lang,
    text: question,
  };
}

/** Asks the model; any failure of the model is the same as "could not read it". */
export async function understandWithModel(model: BaseChatModel, question: string, k: Knowledge, lang: 'zh' | 'en'): Promise<Query | null> {
  try {
    const structured = model.withStructuredOutput(ModelQuerySchema, { name: 'query' });
    const raw = await structured.invoke([
      { role: 'system', content: instructions(k) },
      { role: 'user', content: question },
    ]);
    return clampQuery(raw, question, k, lang);
  } catch {
    return null;
  }
}
