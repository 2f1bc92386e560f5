/** Sentences about requests (表三): received, carried over and forward, who asked, how they were answered. */
import { ASKED, CARRY, COUNT, COUNT_UNIT, GAP, NEXT_YEAR, NOT_DONE, NOT_OF_REVIEW, RECEIVE, REQUEST, YEAR, type Pattern } from './prose-words.ts';

/** not of a review or suit, nor of what is still open, before the word */
const NOT_OPEN = (word: string): string => `(?<!(?:尚未|未|复议|诉讼)[^。;]{0,20}${word})`;

export const REQUEST_PATTERNS: readonly Pattern[] = [
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
    re: new RegExp(`(?:(?:上一?年度?|${YEAR})${CARRY}|结转上一?年度?)(?:办理|受理|答复)?(?:的)?(?:政府)?(?:信息公开)?(?:申请|件)?(?:办理)?(?:数量)?(?:为|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g'),
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
  // "转下一年办理0件", "结转下一年答复1件"
  { key: 't3.carried_forward.total', re: new RegExp(`(?:${CARRY}|转)(?:至|到)?(?:${NEXT_YEAR}|(?<=[至到])${YEAR}|${YEAR}(?=(?:继续)?办理))(?:继续)?(?:办理|答复)?(?:的?申请)?(?:为|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // "除4件转结2022年办理以外", "剩余2件结转下年度继续办理", "另有23件申请结转到下年度继续办理"
  { key: 't3.carried_forward.total', re: new RegExp(`${COUNT}${GAP}[件条](?:申请)?已?${CARRY}(?:至|到)?(?:${YEAR}|${NEXT_YEAR})(?:继续)?办理`, 'g') },
  // who asked, in the sentence about requests received and before any outcome: "受理依申请公开15件,其中自然人12件,
  // 商业企业3件"; "…收到申请9件,全部为自然人申请"
  ...(
    [
      ['natural_person', '(?:自然人|公民个人)'],
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
    re: new RegExp(`${RECEIVE}[^。;，,\\u0001\\d]{0,30}?(?:${REQUEST})(?:案件|件|事项)?(?:共计|共|为)?${GAP}${COUNT}${COUNT_UNIT}[,，]?(?:(?:申请人)?(?:均|全部|都)(?:为|是|来自|系)|由)自然人`, 'g'),
  },
  // who asked named before the request: "收到公民信息公开申请7件" (not "公民、法人和其他组织提出的申请")
  { key: 't3.new_received.natural_person', re: new RegExp(`${RECEIVE}(?:公民|自然人)(?:提出|提交)?的?(?:${REQUEST})(?:共计|共|为)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // requests answered in the year, last year's included (表三's 总计): "新受理…17件,办结17件", "办结34件";
  // in a sentence about requests, and not about a hotline's calls or a review still open ("尚未办结0件")
  { key: 't3.total_processed.total', re: new RegExp(`办结(?<=申请[^。;\\u0001]{0,60}办结)(?<!(?:尚未|未|信箱|热线|来电|复议|诉讼)[^。;]{0,40}办结)(?:了)?(?:政府信息公开申请|依申请公开申请|申请)?(?:共计|共)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // the requests named after the verb: "办结依申请公开件177件(含2022年结转的3件)", "合计共办理依申请公开0件"; a total of
  // answers: "答复申请共15件", "上一年结转18件,当年答复248件"
  // (each way opens with its word, so the pattern is tried only where the word stands)
  {
    key: 't3.total_processed.total',
    re: new RegExp(
      `(?:办结${NOT_OPEN('办结')}(?:了)?(?:${REQUEST})(?:案件|件)?|办理(?<=共计?办理)${NOT_OPEN('办理')}(?:${REQUEST})|答复${NOT_OPEN('答复')}(?:${REQUEST}|申请)(?=共)|(?:当年|本年度?|全年)答复(?<=${CARRY}[^。;]{0,12}[,，](?:当年|本年度?|全年)答复))(?:共计|共)?${GAP}${COUNT}${COUNT_UNIT}`,
      'g',
    ),
  },
  // the count before the noun: "收到1项依申请公开事项", "收到0件信息公开申请"
  {
    key: 't3.new_received.total',
    // (not who asked: "收到2个自然人的政府信息公开申请")
    re: new RegExp(`${RECEIVE}(?:和处理|并处理|和办理)?(?:各类|群众)?${COUNT}${GAP}(?:件|项|条|封|份|起|个(?!自然人|公民|单位|法人|组织|申请人|人))[^。;，,\\u0001\\d]{0,12}?(?:${REQUEST})`, 'g'),
  },
  // the request before its count with no other word: "共收到申请公开件92件", "收到申请公开0条"
  { key: 't3.new_received.total', re: new RegExp(`${RECEIVE}申请公开件?(?:共计|共|为)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
  // no unit at all, the noun right after: "共受理4申请公开政府信息"
  {
    key: 't3.new_received.total',
    re: new RegExp(`${RECEIVE}(\\d+)(?:${REQUEST})`, 'g'),
  },
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
      ['t3.denied_state_secret.total', '(?:属于|涉及)?国家秘密(?:不予公开)?'],
      ['t3.denied_third_party.total', '(?:可能)?(?:损害|保护|涉及)第三方合法权益(?:不予公开)?'],
      ['t3.denied_internal_affairs.total', '(?:属于)?(?:三类)?内部事务(?:信息)?(?:不予公开)?'],
      ['t3.denied_process_info.total', '(?:属于)?(?:四类)?过程性信息(?:不予公开)?'],
      ['t3.denied_enforcement_file.total', '(?:属于)?行政执法案卷(?:信息)?(?:不予公开)?'],
    ] as const
  ).map(([key, words]) => ({
    key,
    // (what a request is answered with may also count published items in 条, and so may a kind of
    // information withheld; the other outcomes only requests) (the words may stand in quotes: "“同意公开”3件")
    re: new RegExp(`(?<![\\d条或和及与])(?:${words})[”"」』]?(?:的?申请|的)?(?:为|共)?${GAP}${COUNT}${GAP}(?:${/granted|denied/.test(key) ? '件|项' : '件|项|条|宗'})`, 'g'),
  })),
  // the count first: "8宗我办不掌握相关政府信息"
  { key: 't3.unavailable_not_held.total', re: new RegExp(`${COUNT}${GAP}(?:件|宗|项|条)(?:申请)?(?:为|属于?)?(?:(?:本机关|本单位|本局|分局|我[办局委镇乡])?不掌握|非本机关掌握)`, 'g') },
  // "1件属于部分公开", "2件属于内部事务信息"
  { key: 't3.partially_granted.total', re: new RegExp(`${COUNT}${GAP}(?:件|项)(?:申请)?(?:为|属于?)部分公开`, 'g') },
  { key: 't3.denied_internal_affairs.total', re: new RegExp(`${COUNT}${GAP}(?:件|项)(?:申请)?(?:为|属于?)(?:三类)?内部事务信息`, 'g') },
  {
    key: 't3.new_received.total',
    re: new RegExp(`(?:未|没有)(?:收到|受理|发生|接到|接收到?|涉及到?)[^。;\\u0001\\d]{0,30}?(?:${REQUEST})${NOT_OF_REVIEW}|无依法?申请公开|无(?:受理|收到|接到)[^。;，,\\u0001\\d]{0,10}?(?:${REQUEST})${NOT_OF_REVIEW}|依申请公开${NOT_DONE}(?:申请|信息)?(?:数量|数)?为?(?:零|0件)|(?:未|没有)(?:收到|接到|受理)申请公开${NOT_OF_REVIEW}`, 'g'),
    zero: true,
    // "未收到法人或者其他组织…的申请" says nothing of people's requests ("自然人、法人或其他组织" names all)
    unless: /^(?!.*(?:自然人|公民|个人|群众|公众|社会)).*(?:法人|组织)/,
  },
];
