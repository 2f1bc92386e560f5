/** Who issued the report, for which year, when, on which template: from the title, first lines and signature. */
import type { Template } from '../../core/keys.ts';
import { DEPARTMENT_WORDS, GOVERNMENT_WORDS, PLACE_WORDS, TOWNSHIP_WORDS, anyOf } from '../../core/organs.ts';
import { escapeRe } from '../../core/regex.ts';
import { squash } from '../../core/text.ts';
import type { SourceDoc } from '../source.ts';
import { findPublished, findYear } from './dates.ts';
import { compiledBy, contactUnit, placeInContact, placeOfRelative, signatureRegion, signatureUnit } from './named-elsewhere.ts';
import { NOT_A_PLACE, TOWNSHIP, regionAround, segmentPlaces, zoneWithPlace } from './places.ts';
import { DEPARTMENT_END, ORGAN_SUFFIX, ORGAN_WORDS, RELATIVE, SELF, ZONE_END, findTitle, unitOf } from './title.ts';

export interface Meta {
  organ: string | null;
  name: string | null;
  region: string[];
  year: number | null;
  published: string | null;
}

/** Each row's text, squashed: what the metadata is looked for in. */
export function lines(doc: SourceDoc): string[] {
  const out: string[] = new Array(doc.rows.length);
  for (let i = 0; i < doc.rows.length; i++) {
    const cells = doc.rows[i]!.cells;
    let text = cells.length === 1 ? cells[0]!.text : '';
    if (cells.length !== 1) for (const c of cells) text += c.text;
    out[i] = squash(text);
  }
  return out;
}

/**
 * With no title, the township (or zone) its opening lines speak for: "2025年,高良乡人民政府始终…",
 * "2023年,甘眉工业园区管委会严格…" — the name standing after a sentence's start, a comma or a year,
 * before its organ's word, and one place on its own (a run like 台州湾经济技术开发区 that cuts into
 * two is left alone); the one named most often.
 */
const YEAR_OWN_WORK = /(?:19|20)\d{2}年度?[,，]([\u4e00-\u9fff]{2,8}?(?:乡|镇|街道|苏木))政府信息公开工作/;

function speakingTownship(all: string[]): string | null {
  const seen = new Map<string, number>();
  for (const l of all.slice(0, 20)) {
    for (const m of l.matchAll(/(?:^|[，,。；;：:、]|年度?)([\u4e00-\u9fff]{1,12}?(?:乡|镇|街道|苏木|开发区|园区))(?:人民政府|办事处|管委会|管理委员会|(?<=[乡镇])政府(?!信息|工作|的|网站|门户))/g)) {
      // "如有疑问，请与唐村镇人民政府联系"
      // "请与唐村镇人民政府联系", "本报告由高楼乡人民政府按照…"
      const name = m[1]!.replace(/^(?:请[与向到]|本报告由|由)/, '');
      const { units, rest } = segmentPlaces(name);
      if (units.length === 1 && rest === '' && !NOT_A_PLACE.test(name)) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    // the year's own disclosure work: "2022年,河东乡政府信息公开工作…"
    const own = YEAR_OWN_WORK.exec(l)?.[1];
    if (own && !NOT_A_PLACE.test(own) && segmentPlaces(own).rest === '') seen.set(own, (seen.get(own) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of seen) if (best === null || n > seen.get(best)!) best = name;
  return best ?? speakingOrgan(all);
}

/** what an office's or a place's name ends in */
const OFFICE = anyOf(DEPARTMENT_WORDS, GOVERNMENT_WORDS, PLACE_WORDS, TOWNSHIP_WORDS);
/** "2022年,二道区房屋征收工作管理办公室认真贯彻…", "2022年,中江县认真…": the overview's first sentence, an office or place its subject (its heading before it on a page run into one line) */
// (or its own disclosure work: "2019年,泸州市人民政府信息公开工作以…")
const SPEAKS = '(?:认真|坚持|严格|全面|持续|深入|始终|紧紧|进一步|紧扣|围绕|按照|依照|高度|积极|不断|在|以|未|共|(?<=人民政府)(?:信息公开|政务公开)工作)';
const SPEAKING_OFFICE = new RegExp(
  `(?:^|[。；;]|总体情况)(?:(?:19|20)\\d{2}年(?:度|以来)?|本年度|今年以来)[,，]?(?!度)([\\u4e00-\\u9fff]{2,20}?${OFFICE})${SPEAKS}`,
);
/** "良渚街道认真贯彻…" opening the overview with no year: a township or street, named in full */
const SPEAKING_TOWNSHIP = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?${anyOf(TOWNSHIP_WORDS)})${SPEAKS}`);

function speakingOrgan(all: string[]): string | null {
  for (const l of all.slice(0, 30)) {
    const m = SPEAKING_OFFICE.exec(l);
    if (m && !SELF.test(m[1]!)) return m[1]!;
  }
  for (const l of all.slice(0, 30)) {
    const m = SPEAKING_TOWNSHIP.exec(l);
    if (m && !SELF.test(m[1]!) && !NOT_A_PLACE.test(m[1]!) && !RELATIVE.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** `cells`: the first rows' cells, squashed, where a row has several. */
export function readMeta(all: string[], cells: readonly (readonly string[])[] = []): Meta {
  const title = findTitle(all, cells);
  const titled = title ? unitOf(title.text) : null;
  // 县政府办, 区统计局: the overview may name it in full, else it stands as printed
  const township = titled?.unit && !RELATIVE.test(titled.unit) ? null : speakingTownship(all);
  // whom to contact: looked for at most once, and only where a title or the overview leaves the unit open
  let contact: string | null | undefined;
  const contactOnce = (): string | null => (contact === undefined ? (contact = contactUnit(all)) : contact);
  // no title names it, nor the overview: who compiled it, whom to contact, or the signature
  const elsewhere = township ?? (titled?.unit ? null : (compiledBy(all) ?? contactOnce() ?? signatureUnit(all)));
  const parsed = elsewhere ? { unit: elsewhere, year: titled?.year ?? null } : titled;
  let organ: string | null = null;
  let name: string | null = null;
  let region: string[] = [];
  if (parsed?.unit) {
    const suffix = ORGAN_SUFFIX.exec(parsed.unit)?.[1];
    // "广州市荔湾区人民政府南源街道办事处": the district's government between its places and the street
    const bare = (suffix ? parsed.unit.slice(0, -suffix.length) : parsed.unit).replace(/([市县区旗])人民政府(?=[\u4e00-\u9fff]{2,}(?:乡|镇|街道|苏木)$)/, '$1');
    const { units, rest } = segmentPlaces(bare);
    if (rest && suffix === '办事处' && !DEPARTMENT_END.test(rest)) {
      // a street office named without 街道 (铜陵市铜官区东郊办事处): the office is its own name
      name = organ = rest + suffix;
      region = units;
    } else if (rest && TOWNSHIP.test(rest)) {
      // a township whose name opens with a level's character (市府东路街道), which no place cut takes
      name = rest;
      region = units;
    } else if (rest) {
      // A department (…局, …委员会) is known by its place and its name: 临沂市市场监督管理局,
      // within the levels above that place.
      name = (units.at(-1) ?? '') + rest;
      region = units.slice(0, -1);
      organ = name + (suffix ?? '');
    } else {
      name = units.at(-1) ?? bare;
      region = units.slice(0, -1);
    }
    if (name && !organ) organ = suffix ? name + suffix : findOrgan(all, name);
    // 县乡村振兴局, named from inside its county: the county whom to contact names with it
    // (请联系珙县交通运输局办公室), or the one the report names (青川县门户网站)
    const place = name && RELATIVE.test(name) ? (placeInContact(contactOnce(), name) ?? placeOfRelative(all, name)) : null;
    if (place) {
      organ = organ && organ.startsWith(name) ? place + organ.slice(1) : organ;
      name = place + name.slice(1);
    }
    if (name && region.length === 0) region = signatureRegion(all, name);
    if (name) {
      // more levels where the unit is named with them: "请联系哈尔滨市道里区经纬街道办事处"
      const around = regionAround(all, name);
      if (around.length > region.length && region.every((r, i) => around[around.length - region.length + i] === r)) region = around;
    }
    if (name) ({ name, organ, region } = zoneWithPlace(all, name, organ, region));
  }
  return { organ, name: name || null, region, year: parsed?.year ?? findYear(all), published: findPublished(all, parsed?.year ?? null) };
}


function findOrgan(all: string[], name: string): string | null {
  if (!TOWNSHIP.test(name) && !/(县|区|市|旗)$/.test(name)) return name;
  // its full title anywhere before the short 镇政府 (and 郑宅镇政府信息公开: that 政府 is the information's)
  for (const word of [ORGAN_WORDS, '(?<=[乡镇])政府(?!信息)']) {
    const re = new RegExp(`${escapeRe(name)}(${word})`);
    for (const l of all) {
      if (!l.includes(name)) continue;
      const m = re.exec(l);
      if (m) return name + m[1];
    }
  }
  return ZONE_END.test(name) ? name : null;
}


// (本年处理决定数量 and 本年收费金额 head the 2021 rows: "处理决定数量" of 2019 follows 本年增/减)
const MARKERS_2021 = /制发件数|废止件数|现行有效件数|逾期不补正|缴纳费用|本年处理决定数量|本年收费金额/g;
const MARKERS_2019 = /新制作数量|新公开数量|对外公开总数量|上一年项目数量|集中采购|第二十条第\(九\)项/g;
/** the notices that set each template: reports go on citing the 2019 one for years after */
const NOTICE_2021 = /〔2021〕30号/g;
const NOTICE_2019 = /〔2019〕60号/g;

/** By the tables' own words; else by the year (the 2021 template from the 2021 reports on); else by the notice cited. */
export function readTemplate(all: string[], year: number | null): Template | null {
  const text = all.join('\n');
  const a = text.match(MARKERS_2021)?.length ?? 0;
  const b = text.match(MARKERS_2019)?.length ?? 0;
  if (a !== b) return a > b ? 2021 : 2019;
  if (year !== null) return year >= 2021 ? 2021 : 2019;
  const c = text.match(NOTICE_2021)?.length ?? 0;
  const d = text.match(NOTICE_2019)?.length ?? 0;
  return c !== d ? (c > d ? 2021 : 2019) : null;
}
