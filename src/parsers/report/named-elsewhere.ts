/**
 * Where a report names its unit only outside a title: who compiled it, the line that says whom to
 * contact, and the signature. Each gives the unit as a title would ("南通市通州区兴东街道办事处"), for readMeta to cut.
 */
import { DEPARTMENT_WORDS, GOVERNMENT_WORDS, OFFICE_WORDS, PLACE_WORDS, TOWNSHIP_WORDS, ZONE_WORDS, anyOf } from '../../core/organs.ts';
import { escapeRe } from '../../core/regex.ts';
import { arabicDate } from './dates.ts';
import { NOT_A_PLACE, TOWNSHIP, segmentPlaces } from './places.ts';

/** "请与南通市通州区兴东街道办事处联系", "请联系:马鞍山市花山区发改委办公室": the run of characters after the invitation */
const CONTACT = /(?:请与|请联系|请致电|请向)[:：]?([\u4e00-\u9fff]{2,40})/;
/** a body that has an office to answer for it, as its name ends */
const BODY_END = new RegExp(`${anyOf(['政府'], GOVERNMENT_WORDS, DEPARTMENT_WORDS.filter((w) => !(OFFICE_WORDS as readonly string[]).includes(w)), TOWNSHIP_WORDS, ZONE_WORDS)}$`);
/** that office: 办公室, 综合督考办公室, 党政办 */
const OFFICE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?${anyOf(OFFICE_WORDS)}$`);

/** The body an office answers for (发改委办公室 → 发改委, 园区管委会办公室 → 园区管委会): the longest that leaves an office. */
function withoutOffice(s: string): string {
  for (let cut = s.length - 2; cut > 0; cut--) if (OFFICE.test(s.slice(cut)) && BODY_END.test(s.slice(0, cut))) return s.slice(0, cut);
  return s;
}
/** what a unit's own name may end in: a place, an organ, a department */
const UNIT_END = new RegExp(`${anyOf(GOVERNMENT_WORDS, ['乡政府', '镇政府'], DEPARTMENT_WORDS, PLACE_WORDS, TOWNSHIP_WORDS, ZONE_WORDS)}$`);

function asUnit(s: string): string | null {
  const unit = withoutOffice(s);
  // a county's 政务公开工作领导小组办公室 answers for every body in the county
  if (unit.length < 3 || NOT_A_PLACE.test(unit) || !UNIT_END.test(unit) || /领导小组|政务公开/.test(unit)) return null;
  // it must start with a place: "县政府办" names no one from outside
  return segmentPlaces(unit).units.length > 0 ? unit : null;
}

export function contactUnit(all: string[]): string | null {
  for (const l of all) {
    const m = CONTACT.exec(l);
    if (!m) continue;
    const unit = asUnit(m[1]!.replace(/联系.*$/, ''));
    if (unit) return unit;
  }
  return null;
}

/** "本年度报告…由景宁畲族自治县民政局编制": the body that compiled the report */
const COMPILED_BY = /由([\u4e00-\u9fff]{2,40}?)(?:负责)?(?:编制|编写)/;

export function compiledBy(all: string[]): string | null {
  for (const l of all.slice(0, 30)) {
    const m = COMPILED_BY.exec(l);
    const unit = m ? asUnit(m[1]!) : null;
    if (unit) return unit;
  }
  return null;
}

/** The place a unit named from inside it (县交通运输局) has where whom to contact (contactUnit) is that unit in full (珙县交通运输局). */
export function placeInContact(full: string | null, relative: string): string | null {
  return full && full.length > relative.length && full.endsWith(relative.slice(1)) ? full.slice(0, full.length - relative.length + 1) : null;
}

const DATE_LINE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$|^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/;

/** "苍溪县农业农村局" over "2019年3月7日" at the end of the report. */
export function signatureUnit(all: string[]): string | null {
  const tail = all.filter((l) => l.length > 0).slice(-8);
  for (let i = tail.length - 1; i > 0; i--) {
    if (!DATE_LINE.test(arabicDate(tail[i]!))) continue;
    const prev = tail[i - 1]!;
    if (prev.length <= 30 && !/[，,。;；:：]/.test(prev)) return asUnit(prev);
  }
  return null;
}

/** where a place's name may begin: a line's start, punctuation, or a word that leads to it (以青川县门户网站) */
const PLACE_FROM = '(?<=^|[，,。；;：:、（(《\\s]|以|在|由|向|与|和|及|至|对|依托|通过|按照|根据|公开|公布)';

/**
 * "县乡村振兴局以青川县门户网站为主要公开平台": the one county, city or district a unit named from
 * inside it (县乡村振兴局, 市农业农村局, 区人民政府办公室) stands in, as the report names that place's
 * government or website; null when it names none, or more than one.
 */
export function placeOfRelative(all: string[], relative: string): string | null {
  const level = relative[0]!;
  // (市府东路街道 is a street's own name)
  if (!'县市区旗'.includes(level) || TOWNSHIP.test(relative)) return null;
  // the unit itself written in full ("《东阳市自然资源和规划局信息公开工作机制》"), else the place's government or website
  // (two characters at least before the level: "以市政府办公室" names no city)
  // (looked for at every start, none taking the text from the next: "县乡村振兴局以青川县门户网站")
  const own = escapeRe(relative.slice(1));
  for (const after of [own, '(?:人民政府|政府|门户网站|网站)']) {
    const place = onePlace(all, new RegExp(`${PLACE_FROM}(?=([\\u4e00-\\u9fff]{2,9}?${level})${after})`, 'g'));
    if (place) return place;
  }
  return null;
}

function onePlace(all: string[], re: RegExp): string | null {
  const seen = new Set<string>();
  for (const l of all) {
    for (const m of l.matchAll(re)) {
      const place = m[1]!;
      const { units, rest } = segmentPlaces(place);
      if (rest === '' && units.length === 1 && !NOT_A_PLACE.test(place)) seen.add(place);
    }
  }
  // a run with words before the place ("现公开天门市") gives way to the place alone
  const places = [...seen].filter((p) => ![...seen].some((q) => q !== p && p.endsWith(q)));
  return places.length === 1 ? places[0]! : null;
}

/** A line that is only "丰城市湖塘乡人民政府": the signature, naming the unit with its region. */
export function signatureRegion(all: string[], name: string): string[] {
  const re = new RegExp(`^(.{2,30}?)${escapeRe(name)}(${anyOf(GOVERNMENT_WORDS)})?$`);
  for (let i = all.length - 1; i >= 0; i--) {
    const l = all[i]!;
    // at most 30 characters of region before the name and 管理委员会 after it
    if (l.length > name.length + 35 || !l.includes(name)) continue;
    const m = re.exec(l);
    if (!m) continue;
    const { units, rest } = segmentPlaces(m[1]!);
    if (!rest && units.length && !units.some((u) => TOWNSHIP.test(u))) return units;
  }
  return [];
}
