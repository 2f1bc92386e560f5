/**
 * A question that changes only part of the one before it — "那2023年呢？", "郑宅镇呢", "行政复议呢？",
 * "What about 2021?" — is read against that question: what it names replaces the same part, the
 * rest is kept. A question that stands on its own is never read so.
 */
import type { Query } from './query.ts';
import { understand, yearsNamed, type Knowledge } from './understand.ts';

// (呢 closing a question, or 那/还有 opening one; English "and"/"what about")
const FRAGMENT_ZH = /(?:呢|怎么样|如何)[？?。！!\s]*$|^\s*(?:那么?|换成|改成|还有)/;
const FRAGMENT_EN = /^\s*(?:and|what about|how about)\b/i;
/** what asks for a new kind of answer by itself: a ranking, a comparison, a count */
const OWN_INTENTS = new Set<Query['intent']>(['rank', 'compare', 'count']);

export function followUp(question: string, previous: Query | undefined, k: Knowledge): Query | null {
  if (!previous || previous.intent === 'search' || !(FRAGMENT_ZH.test(question) || FRAGMENT_EN.test(question))) return null;
  const r = understand(question, k, previous);
  if (r.intent === 'search') return null;
  const years = yearsNamed(question, k.years);
  // a fragment that names nothing a statistics question could take ("你好呢") follows nothing
  const names = years !== null || r.places.length > 0 || r.unknown || r.keys !== previous.keys || r.kinds || r.condition || OWN_INTENTS.has(r.intent);
  if (!names) return null;
  const q: Query = { ...previous, text: question, lang: r.lang, keys: r.keys };
  if (r.column) q.column = r.column;
  else if (r.keys !== previous.keys) delete q.column;
  if (years !== null) q.years = years;
  if (r.places.length || r.unknown) {
    q.places = r.places;
    if (r.unknown) q.unknown = r.unknown;
    else delete q.unknown;
    // a unit named where units were listed asks for its own number, in the years asked before
    // (2020年哪些乡镇有诉讼？ 郑宅镇呢？)
    if (r.places.some((p) => p.kind === 'unit') && (previous.intent === 'list' || previous.intent === 'count')) {
      q.intent = r.intent === 'latest' && Array.isArray(q.years) && q.years.length ? 'value' : r.intent;
      if (q.intent === 'latest') q.years = 'latest';
      delete q.condition;
      delete q.kinds;
    }
  }
  if (r.kinds) {
    // a level asked for lists its units again (湖塘乡2020年收到多少申请？ 哪些乡镇有行政复议呢？)
    q.kinds = r.kinds;
    if (r.intent === 'list' && !r.places.some((p) => p.kind === 'unit')) {
      q.intent = 'list';
      q.places = r.places.length ? r.places : previous.places.filter((p) => p.kind === 'region');
    }
  }
  if (OWN_INTENTS.has(r.intent)) {
    // a ranking or count asked after one unit's number is over all units again, within the regions asked about
    const { order, limit, condition, ...rest } = q;
    const places = r.places.length ? r.places : q.places.filter((p) => p.kind === 'region');
    return { ...rest, places, intent: r.intent, ...pick(r, 'order'), ...pick(r, 'limit'), ...pick(r, 'condition') };
  }
  if (r.condition) q.condition = r.condition;
  return q;
}

const pick = <F extends keyof Query>(r: Query, f: F): Partial<Pick<Query, F>> => (r[f] === undefined ? {} : ({ [f]: r[f] } as Partial<Pick<Query, F>>));
