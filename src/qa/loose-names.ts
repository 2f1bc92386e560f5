/**
 * Words of a question that end as a unit's name does but match no name exactly: a shortened name
 * (衡南县卫健局 for 衡南县卫生健康局, 郑州高新区 for 郑州高新技术产业开发区, 江苏公安厅), a kind of
 * department that names every unit holding it (行政审批局), or a name the data does not hold at
 * all (郑宅镇 asked of a county's other townships) — which must be said, not answered for every unit.
 */
import { DEPARTMENT_WORDS, GOVERNMENT_WORDS, OFFICE_WORDS, PLACE_WORDS, TOWNSHIP_WORDS, ZONE_WORDS, anyOf } from '../core/organs.ts';
import type { Entry, PlaceIndex } from './places.ts';

const NAME_END = new RegExp(anyOf(GOVERNMENT_WORDS, DEPARTMENT_WORDS, OFFICE_WORDS, TOWNSHIP_WORDS, PLACE_WORDS, ZONE_WORDS, ['街']), 'gu');
/** what stands between a name and the words before it: a year, a particle, a conjunction */
const BOUNDARY = /[^\u4e00-\u9fff]|[年月日的在和与及跟同于从向对是了吗呢]/u;
/** words that open a question about many units, not a name: 哪个乡镇, 各街道, 全县, 我局, 有几个镇 */
const NOT_A_NAME = /^(?:[哪各全本所我该每那这有请问其被由给]|多少|几)|[哪些个各]/u;
/** a level asked about, not a name: 哪个开发区, 各街道 */
const LEVEL_ONLY = /^(?:开发区|园区|高新区|经开区|新区|街道|乡镇|部门|县区|区县)$/u;
const LONGEST = 14;
const PLACE_END = new RegExp(`${anyOf(PLACE_WORDS)}$`, 'u');
const ASKED = /^(?:哪些|哪个|哪几个|各个|各|所有|全部|有没有|是否有)/u;

export interface LooseHit {
  start: number;
  end: number;
  text: string;
  entry: Entry;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/** units whose name the words shorten: same first character, every character in order, the end near the end */
function shortened(token: string, idx: PlaceIndex): number[] {
  const ids: number[] = [];
  for (const [name, entry] of idx.byFirst.get(token[0]!) ?? []) {
    if (name.length <= token.length || name.length > token.length * 3 || !name.slice(-3).includes(token.at(-1)!)) continue;
    if (isSubsequence(token, name)) ids.push(...entry.unit);
  }
  return ids;
}

/**
 * units whose name holds the words, perhaps shortened: 行政审批局 in 栖霞区行政审批局, 市场监管局 in
 * 汉中市市场监督管理局; a place's name whole, where units are named with it (栖霞区 of 栖霞区交通运输局)
 */
function holding(token: string, idx: PlaceIndex): number[] {
  const head = token.slice(0, 2);
  const last = token.at(-1)!;
  const holds = PLACE_END.test(token)
    ? (name: string): boolean => name.startsWith(token) && name.length > token.length
    : (name: string): boolean => name.includes(head) && name.slice(-3).includes(last) && isSubsequence(token, name.slice(name.indexOf(head)));
  return idx.unitNames.flatMap(([name, entry]) => (holds(name) ? entry.unit : []));
}

/**
 * Loose hits, each a shortened name (its units) or a kind of department (a region of the units
 * holding it), outside `taken`; and the words that looked like a name and matched nothing.
 */
export function looseNames(zh: string, idx: PlaceIndex, taken: ReadonlyArray<readonly [number, number]>): { hits: LooseHit[]; unknown: string[] } {
  const inTaken = (i: number): boolean => taken.some(([s, e]) => i >= s && i < e);
  const hits: LooseHit[] = [];
  const unknown: Array<{ start: number; end: number; text: string }> = [];
  for (const m of zh.matchAll(NAME_END)) {
    const end = m.index + m[0].length;
    if (inTaken(end - 1) || hits.some((h) => h.end >= end && h.start < end)) continue;
    let from = end - 1;
    while (from > 0 && end - from < LONGEST && !BOUNDARY.test(zh[from - 1]!) && !inTaken(from - 1)) from--;
    // 哪些行政审批局: a kind of department asked about
    const asked = ASKED.exec(zh.slice(from, end))?.[0].length ?? 0;
    from += asked;
    const whole = zh.slice(from, end);
    if (whole.length < 3 || NOT_A_NAME.test(whole) || LEVEL_ONLY.test(whole) || idx.names.has(whole)) continue;
    let found: LooseHit | null = null;
    // (a known name ending the words, its places before it, names no unknown unit: 济南市历下区)
    let known = false;
    for (let s = from; s <= end - 3 && !found; s++) {
      const token = zh.slice(s, end);
      if ((known = idx.names.has(token))) break;
      const units = asked ? [] : shortened(token, idx);
      if (units.length) found = { start: s, end, text: token, entry: { unit: [...new Set(units)], region: [] } };
      else if (s === from) {
        const held = holding(token, idx);
        // (one unit holding the name is that unit: 元坝镇 of 昭化元坝镇)
        if (held.length) found = { start: s, end, text: token, entry: held.length === 1 ? { unit: held, region: [] } : { unit: [], region: held } };
      }
    }
    if (!found) {
      if (!known) unknown.push({ start: from, end, text: whole });
    } else {
      // a longer name replaces what was found inside it (衡南县 of 衡南县卫健局)
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.start >= found.start) hits.splice(i, 1);
      hits.push(found);
    }
  }
  return { hits, unknown: unknown.filter((u) => !hits.some((h) => u.start < h.end && h.start < u.end)).map((u) => u.text) };
}
