/**
 * Numbers stated in sentences: "收到信息公开申请 2 件,行政复议 1 件,行政诉讼 3 件",
 * "政府集中采购 330.93万元", and the zero forms "未发生…行政复议、行政诉讼", "无依申请公开".
 * They fill what the tables do not give. The text is read with all spaces and line breaks
 * removed, since OCR and page breaks cut sentences anywhere.
 */
import { TABLE_TITLES, describeKey } from '../../core/keys.ts';
import { CHINESE_NUMERAL_CHARS, chineseNumeral } from '../../core/numerals.ts';
import type { Fact } from '../../core/report.ts';
import type { SourceDoc } from '../source.ts';

interface Squeezed {
  text: string;
  /** where each cell's text starts in `text`, ascending, and the cell's line */
  starts: number[];
  lines: number[];
}

const SPACES = /\s+/g;

function squeeze(doc: SourceDoc): Squeezed {
  let text = '';
  const starts: number[] = [];
  const lines: number[] = [];
  // Cell and row boundaries leave a marker, so that numbers in neighbouring table cells never
  // merge into one; a sentence broken over lines still reads across a single marker.
  for (const row of doc.rows) {
    for (const cell of row.cells) {
      const t = cell.text.replace(SPACES, '');
      if (!t) continue;
      starts.push(text.length);
      lines.push(cell.line);
      text += `${t}\u0001`;
    }
  }
  return { text, starts, lines };
}

function lineAt(s: Squeezed, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return s.lines[lo] ?? 1;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
// counts are also written in words: 二件, 十二件, 零件
const COUNT = `(\\d+|[${CHINESE_NUMERAL_CHARS}]+)`;
const GAP = '\\u0001?';
const COUNT_UNIT = `${GAP}(?:件|起|宗|个|条|次|项|例)`;

interface Pattern {
  key: string;
  re: RegExp;
  /** the value when the pattern states "none" */
  zero?: boolean;
  unit?: boolean;
  /** what the match must not hold: a statement about part of what the key counts */
  unless?: RegExp;
}

/**
 * what a request is called: 信息公开申请, 依申请政府信息公开事项, 依申请公开请求, 依申请公开来信, 依申请信息公开,
 * 申请公开相关政府信息(的要求), 信息公开书面申请, 依申请件 (a line may break inside)
 */
const REQUEST = `(?:依申请)?(?:政府)?(?:信息)?${GAP}公开${GAP}的?(?:书面|当面|网络|网上|信函|传真)?(?:申请|请求|事项)|依申请(?=件)|依申请${GAP}公开(?:政府信息|信息)?(?:办理)?(?:申请|请求|事项|来信|来函|信件)?|公开政府信息的?申请|依申请(?:政府)?信息公开|申请公开(?:相关)?的?政府信息(?:的要求)?|(?:政府)?信息申请公开`;
/** a request that led to a review or a suit: "未发生因政府信息公开申请提起的行政复议" speaks of those, not of requests */
const NOT_OF_REVIEW = `(?![^。;，,\\u0001\\d]{0,8}?(?:行政复议|复议|行政诉讼|诉讼))`;

/** after 依申请公开, "(信息)共 N", "案件315件": the count of requests by their name, its unit after it */
const ASKED = `(?:政府信息|政务信息|信息|申请|请求|事项|案件)?(?:共|数量?为?)?(?:受理|收到)?${GAP}${COUNT}`;
/**
 * Not after a verb of answering or handling within its clause. Each test stands after the word
 * it guards and looks back over it: a pattern that opens with a lookbehind is tried at every
 * position of the text, one that opens with its word only where the word stands.
 */
const NOT_DONE = '(?<!(?:答复|办结|办理|回复|处理|完成)[^。;，,\\d]{0,6}依申请公开)';

/** a verb of receiving requests ("接收" reads on over 到 where words may follow) */
const RECEIVE = '(?:收到|受理|新收|接收到?|接到)';
/** a carrying over, written either way round */
const CARRY = '(?:结转|转结)';
/** the year a request is carried into: 下年度, 下一年度, 次年 */
const NEXT_YEAR = '(?:下一?年度?|次年度?)';
const YEAR = '(?:19|20)\\d{2}年度?';

/** a review or suit over another act than disclosure: "因具体行政行为被提起行政诉讼2起" */
const OTHER_ACT = (word: string): string => `(?<!(?:具体行政行为|行政处罚|行政执法|行政许可|征收|拆迁)[^。;，,\\d]{0,12}${word})`;

const PATTERNS: readonly Pattern[] = [
  {
    key: 't3.new_received.total',
    // (who asked may stand between: "受理公民、法人和其他组织向市政府提出的政府信息公开申请5件")
    // (not a count that holds last year's: "共收到政府信息公开申请41件(含上年度结转3件)"; one that holds
    // none of them is the year's own: "34件(含2022年结转0件)")
    re: new RegExp(`(?:${RECEIVE}|(?<=[年共])收)[^。;，,\\u0001\\d]{0,30}?(?:${REQUEST})(?:案件|件|事项)?(?:数量)?(?:共计|共|总计|合计|为)?${GAP}${COUNT}${COUNT_UNIT}(?!${GAP}[(（]含(?![^)）]{0,20}?(?<!\\d)0[件条][)）]))`, 'g'),
  },
  // a bare 申请 right after the verb ("共收到申请0件"); with words between it may be a review's
  { key: 't3.new_received.total', re: new RegExp(`(?:收到|受理|接到|接收到?)申请书?(?:共计|共|为)?${GAP}${COUNT}${GAP}(?:件|起|宗|个|条|次|项|份)`, 'g') },
  // the count with no unit, its clause ending: "收到政府信息公开申请1,全年无…"
  { key: 't3.new_received.total', re: new RegExp(`${RECEIVE}[^。;，,\\u0001\\d]{0,30}?(?:${REQUEST})(?:共计|共|总计|合计|为)?(\\d+)(?=[,，。;；])`, 'g') },
  { key: 't3.new_received.total', re: new RegExp(`本年度?新(?:接收|收到|受理|收)${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // not what was answered or done ("书面答复依申请公开4件", "累计处理政府信息依申请公开92件"), nor one of a
  // list of items by kind ("公开指南1条;依申请公开2条", "主动公开信息1027条,依申请公开信息459条")
  // (nor what a website holds: "…政府信息公开年报、依申请公开四个板块")
  { key: 't3.new_received.total', re: new RegExp(`依申请公开${NOT_DONE}${ASKED}${GAP}(?:件|起|宗|个|次|项)(?!板块|栏目|专栏|模块|方面|部分|渠道|环节)`, 'g') },
  // (nor items published on request beside those published proactively: "主动公开668条(…),依申请公开19条")
  { key: 't3.new_received.total', re: new RegExp(`依申请公开${NOT_DONE}(?<!(?:\\d条|主动公开)[^。]{0,80}依申请公开)${ASKED}${GAP}条`, 'g') },
  {
    key: 't3.carried_over.total',
    re: new RegExp(`(?:(?:上一?年度?|${YEAR})${CARRY}|结转上一?年度?)(?:办理|受理)?(?:的)?(?:政府)?(?:信息公开)?(?:申请|件)?(?:办理)?(?:数量)?(?:为|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g'),
  },
  // "无结转2024年继续办理件": none carried forward
  { key: 't3.carried_forward.total', re: new RegExp(`无${CARRY}(?:至|到)?(?:${YEAR}|${NEXT_YEAR})(?:继续)?办理`, 'g'), zero: true },
  // "其中结转2024年度7件": the count right after the year it goes into
  { key: 't3.carried_forward.total', re: new RegExp(`(?<![上无])${CARRY}(?:至|到)?${YEAR}${GAP}(\\d+)${GAP}[件条]`, 'g') },
  // "收到政府信息公开申请3项全部予以公开": every one granted
  { key: 't3.granted.total', re: new RegExp(`${COUNT}${GAP}(?:件|项)(?:申请)?[,，]?(?:均|全部|全)(?:已)?(?:予以|同意)公开`, 'g') },
  // "上年无结转", "无上年转结依申请公开": none carried over
  { key: 't3.carried_over.total', re: new RegExp(`上一?年度?无${CARRY}|无上一?年度?(?:(?:和|及|与|、)下一?年度?)?${CARRY}`, 'g'), zero: true },
  // "无上年和下年结转件": none carried either way
  { key: 't3.carried_forward.total', re: new RegExp(`无上一?年度?(?:和|及|与|、)下一?年度?${CARRY}`, 'g'), zero: true },
  // "结转下年度继续办理1件", "结转下年度0件", "结转至2024年办理1件", "结转2023年度继续办理2件", "转结下年度继续办理0件",
  // "转下一年办理0件"
  { key: 't3.carried_forward.total', re: new RegExp(`(?:${CARRY}|转)(?:至|到)?(?:${NEXT_YEAR}|(?<=[至到])${YEAR}|${YEAR}(?=(?:继续)?办理))(?:继续)?(?:办理)?(?:的?申请)?(?:为|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // "除4件转结2022年办理以外", "剩余2件结转下年度继续办理", "另有23件申请结转到下年度继续办理"
  { key: 't3.carried_forward.total', re: new RegExp(`${COUNT}${GAP}[件条](?:申请)?已?${CARRY}(?:至|到)?(?:${YEAR}|${NEXT_YEAR})(?:继续)?办理`, 'g') },
  // who asked, in the sentence about requests received and before any outcome: "受理依申请公开15件,其中自然人12件,
  // 商业企业3件"; "…收到申请9件,全部为自然人申请"
  ...(
    [
      ['natural_person', '自然人'],
      ['commercial', '商业企业'],
      ['research', '科研机构'],
      ['social_welfare', '社会公益组织'],
      ['legal_service', '法律服务机构'],
    ] as const
  ).map(([column, word]) => ({
    key: `t3.new_received.${column}`,
    re: new RegExp(`${word}(?<=${RECEIVE}[^。;予部不无办答结]{0,40}其中[^。;予部不无办答结]{0,12}${word})(?:申请|提出|提交)?(?:的申请)?(?:为|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g'),
  })),
  {
    key: 't3.new_received.natural_person',
    re: new RegExp(`${RECEIVE}[^。;，,\\u0001\\d]{0,30}?(?:${REQUEST})(?:案件|件|事项)?(?:共计|共|为)?${GAP}${COUNT}${COUNT_UNIT}[,，]?(?:申请人)?(?:均|全部|都)(?:为|是|来自|系)自然人`, 'g'),
  },
  // requests answered in the year, last year's included (表三's 总计): "新受理…17件,办结17件", "办结34件";
  // in a sentence about requests, and not about a hotline's calls or a review still open ("尚未办结0件")
  { key: 't3.total_processed.total', re: new RegExp(`办结(?<=申请[^。;\\u0001]{0,60}办结)(?<!(?:尚未|未|信箱|热线|来电|复议|诉讼)[^。;]{0,40}办结)(?:了)?(?:政府信息公开申请|依申请公开申请|申请)?(?:共计|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // the count before the noun: "收到1项依申请公开事项", "收到0件信息公开申请"
  {
    key: 't3.new_received.total',
    // (not who asked: "收到2个自然人的政府信息公开申请")
    re: new RegExp(`${RECEIVE}(?:和处理|并处理|和办理)?(?:各类|群众)?${COUNT}${GAP}(?:件|项|条|封|份|个(?!自然人|公民|单位|法人|组织|申请人|人))[^。;，,\\u0001\\d]{0,12}?(?:${REQUEST})`, 'g'),
  },
  // no unit at all, the noun right after: "共受理4申请公开政府信息"
  {
    key: 't3.new_received.total',
    re: new RegExp(`${RECEIVE}(\\d+)(?:${REQUEST})`, 'g'),
  },
  { key: 't4.review.total', re: new RegExp(`行政复议${OTHER_ACT('行政复议')}(?:案件|申请)?(?:共|数量为?)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  { key: 't4.litigation.total', re: new RegExp(`行政诉讼${OTHER_ACT('行政诉讼')}(?:案件)?(?:共|数量为?)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // decisions stated where no table gives them ("行政许可决定278件、行政处罚1217件、行政强制402件"): in 件, not
  // items published about them ("公开行政处罚信息203条", "公示行政许可决定20件")
  ...(
    [
      ['t2.licensing.decisions', '行政许可', '(?:决定|事项|审批)?'],
      ['t2.penalty.decisions', '行政处罚', '(?:决定|案件)?'],
      ['t2.coercion.decisions', '行政强制', '(?:措施|决定|执行)?'],
    ] as const
  ).map(([key, word, after]) => ({
    key,
    // (the verb may govern a list: "公开行政许可170件,行政处罚5件")
    re: new RegExp(`${word}(?<!(?:公开|公示|发布|公布|上传|推送|录入|归集)[^。;\\u0001]{0,20}${word})${after}(?:共|数量为?|为)?${GAP}(\\d+)${GAP}件`, 'g'),
  })),
  {
    key: 't2.procurement.amount',
    re: new RegExp(`政府集中采购(?:项目)?(?:总?金额)?(?:为|共|达)?${GAP}${NUM}${GAP}(万元|元|亿元)`, 'g'),
    unit: true,
  },
  // "政府集中采购项目6个，采购总金额330.93万元": the amount a few words on, in the same sentence
  {
    key: 't2.procurement.amount',
    re: new RegExp(`政府集中采购[^。;\\u0001]{0,20}?(?:总金额|金额|总额)(?:为|共|达)?${GAP}${NUM}${GAP}(万元|元|亿元)`, 'g'),
    unit: true,
  },
  { key: 't2.procurement.projects', re: new RegExp(`政府集中采购(?:项目)?(?:共|数量为?)?${GAP}${COUNT}${GAP}(?:个|项)`, 'g') },
  // how requests were answered, as a report lists them after their count ("其中予以公开10件,部分公开2件,
  // 本机关不掌握相关政府信息1件"): counted in 件 or 项, as requests are, not in 条 as published items; not
  // one of two counted together ("同意公开或部分公开共81件")
  ...(
    [
      ['t3.granted.total', '(?:予以公开|全部公开|同意公开)(?:答复)?'],
      ['t3.partially_granted.total', '部分公开'],
      ['t3.unavailable_not_held.total', '(?:本机关不掌握|不掌握)(?:相关)?(?:政府)?(?:信息)?|信息不存在'],
      ['t3.unavailable_needs_creation.total', '没有现成信息(?:需要)?(?:另行制作)?'],
      ['t3.rejected_duplicate.total', '重复申请(?:不予处理)?'],
      ['t3.other.total', '其他处理'],
    ] as const
  ).map(([key, words]) => ({
    key,
    // (what a request is answered with may also count published items in 条; the other outcomes only requests)
    re: new RegExp(`(?<![\\d条或和及与])(?:${words})(?:的?申请|的)?(?:为|共)?${GAP}${COUNT}${GAP}(?:${/granted/.test(key) ? '件|项' : '件|项|条|宗'})`, 'g'),
  })),
  // the count first: "8宗我办不掌握相关政府信息"
  { key: 't3.unavailable_not_held.total', re: new RegExp(`${COUNT}${GAP}(?:件|宗|项|条)(?:申请)?(?:为|属于?)?(?:(?:本机关|本单位|我[办局委镇乡])?不掌握|非本机关掌握)`, 'g') },
  // how reviews ended, in the sentence about them: "行政复议案件6件…其中行政复议结果维持5件,尚未审结1件", "行政复议纠错1件"
  ...(
    [
      ['t4.review.upheld', '(?:结果)?维持(?:结果)?'],
      ['t4.review.corrected', '(?:结果)?(?:纠正|纠错)(?:结果)?'],
      ['t4.review.other', '其他结果'],
      ['t4.review.pending', '(?:尚未审结|未审结|正在审理|审理中)'],
    ] as const
  ).map(([key, words]) => ({ key, re: new RegExp(`行政复议(?:[^。;诉\\u0001]{0,40}?)${words}的?${GAP}${COUNT}${COUNT_UNIT}`, 'g') })),
  {
    key: 't3.new_received.total',
    re: new RegExp(`(?:未|没有)(?:收到|受理|发生|接到|接收到?|涉及到?)[^。;\\u0001\\d]{0,16}?(?:${REQUEST})${NOT_OF_REVIEW}|无依申请公开|无(?:受理|收到|接到)[^。;，,\\u0001\\d]{0,10}?(?:${REQUEST})${NOT_OF_REVIEW}|依申请公开(?:申请)?(?:数量)?为?(?:零|0件)|(?:未|没有)(?:收到|接到|受理)申请公开${NOT_OF_REVIEW}`, 'g'),
    zero: true,
    // "未收到法人或者其他组织…的申请" says nothing of people's requests ("自然人、法人或其他组织" names all)
    unless: /^(?!.*(?:自然人|公民|个人|群众|公众|社会)).*(?:法人|组织)/,
  },
  // "未发生…行政复议、行政诉讼", "无因政府信息公开引起的行政复议", "行政复议、行政诉讼均为0": a verb of
  // happening or a plain 无 must lead, so "未公开的信息可申请行政复议" is no statement of zero.
  // The words between may be long ("未发生针对街道机关和社区工作站有关政府信息公开事务的行政复议和行政
  // 诉讼"), but hold no number; 诉讼 alone counts after 行政复议 ("行政复议、诉讼、申诉案例").
  ...(['review', 'litigation'] as const).flatMap((row) => {
    // (诉讼 after 复议 and a comma or 提起: "…申请行政复议,提起行政诉讼的情况", "被申请行政复议、提起诉讼"; or before it: "引起的诉讼复议")
    const word = row === 'review' ? '(?:行政)?复议' : '(?:行政诉讼|(?:行政)?复议[案件申请]{0,2}[、和及与或,，]?(?:或|和|及)?(?:提起)?(?:行政)?诉讼|诉讼(?=[、和及与或]?(?:行政)?复议))';
    const key = row === 'review' ? 't4.review.total' : 't4.litigation.total';
    return [
      // (the verb may follow another item it denies: "没有出台规范性文件、受理行政诉讼、行政复议等情况")
      // (not the costs of one: "未产生与诉讼(行政复议、行政申诉)有关的费用支出")
      { key, re: new RegExp(`(?:(?:未|没有)(?:[^。;，,\\u0001\\d]{2,12}?、)?(?:发生|出现|产生|收到|接收到?|接到|受理|涉及|有|因|引起)|不存在)[^。;，,\\u0001\\d]{0,40}?${word}(?![^。;\\u0001]{0,6}\\d)(?![^。;，,\\u0001]{0,16}费用)`, 'g'), zero: true },
      { key, re: new RegExp(`无(?<=(?:^|[，,。;:\\u0001]|年度?|全年|也|[全我][乡镇街区县市局委办]|本(?:机关|单位|部门))无)[^。;，,\\u0001\\d]{0,24}?${word}(?![^。;\\u0001]{0,6}\\d)`, 'g'), zero: true },
      // "也没有行政复议及行政诉讼"
      { key, re: new RegExp(`没有(?:行政复议[、和及与或])?${word}(?![^。;\\u0001]{0,6}\\d)`, 'g'), zero: true },
      { key, re: /行政复议[、和及与]行政诉讼(?:案件)?(?:数量)?(?:均|都)?(?:为|是)?(?:0|零|无)(?:件|起)?/g, zero: true },
    ];
  }),
];

const HEADING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))|(?:情况|报告|事项|问题)$/;

/** The sentence around a match, as evidence. */
function sentence(s: Squeezed, start: number, end: number): string {
  // a full stop, or a half-width one typed for it ("…申请事项.二、…"), which no decimal point is
  const ends = (i: number): boolean => /[。;！？!?]/.test(s.text[i]!) || (s.text[i] === '.' && !/\d/.test(s.text[i + 1] ?? ''));
  let a = start;
  let b = end;
  while (a > 0 && !ends(a - 1) && start - a < 60) {
    // A sentence runs on over broken lines, but not back into a heading or the title.
    if (s.text[a - 1] === '\u0001' && HEADING.test(s.text.slice(s.text.lastIndexOf('\u0001', a - 2) + 1, a - 1))) break;
    a--;
  }
  while (b < s.text.length && !ends(b) && b - end < 60) b++;
  return s.text.slice(a, Math.min(b + 1, s.text.length)).replace(/\u0001/g, '');
}

export function readProse(doc: SourceDoc): { facts: Fact[]; warnings: string[] } {
  const s = squeeze(doc);
  const found = new Map<string, Fact>();
  const warnings: string[] = [];
  for (const p of PATTERNS) {
    for (const m of s.text.matchAll(p.re)) {
      if (p.unless?.test(m[0])) continue;
      const start = m.index;
      const value = p.zero ? 0 : /^\d/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
      if (value === null) continue;
      // The number's own line, not the label's: that is where a reader finds it.
      const numAt = p.zero ? start : start + m[0].lastIndexOf(m[1]!);
      const line = lineAt(s, numAt);
      const desc = describeKey(p.key)!;
      const fact: Fact = {
        key: p.key,
        value,
        unit: p.unit ? (m[2] ?? null) : null,
        method: 'prose',
        raw: m[0].replace(/\u0001/g, ''),
        table: TABLE_TITLES[desc.table],
        rowLabel: desc.rowLabel,
        colLabel: desc.colLabel,
        line,
        evidence: sentence(s, start, start + m[0].length),
      };
      const have = found.get(p.key);
      if (!have) found.set(p.key, fact);
      else if (have.value !== value && !p.zero) warnings.push(`正文 ${p.key}: "${have.raw}" 与 "${fact.raw}" 不一致，取前者`);
    }
  }
  return { facts: [...found.values()], warnings };
}
