/**
 * A question that changes only part of the one before it — "那2023年呢？", "郑宅镇呢", "行政复议呢？",
 * "What about 2021?" — is read against that question: what it names replaces the same part, the
 * rest is kept. A question that stands on its own is never read so.
 */
import { readKinds } from './kinds.ts';
import { measureLabel } from './labels.ts';
import type { Query } from './query.ts';
import { comparesWithYearBefore, questionText, readYears, understand, type Knowledge } from './understand.ts';

// (呢 closing a question, or 那/还有 opening one; English "and"/"what about")
const FRAGMENT_ZH = /(?:呢|怎么样|如何)[？?。！!\s]*$|^\s*(?:那么?|换成|改成|还有)/;
const FRAGMENT_EN = /^\s*(?:and|what about|how about)\b/i;
/** what asks for a new kind of answer by itself: a ranking, a comparison, a count */
const OWN_INTENTS = new Set<Query['intent']>(['rank', 'compare', 'count']);
/** a level alone: "县呢", "那市呢", "局呢" */
const LEVEL_ALONE = /^\s*(?:那么?|还有)?\s*([\u4e00-\u9fff]{1,3}?)\s*(?:呢|怎么样|如何)?[？?。！!\s]*$/;
/** those that have one (有行政复议的呢), or none (没有的呢): units that qualify, not every unit's number */
const HAVING = /有[^，,。？?]{0,12}的(?:呢|吗)?[？?。\s]*$/;

/** the units asked about before, named again: 两个哪个多, which of them */
const THESE = /两个|这两|二者|两者|它们|他们|这几个|of them|of the two|between them/i;

/**
 * The question read with the measure asked before in front of it, where it names only a part of
 * that measure: 维持的呢 after 行政复议, 商业企业的呢 after 收到的申请.
 */
function withPreviousMeasure(question: string, previous: Query, k: Knowledge): Query | null {
  const word = previous.keys.length === 1 ? measureLabel(previous.keys[0]!, 'zh') : null;
  if (!word) return null;
  const r = understand(`${word}${question}`, k, previous);
  return r.intent !== 'search' && (r.keys.join() !== previous.keys.join() || r.column !== previous.column) ? r : null;
}

export function followUp(question: string, previous: Query | undefined, k: Knowledge): Query | null {
  if (!previous || previous.intent === 'search') return null;
  const shaped = FRAGMENT_ZH.test(question) || FRAGMENT_EN.test(question);
  // (understand hands back the measures it was given, the same array, when the question names none)
  const plain = understand(question, k, previous);
  // (naming no measure of its own, it may name a part of the one before: 维持的呢)
  const read = shaped && plain.keys === previous.keys ? (withPreviousMeasure(question, previous, k) ?? plain) : plain;
  if (read.intent === 'search') return null;
  const ownMeasure = read.keys !== previous.keys;
  const t = questionText(question);
  const named = readYears(t, k.years);
  // not shaped as a follow-up: one only if it names no measure (最多的是哪个), or one more measure of the
  // unit asked about and nothing else (一共办结了多少)
  if (!shaped && ownMeasure) {
    const aboutUnit = previous.places.some((p) => p.kind === 'unit');
    if (!aboutUnit || read.places.length || read.kinds || read.unknown || named !== null || OWN_INTENTS.has(read.intent)) return null;
  }
  const level = LEVEL_ALONE.exec(question)?.[1];
  const levelKinds = level && !read.kinds ? readKinds(`哪些${level}`, '') : [];
  const r = levelKinds.length ? { ...read, kinds: levelKinds } : read;
  // 那比上年增加了多少呢: the year asked before, and the one before it
  const prevYears = Array.isArray(previous.years) ? previous.years : [];
  const years = named === null && comparesWithYearBefore(t) && prevYears.length ? [Math.min(...prevYears) - 1, ...prevYears] : named;
  // a whole question of its own that opens with 那 ("那2023年哪些乡镇收到了申请呢") is read alone
  if (ownMeasure && named !== null && (r.kinds || r.places.length || OWN_INTENTS.has(r.intent))) return null;
  // a fragment that names nothing a statistics question could take ("你好呢") follows nothing
  const names = years !== null || r.places.length > 0 || r.unknown || ownMeasure || r.kinds || r.condition || OWN_INTENTS.has(r.intent);
  if (!names) return null;
  const q: Query = { ...previous, text: question, lang: r.lang, keys: r.keys };
  if (r.column) q.column = r.column;
  // another measure leaves the old one's column and condition behind
  else if (ownMeasure) delete q.column;
  if (ownMeasure) delete q.condition;
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
    // a level asked for lists its units again (湖塘乡2020年收到多少申请？ 哪些乡镇有行政复议呢？); a ranking
    // or list of another level stays one (收到申请最多的前三个部门 → 乡镇呢)
    q.kinds = r.kinds;
    if (!r.places.some((p) => p.kind === 'unit')) {
      q.places = r.places.length ? r.places : previous.places.filter((p) => p.kind === 'region');
      if (previous.intent === 'value' || previous.intent === 'latest') q.intent = 'list';
    }
  }
  if (HAVING.test(question) && q.intent === 'value' && !q.places.some((p) => p.kind === 'unit')) q.intent = 'list';
  if (OWN_INTENTS.has(r.intent)) {
    // a ranking or count asked after one unit's number is over all units again, within the regions asked about
    const { order, limit, condition, ...rest } = q;
    const places = r.places.length ? r.places : THESE.test(question) ? q.places : q.places.filter((p) => p.kind === 'region');
    return { ...rest, places, intent: r.intent, ...pick(r, 'order'), ...pick(r, 'limit'), ...pick(r, 'condition') };
  }
  if (r.condition) q.condition = r.condition;
  return q;
}

const pick = <F extends keyof Query>(r: Query, f: F): Partial<Pick<Query, F>> => (r[f] === undefined ? {} : ({ [f]: r[f] } as Partial<Pick<Query, F>>));
