/**
 * Finding the units and regions a question names: the full name (郑宅镇), its stem (郑宅), a
 * region (丰城市, 阿拉善右旗), the name in pinyin (Zhengzhai, Hutang), and typing slips — a
 * homophone (湖糖乡 → 湖塘乡) or one wrong character of a long name.
 */
import { pinyin } from 'pinyin-pro';
import { compact } from '../core/text.ts';
import type { UnitRow } from '../index/index.ts';
import type { QuestionText } from './lexicon.ts';
import { looseNames } from './loose-names.ts';
import { editDistanceAtMost1 } from '../core/edit-distance.ts';

const SUFFIX = /(街道办事处|街道|人民政府|办事处|管理委员会|自治区|自治州|苏木|[省市县区盟州乡镇街])$/u;
/** characters after which a slip in the name before them is worth looking for */
const SUFFIX_AT = /^(街道|[乡镇县区市旗])/u;

/** the units of that name, and the units lying in a region of that name */
export interface Entry {
  unit: number[];
  region: number[];
}

export interface PlaceIndex {
  units: UnitRow[];
  byId: Map<number, UnitRow>;
  /** compact Chinese name or stem → entry */
  names: Map<string, Entry>;
  /** pinyin without spaces → entry */
  pinyin: Map<string, Entry>;
  /** a unit name of 3 or 4 characters with one character blanked (\0) → its position in `names` and its entry */
  slips: Map<string, Array<[number, Entry]>>;
  /** each unit name (not stem) once, compact, with its entry: for names a question shortens or describes (loose-names.ts, english-names.ts) */
  unitNames: ReadonlyArray<readonly [string, Entry]>;
  /** the same by their first character */
  byFirst: Map<string, Array<readonly [string, Entry]>>;
  longest: number;
}

/** The name with its k-th character blanked: two names one substitution apart share one of these. */
const blank = (s: string, k: number): string => `${s.slice(0, k)}\u0000${s.slice(k + 1)}`;

function stemOf(name: string): string | null {
  const stem = name.replace(SUFFIX, '');
  return stem.length >= 2 && stem !== name ? stem : null;
}

/** where a name's words part: after a place's level, before the body's own word */
const PARTS = /(?<=[省市县区州旗盟])(?!$)|(?=(?:街道|办事处|委员会|办公室|人民政府|[局厅委办乡镇街])$)/u;

/** 官洲街道 → Guanzhou Jiedao, 武汉市公安局 → Wuhanshi Gongan Ju: the name as an English question would spell it */
export function romanized(name: string): string {
  const cap = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
  return name
    .split(PARTS)
    .filter(Boolean)
    .map((part) => cap(toPinyin(part)))
    .join(' ');
}

export function toPinyin(s: string): string {
  return pinyin(s, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}

function add(map: Map<string, Entry>, key: string, id: number, kind: 'unit' | 'region'): void {
  let e = map.get(key);
  if (!e) map.set(key, (e = { unit: [], region: [] }));
  if (!e[kind].includes(id)) e[kind].push(id);
}

export function buildPlaceIndex(units: UnitRow[]): PlaceIndex {
  const names = new Map<string, Entry>();
  const py = new Map<string, Entry>();
  const pyMemo = new Map<string, string>();
  const pyOf = (s: string): string => {
    let p = pyMemo.get(s);
    if (p === undefined) pyMemo.set(s, (p = toPinyin(s)));
    return p;
  };
  // a department named with its place (杭州市卫生健康委员会) lies in that place, though its report gave no region
  const places = new Set(units.flatMap((u) => [...u.region.map(compact), ...(/[省市县区旗盟州]$/u.test(u.name) ? [compact(u.name)] : [])]));
  for (const u of units) {
    const name = compact(u.name);
    const stem = stemOf(name);
    add(names, name, u.id, 'unit');
    for (let k = 2; k < Math.min(name.length, 9); k++) {
      const place = name.slice(0, k);
      if (!places.has(place) || u.region.some((r) => compact(r) === place)) continue;
      add(names, place, u.id, 'region');
      const ps = stemOf(place);
      if (ps) add(names, ps, u.id, 'region');
      const pp = pyOf(ps ?? place);
      if (pp.length >= 4) add(py, pp, u.id, 'region');
    }
    if (stem) add(names, stem, u.id, 'unit');
    const p = pyOf(stem ?? name);
    if (p.length >= 4) add(py, p, u.id, 'unit');
    if (stem) add(py, pyOf(name), u.id, 'unit');
    for (const level of u.region) {
      const r = compact(level);
      add(names, r, u.id, 'region');
      const rs = stemOf(r);
      if (rs) add(names, rs, u.id, 'region');
      const rp = pyOf(rs ?? r);
      if (rp.length >= 4) add(py, rp, u.id, 'region');
    }
  }
  let longest = 0;
  for (const k of names.keys()) longest = Math.max(longest, k.length);
  const slips = new Map<string, Array<[number, Entry]>>();
  let order = 0;
  for (const [name, e] of names) {
    const at = order++;
    if (!e.unit.length || name.length < 3 || name.length > 4) continue;
    for (let k = 0; k < name.length; k++) {
      const key = blank(name, k);
      const list = slips.get(key);
      if (list) list.push([at, e]);
      else slips.set(key, [[at, e]]);
    }
  }
  const unitNames = [...new Set(units.map((u) => compact(u.name)))].map((name) => [name, names.get(name)!] as const);
  const byFirst = new Map<string, Array<readonly [string, Entry]>>();
  for (const pair of unitNames) {
    const list = byFirst.get(pair[0][0]!);
    if (list) list.push(pair);
    else byFirst.set(pair[0][0]!, [pair]);
  }
  return { units, byId: new Map(units.map((u) => [u.id, u])), names, pinyin: py, slips, unitNames, byFirst, longest };
}

export interface PlaceHit {
  start: number;
  end: number;
  /** the words of the question that name the place */
  text: string;
  entry: Entry;
}
type Hit = PlaceHit;

function overlaps(a: { start: number; end: number }, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([s, e]) => a.start < e && s < a.end);
}

/** Longest names first, none overlapping another or the words of the question's keys. */
function chineseHits(zh: string, idx: PlaceIndex, blocked: ReadonlyArray<readonly [number, number]>): Hit[] {
  const hits: Hit[] = [];
  for (let len = Math.min(idx.longest, zh.length); len >= 2; len--) {
    for (let i = 0; i + len <= zh.length; i++) {
      const text = zh.slice(i, i + len);
      const entry = idx.names.get(text);
      if (!entry) continue;
      const h = { start: i, end: i + len, text, entry };
      if (overlaps(h, blocked) || overlaps(h, hits.map((x) => [x.start, x.end] as const))) continue;
      hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function pinyinHits(en: string, idx: PlaceIndex): Hit[] {
  const words = en.trim().split(' ').filter(Boolean);
  const hits: Hit[] = [];
  const used = new Set<number>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const text = words.slice(i, i + n).join('');
      const entry = idx.pinyin.get(text);
      if (!entry) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      hits.push({ start: i, end: i + n, text: words.slice(i, i + n).join(' '), entry });
    }
  }
  return hits;
}

/** A slip: the characters before an admin suffix sound like a unit's stem, or miss by one. */
function slipHits(t: QuestionText, idx: PlaceIndex, blocked: ReadonlyArray<readonly [number, number]>): Hit[] {
  const hits: Hit[] = [];
  for (let end = 2; end < t.zh.length; end++) {
    if (!SUFFIX_AT.test(t.zh.slice(end)) || t.zh.slice(end, end + 2) === '乡镇') continue;
    for (let len = 4; len >= 2; len--) {
      const start = end - len;
      if (start < 0 || overlaps({ start, end }, blocked)) continue;
      const text = t.zh.slice(start, end);
      // (words, not particles: "以上的乡镇" holds no slip of 上湾乡)
      if (!/^[\u4e00-\u9fff]+$/u.test(text) || /[的了和与及是吗呢]/u.test(text)) continue;
      const p = toPinyin(text);
      const entry = idx.pinyin.get(p);
      if (entry && entry.unit.length) return [{ start, end, text, entry }];
      if (len >= 3) {
        // names one character off: looked up by each blanked position, not by walking every name
        const found = new Map<number, Entry>();
        for (let k = 0; k < len; k++) for (const [at, e] of idx.slips.get(blank(text, k)) ?? []) found.set(at, e);
        for (const at of [...found.keys()].sort((a, b) => a - b)) hits.push({ start, end, text, entry: found.get(at)! });
        if (hits.length) return hits;
      }
    }
  }
  // an English word one letter off a pinyin name of six letters or more (Zhengzhi, Hutnag…)
  for (const w of t.en.trim().split(' ')) {
    // (a place's own name is no slip of another's: Guangzhou is not Guanzhou)
    if (w.length < 6 || idx.pinyin.has(w)) continue;
    for (const [p, e] of idx.pinyin) if (e.unit.length && p.length >= 6 && editDistanceAtMost1(p, w)) hits.push({ start: 0, end: 0, text: w, entry: e });
    if (hits.length) return hits;
  }
  return hits;
}

/** The names a question holds exactly, longest first, none overlapping. */
export function exactNames(zh: string, idx: PlaceIndex): PlaceHit[] {
  return chineseHits(zh, idx, []);
}

/**
 * Every place a question names; where none names a unit exactly, shortened names and typing slips
 * are looked for. `unknown`: words that end as a unit's name does and match nothing.
 */
export function readPlaces(t: QuestionText, idx: PlaceIndex, blocked: ReadonlyArray<readonly [number, number]>): { hits: PlaceHit[]; unknown: string[] } {
  const exact = chineseHits(t.zh, idx, blocked);
  const loose = looseNames(t.zh, idx, blocked);
  // a longer shortened name replaces the names found inside it (郑州高新区 over 郑州 and 高新区)
  const kept = exact.filter((h) => !loose.hits.some((l) => l.start <= h.start && h.end <= l.end && l.end - l.start > h.end - h.start));
  const added = loose.hits.filter((l) => !overlaps(l, kept.map((h) => [h.start, h.end] as const)));
  const hits = [...kept, ...added].sort((a, b) => a.start - b.start).concat(pinyinHits(t.en, idx));
  if (hits.some((h) => h.entry.unit.length)) return { hits, unknown: [] };
  // (not inside a name already found: 锡山 of 锡山区 is no slip of 西山区)
  const slips = slipHits(t, idx, [...blocked, ...kept.map((h) => [h.start, h.end] as const), ...added.map((h) => [h.start, h.end] as const)]);
  return { hits: [...hits, ...slips], unknown: slips.length ? [] : loose.unknown };
}
