/** The report's title as pages print it: whole, broken over lines, in a notice, or only in the opening sentence. */
import { DEPARTMENT_WORDS, GOVERNMENT_WORDS, ZONE_WORDS, anyOf } from '../../core/organs.ts';
import { segmentPlaces } from './places.ts';

// 街道 stays in the name (黄田街道), only its 办事处 is the organ's.
// (城口县人民政府机关: the government and its offices together)
export const ORGAN_WORDS = anyOf(GOVERNMENT_WORDS);
// (两英镇政府, 镇宁自治县政府: a township's or a county's government without 人民)
export const ORGAN_SUFFIX = new RegExp(`(${ORGAN_WORDS}|(?<=[乡镇]|[\\u4e00-\\u9fff]{2}[县区市旗])政府)$`);
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
export const ZONE_END = new RegExp(`${anyOf(ZONE_WORDS)}$`);
/** a kind of unit, not its name: 特编制并向社会公布2021年度街道信息公开年度报告 */
const KIND_ONLY = /^(?:街道|乡|镇|苏木|本级)/;
/** 我办, 本局, 该镇: the report speaking of itself, which names nothing */
export const SELF = /^[我本该全各]/;
/** a page's field name before the title: 标 题 县政府办2022年度… */
const FIELD = /^.*(?:标题|题名|名称)[:：]?/;
/** 县政府办, 区教育局: a unit named from inside its county, which names no county */
export const RELATIVE = /^[省市州县区旗盟乡镇]/;

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
export const DEPARTMENT_END = new RegExp(`${anyOf(DEPARTMENT_WORDS)}$`);
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
export function findTitle(all: string[], cells: readonly (readonly string[])[]): { text: string } | null {
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

export function unitOf(titleText: string): { unit: string; year: number | null } | null {
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
