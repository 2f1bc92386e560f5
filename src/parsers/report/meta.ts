/** Who issued the report, for which year, when, on which template: from the title, first lines and signature. */
import type { Template } from '../../core/keys.ts';
import { DEPARTMENT_WORDS, GOVERNMENT_WORDS, PLACE_WORDS, TOWNSHIP_WORDS, ZONE_WORDS, anyOf } from '../../core/organs.ts';
import { squash } from '../../core/text.ts';
import type { SourceDoc } from '../source.ts';
import { findPublished, findYear } from './dates.ts';
import { compiledBy, contactUnit, escapeRe, placeInContact, placeOfRelative, signatureRegion, signatureUnit } from './named-elsewhere.ts';
import { NOT_A_PLACE, TOWNSHIP, regionAround, segmentPlaces, zoneWithPlace } from './places.ts';

export interface Meta {
  organ: string | null;
  name: string | null;
  region: string[];
  year: number | null;
  published: string | null;
}

// 街道 stays in the name (黄田街道), only its 办事处 is the organ's.
// (城口县人民政府机关: the government and its offices together)
const ORGAN_WORDS = anyOf(GOVERNMENT_WORDS);
// (两英镇政府, 镇宁自治县政府: a township's or a county's government without 人民)
const ORGAN_SUFFIX = new RegExp(`(${ORGAN_WORDS}|(?<=[乡镇]|[\\u4e00-\\u9fff]{2}[县区市旗])政府)$`);
const TITLE = /^(.*?)(?:关于)?((?:19|20)\d{2})年度?(.*?)(?:政府|政务)?(?:信息公开|政务公开)(?:工作)?(?:情况的?)?(?:年度)?(?:工作)?(?:报告|年报)/;
/** the year after the subject: 青山镇政府信息公开工作2022年度报告, …工作2022年度情况的报告 */
const TITLE_YEAR_LAST = /^(.*?)(?:政府)?(?:信息公开|政务公开)工作((?:19|20)\d{2})年度?(?:工作)?(?:情况的?)?(?:报告|年报)/;
/** a notice that publishes the report: 关于印发《…年度报告》的通知 */
const NOTICE = /^(?:现[将把]|现(?=[印公发]))?(?:关于)?(?:印发|公布|发布|公开)?《?/;

/** no year at all: 驼峰路街道办事处政府信息公开工作年度报告 (the year is read from the text) */
const TITLE_NO_YEAR = /^([\u4e00-\u9fff()]{2,30}?)(?:政府)?(?:信息公开|政务公开)工作(?:年度)?(?:报告|年报)$/;
/** the title only in the opening sentence: 现将茅坪回族镇2022年度政府信息公开工作报告如下 */
const OPENING = /现[将把](.{2,30}?)((?:19|20)\d{2})年?度?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:情况)?(?:年度)?(?:报告|年报)?(?:如下|公布如下|进行公开|予以公开|予以公布)/;
/** or published by name: 现公布丽岙街道2023年度…报告, 现发布《同心县自然资源局2021年…报告》, (现)特向社会公布螺洋街道2021年度… */
const PUBLISH = '(?:现|特)(?:予以|特)?(?:编制并?)?(?:向社会)?(?:公布|发布|印发|编制|公开|将)《?';
// (…管理委员会信息公开年度工作情况)
const REPORT = '(?:(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:情况)?(?:年度)?(?:报告|年报)|(?:政府)?信息公开年度工作情况)';
const PUBLISHED = new RegExp(`${PUBLISH}(.{2,30}?)((?:19|20)\\d{2})年度?${REPORT}`);
/** the year first: 特向社会公布2019年度涵江区人社局政府信息公开工作年度报告 */
const PUBLISHED_YEAR_FIRST = new RegExp(`${PUBLISH}((?:19|20)\\d{2})年度?(.{2,30}?)${REPORT}`);
/** or compiled, as the opening sentence says: "…要求,编制了罗庄区市场监督管理局2022年政府信息公开工作年度报告" */
const COMPILED = new RegExp(`(?:[,，。]|要求|规定)编制(?:了|并公布|并发布)?《?([^,，。;；]{2,30}?)((?:19|20)\\d{2})年度?${REPORT}`);
/** a zone, which issues its report in its own name */
const ZONE_END = new RegExp(`${anyOf(ZONE_WORDS)}$`);
/** a kind of unit, not its name: 特编制并向社会公布2021年度街道信息公开年度报告 */
const KIND_ONLY = /^(?:街道|乡|镇|苏木|本级)/;
/** 我办, 本局, 该镇: the report speaking of itself, which names nothing */
const SELF = /^[我本该全各]/;
/** a page's field name before the title: 标 题 县政府办2022年度… */
const FIELD = /^.*(?:标题|题名|名称)[:：]?/;
/** 县政府办, 区教育局: a unit named from inside its county, which names no county */
const RELATIVE = /^[省市州县区旗盟乡镇]/;

/** how a report opens after its title */
// (after what the report will be called: "…年度报告(以下简称年报)是根据…")
const RUN_ON = /^(?:\(以下简称[^)]*\)是?)?(?:一、|\(一\)|根据|依据|按照|本报告|本年度报告)/;
const isTitle = (text: string): boolean => TITLE.test(text) || TITLE_YEAR_LAST.test(text) || TITLE_NO_YEAR.test(text);
/**
 * How far down the title is looked for: below a page's file card (索引号, 发布机构, 生成日期…),
 * which a copy one cell a line spreads over some twenty lines.
 */
export const HEAD_LINES = 30;
/** punctuation of a sentence, which neither a title nor an organ's line holds */
const SENTENCE = /[，,。;；]/;
/** what a department's name ends in: 刚察县人民政府办公室, 临溪县自然资源局 */
const DEPARTMENT_END = new RegExp(`${anyOf(DEPARTMENT_WORDS)}$`);
/** a line that is only an organ or its places: 桃江县松木塘镇人民政府, 刚察县人民政府办公室 */
const isOrganLine = (l: string | undefined): l is string => {
  // nor a label's colon (发布机构：…)
  if (!l || l.length > 30 || SENTENCE.test(l) || /[:：]/.test(l)) return false;
  if (ORGAN_SUFFIX.test(l)) return true;
  const { units, rest } = segmentPlaces(l);
  return rest === '' || (units.length > 0 && DEPARTMENT_END.test(rest));
};

/**
 * A title broken after the organ ("盐镇乡人民政府" / "2021年政府信息公开工作年度报告") is read whole.
 * In a row of several cells (a page's layout table: "政务公开 | …年度报告") the cell that is a
 * title is the title.
 */
function findTitle(all: string[], cells: readonly (readonly string[])[]): { text: string } | null {
  const head = all.slice(0, HEAD_LINES).map((line, i) => {
    const row = cells[i] ?? [];
    return row.length > 1 ? (row.find((c) => c.length <= 80 && isTitle(c)) ?? line) : line;
  });
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!;
    // a sentence that names the report ("…，现将…报告如下") is no title line
    // nor is a breadcrumb (当前位置: 网站首页 -> 政务公开 -> 2020年政府信息公开年报)
    if (text.length > 80 || SENTENCE.test(text) || /->|[>»›]/.test(text)) continue;
    const next = head.slice(i + 1).find((l) => l.length > 0);
    if (!isTitle(text)) {
      // broken after the year or before 年度报告: "东湖区行政服务中心管委会2020年" / "政府信息公开工作年度报告"
      // (a year without 年 at the break: "北京市西城区人民防空办公室2020" / "政府信息公开工作年度报告")
      const whole = next && !SENTENCE.test(next) && text.length <= 40 ? text.replace(/((?:19|20)\d{2})$/, '$1年') + next : '';
      if (whole && isTitle(whole) && unitOf(whole)?.unit && !unitOf(next!)?.unit) return { text: whole };
      continue;
    }
    const prev = head.slice(0, i).reverse().find((l) => l.length > 0);
    const cut = cutBefore(prev, text);
    if (cut) return { text: cut };
    if (!unitOf(text)?.unit) {
      // the organ on the line before, or after (the title printed again below it)
      if (/^(?:19|20)\d{2}年/.test(text)) {
        if (isOrganLine(prev)) return { text: prev + text };
        if (isOrganLine(next)) return { text: next + text };
      }
      // a column's name above the title: "2020年信息公开年报" / "蒲纺工业园区2020年…报告"
      if (next && !SENTENCE.test(next) && isTitle(next) && unitOf(next)?.unit) return { text: next };
    }
    return { text };
  }
  for (const line of head) {
    // a page run into one line, its title first and the report's opening after it
    // ("清水县人民政府2019年政府信息公开工作年度报告一、总体情况…")
    const lead = line.length > 80 ? TITLE.exec(line) : null;
    if (lead && lead[0].length <= 60 && !SENTENCE.test(lead[0]) && RUN_ON.test(line.slice(lead[0].length))) return { text: lead[0] };
    const m = OPENING.exec(line) ?? PUBLISHED.exec(line) ?? COMPILED.exec(line);
    const late = m ? null : PUBLISHED_YEAR_FIRST.exec(line);
    const [unit, year] = m ? [m[1]!, m[2]!] : late ? [late[2]!, late[1]!] : ['', ''];
    // "现将我局2021年…报告如下" names no unit, but its year
    if (year) return { text: `${SELF.test(unit) || KIND_ONLY.test(unit) ? '' : unit}${year}年政府信息公开工作年度报告` };
  }
  return null;
}

/** what a page prints above its title: the column, the site, the kind of notice */
const PAGE_WORDS = /公开|报告|年报|信息|政务|网站|首页|栏目|通知|公告/;

/**
 * A title line broken inside the organ's name ("武汉市退" / "役军人事务局2021年…报告"): the piece
 * on the line before is a few characters with no place of their own, and the name whole starts
 * with a place the broken one lacks.
 */
function cutBefore(prev: string | undefined, text: string): string | null {
  if (!prev || prev.length > 12 || !/^[\u4e00-\u9fff]+$/.test(prev) || PAGE_WORDS.test(prev) || isTitle(prev)) return null;
  const unit = unitOf(text)?.unit;
  if (!unit || segmentPlaces(unit).units.length > 0) return null;
  const whole = unitOf(prev + text)?.unit;
  return whole && whole.endsWith(unit) && segmentPlaces(whole).units.length > 0 ? prev + text : null;
}

function unitOf(titleText: string): { unit: string; year: number | null } | null {
  let unit: string;
  let year: string;
  const m = TITLE.exec(titleText);
  const late = m ? null : TITLE_YEAR_LAST.exec(titleText);
  const none = m || late ? null : TITLE_NO_YEAR.exec(titleText);
  if (m) [unit, year] = [m[1]! + m[3]!, m[2]!];
  else if (late) [unit, year] = [late[1]!, late[2]!];
  else if (none) [unit, year] = [none[1]!, ''];
  else return null;
  // "2025湖口县大垅乡2025年度…": a year printed before the whole title
  unit = unit.replace(/^[•·●▪■◆-]+/, '').replace(/^[(\[【].*?[)\]】]/, '').replace(/^(?:19|20)\d{2}(?:年度?)?/, '').replace(NOTICE, '').replace(/的$|关于$/g, '');
  // "夏镇人民政府信息公开…": the title's 政府 is the organ's
  // (and what a page put before it: "形成了《uedbet官网@:西柳镇人民政府", "长沙市政府门户网站-…": no name holds 《 : @ - |)
  // (青龙镇政府(机关)信息公开年度报告: the body itself, as a report on its own work says)
  unit = unit.replace(FIELD, '').replace(/^.*[《:：@|\-—]/, '').replace(/^.*网站(?:部门)?/, '').replace(/[(（]以下简称[^)）]*[)）]/, '').replace(/[(（](?:机关|本级)[)）]$/, '').replace(/人民$/, '人民政府');
  // "政府信息公开工作年度报告" read as the unit 政府; 我办, 本局 name nothing
  if (unit === '政府' || SELF.test(unit)) unit = '';
  return { unit, year: year ? Number(year) : null };
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
