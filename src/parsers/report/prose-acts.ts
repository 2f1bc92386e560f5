/** Sentences about what the body decided (表二) and the reviews and suits it met (表四), their zero forms included. */
import { COUNT, COUNT_UNIT, GAP, NUM, OTHER_ACT, type Pattern } from './prose-words.ts';

const NOT_AN_OUTCOME = '(?!(?:[、和及与或](?:行政)?诉讼)?(?:案件)?(?:被)?(?:纠错|纠正|败诉|撤销))';

export const ACT_PATTERNS: readonly Pattern[] = [
  { key: 't4.review.total', re: new RegExp(`行政复议${OTHER_ACT('行政复议')}(?:案件|案|申请)?(?:共|数量为?)?${GAP}${COUNT}${COUNT_UNIT}`, 'g') },
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
  // 表二's own words in a sentence: "行政处罚本年处理决定数量803条"
  ...(
    [
      ['t2.licensing.decisions', '行政许可'],
      ['t2.penalty.decisions', '行政处罚'],
      ['t2.coercion.decisions', '行政强制'],
    ] as const
  ).flatMap(([key, word]) => [
    { key, re: new RegExp(`${word}(?<!(?:公开|公示|发布|公布)${word})(?:本年度?|(?:19|20)\\d{2}年度?)?处理决定数量(?:为|共)?${GAP}(\\d+)${GAP}(?:件|条|个|项)?`, 'g') },
    // the rest of such a list, counted in 项: "行政许可2022年处理决定数量450项,行政处罚2项、行政强制0项"
    { key, re: new RegExp(`${word}(?<=处理决定数量[^。;]{0,40}${word})(?:为|共)?${GAP}(\\d+)${GAP}项`, 'g') },
  ]),
  // 规章 and 行政规范性文件 made, repealed, in force (the 2021 template's columns): "本年出台行政规范性文件:制发件数2件,
  // 废止件数1件,现行有效件数22件", "制发行政规范性文件2件,废止10件" (not a count of those published: "其中规范性文件3件")
  ...(
    [
      ['regulations', '规章'],
      ['normative_documents', '(?:行政)?规范性文件'],
    ] as const
  ).flatMap(([row, subject]) => [
    { key: `t2.${row}.made`, re: new RegExp(`(?:${subject}[:：]?(?:本年)?(?:制发件数|制发)|(?:制发|出台|制定)了?${subject})(?:为|共)?${GAP}(\\d+)${GAP}件`, 'g') },
    { key: `t2.${row}.repealed`, re: new RegExp(`(?:${subject}[^。;规]{0,20}?废止(?:件数)?|废止了?${subject})(?:为|共)?${GAP}(\\d+)${GAP}件`, 'g') },
    { key: `t2.${row}.in_force`, re: new RegExp(`(?:${subject}[^。;规]{0,30}?现行有效(?:件数)?|现行有效的?${subject})(?:为|共)?${GAP}(\\d+)${GAP}件`, 'g') },
  ]),
  { key: 't2.fees.amount', re: new RegExp(`行政事业性收费(?:本年)?(?:收费)?(?:总?金额)?(?:为|共)?${GAP}${NUM}${GAP}(万元|元|亿元)`, 'g'), unit: true },
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
  // how reviews ended, in the sentence about them: "行政复议案件6件…其中行政复议结果维持5件,尚未审结1件", "行政复议纠错1件"
  ...(
    [
      ['t4.review.upheld', '(?:结果)?维持(?:结果)?'],
      ['t4.review.corrected', '(?:结果)?(?:纠正|纠错)(?:结果)?'],
      ['t4.review.other', '其他结果'],
      ['t4.review.pending', '(?:尚未审结|未审结|正在审理|审理中)'],
    ] as const
  ).map(([key, words]) => ({ key, re: new RegExp(`行政复议(?:[^。;诉\\u0001]{0,40}?)${words}的?${GAP}${COUNT}${COUNT_UNIT}`, 'g') })),
  // "未发生…行政复议、行政诉讼", "无因政府信息公开引起的行政复议", "行政复议、行政诉讼均为0": a verb of
  // happening or a plain 无 must lead, so "未公开的信息可申请行政复议" is no statement of zero.
  // The words between may be long ("未发生针对街道机关和社区工作站有关政府信息公开事务的行政复议和行政
  // 诉讼"), but hold no number; 诉讼 alone counts after 行政复议 ("行政复议、诉讼、申诉案例").
  // (none that ended one way says nothing of how many there were: "没有出现…行政复议及行政诉讼纠错的情况")
  ...(['review', 'litigation'] as const).flatMap((row) => {
    // (诉讼 after 复议 and a comma or 提起: "…申请行政复议,提起行政诉讼的情况", "被申请行政复议、提起诉讼"; or before it: "引起的诉讼复议")
    const word = row === 'review' ? '(?:行政)?复议' : '(?:行政诉讼|(?:行政)?复议[案件申请]{0,2}[、和及与或,，]?(?:或|和|及)?(?:提起)?(?:行政)?诉讼|诉讼(?=[、和及与或]?(?:行政)?复议))';
    const key = row === 'review' ? 't4.review.total' : 't4.litigation.total';
    return [
      // (the verb may follow another item it denies: "没有出台规范性文件、受理行政诉讼、行政复议等情况")
      // (not the costs of one: "未产生与诉讼(行政复议、行政申诉)有关的费用支出")
      { key, re: new RegExp(`(?:(?:未|没有)(?:[^。;，,\\u0001\\d]{2,12}?、)?(?:发生|出现|产生|收到|接收到?|接到|受理|涉及|有|因|引起|引发)|不存在)[^。;，,\\u0001\\d]{0,40}?${word}(?![^。;\\u0001]{0,6}\\d)(?![^。;，,\\u0001]{0,16}费用)${NOT_AN_OUTCOME}`, 'g'), zero: true },
      { key, re: new RegExp(`无(?<=(?:^|[，,。;:\\u0001]|年度?|全年|也|[全我][乡镇街区县市局委办]|街道|本(?:机关|单位|部门))无)[^。;，,\\u0001\\d]{0,24}?${word}(?![^。;\\u0001]{0,6}\\d)`, 'g'), zero: true },
      // "也没有行政复议及行政诉讼"
      { key, re: new RegExp(`没有(?:行政复议[、和及与或])?${word}(?![^。;\\u0001]{0,6}\\d)`, 'g'), zero: true },
      { key, re: /行政复议[、和及与]行政诉讼(?:案件)?(?:数量)?(?:均|都)?(?:为|是)?(?:0|零|无)(?:件|起)?/g, zero: true },
      // "实现答复“零复议、零诉讼”" (not an aim: "力争零诉讼")
      { key, re: new RegExp(`零(?<!(?:力争|争取|确保|努力|目标)[^。;，,]{0,6}零)(?:行政)?${row === 'review' ? '复议' : '诉讼'}`, 'g'), zero: true },
    ];
  }),
];
