import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parsers/index.ts';

/** A report whose tables are beyond repair, so that only its sentences give numbers. */
const report = (sentence: string) =>
  ['某镇2021年政府信息公开工作年度报告', '一、总体情况', sentence, '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '无'].join('\n');

const facts = (sentence: string) =>
  Object.fromEntries(
    parseText(report(sentence), 'x.txt')
      .facts.filter((f) => f.method === 'prose')
      .map((f) => [f.key, f.value]),
  );

describe('numbers stated in sentences', () => {
  it.each([
    ['收到信息公开申请 2 件,行政复议 1\n\n件,行政诉讼 3 件。', { 't3.new_received.total': 2, 't4.review.total': 1, 't4.litigation.total': 3 }],
    ['全年共收到政府信息公开申请12件，均已按时办结。', { 't3.new_received.total': 12 }],
    ['依申请公开信息0条。', { 't3.new_received.total': 0 }],
    ['政府集中采购 330.93万元。', { 't2.procurement.amount': 330.93 }],
    ['本年度未发生因政府信息公开引起的行政复议、行政诉讼。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['2021年，我镇未收到政府信息公开申请。', { 't3.new_received.total': 0 }],
    ['本年度无行政复议案件。', { 't4.review.total': 0 }],
    ['政府信息公开行政复议、行政诉讼均为0。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['受理行政复议案件2起，行政诉讼1起。', { 't4.review.total': 2, 't4.litigation.total': 1 }],
    ['全年共收到政府信息公开申请二件，行政复议一起。', { 't3.new_received.total': 2, 't4.review.total': 1 }],
    ['全年收到信息公开申请十二件，行政诉讼两起。', { 't3.new_received.total': 12, 't4.litigation.total': 2 }],
    ['本年度政府集中采购项目6个，采购总金额330.93万元。', { 't2.procurement.projects': 6, 't2.procurement.amount': 330.93 }],
    ['全年未接收到受理政府信息公开申请，未发生信息公开类行政复议。', { 't3.new_received.total': 0, 't4.review.total': 0 }],
    // the words between a verb of happening and its object run long, and hold no number
    ['本年度未发生针对街道机关和社区工作站有关政府信息公开事务的行政复议和行政诉讼。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['没有发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['2021年度我局没有因政府信息公开引发的举报、投诉、行政复议或行政诉讼等情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['无针对本部门有关政府信息公开事务的行政复议、诉讼、申诉案例。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['没有因政府信息公开引起的行政复议情况，行政诉讼2件，均为结果维持。', { 't4.review.total': 0, 't4.litigation.total': 2 }],
    // a zero does not reach across a comma to the next clause
    ['本年度未发生行政复议案件，被提起的行政诉讼案件正在审理中。', { 't4.review.total': 0 }],
    // requests under their other names, and the count before the noun
    ['2018年度我镇没有接到群众主动要求公开政府信息的申请。', { 't3.new_received.total': 0 }],
    // a paragraph's line broken off inside a word, as PDF and OCR copies break them
    ['年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信\n息公开申请。', { 't3.new_received.total': 0 }],
    ['2022年,我局严格按照条例要求办理,全年共收到政府信\n息公开申请5件,均已在规定时限内按时办结答复,本年度发生行政复\n议1件。', { 't3.new_received.total': 5, 't4.review.total': 1 }],
    ['2022年经纬街道办事处未接收到依申请公开，', { 't3.new_received.total': 0 }],
    ['2020年，我镇未收到依申请公开请求。', { 't3.new_received.total': 0 }],
    ['2021年，我局收到1项依申请公开事项。', { 't3.new_received.total': 1 }],
    ['2020年，我镇收到0件信息公开申请。', { 't3.new_received.total': 0 }],
    ['本年度受理依申请政府信息公开事项25件，其中20件为招生录取信息。', { 't3.new_received.total': 25 }],
    ['全年未接收到受理政府信息公开\n申请，未发生信息公开类行政复议。', { 't3.new_received.total': 0, 't4.review.total': 0 }],
    ['2020年度和平街道发生依申请公开1次。', { 't3.new_received.total': 1 }],
    ['共接到社会公众依申请公开184件,上年结转办理1件。', { 't3.new_received.total': 184, 't3.carried_over.total': 1 }],
    ['全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,2020年结转办理1件,除4件转结2022年办理以外,均依法答复。', { 't3.new_received.total': 91, 't3.carried_over.total': 1, 't3.carried_forward.total': 4 }],
    ['2021年,山西省交通运输厅共收到依申请公开16项,办理15项,结转下年度继续办理1项。', { 't3.new_received.total': 16, 't3.carried_forward.total': 1 }],
    ['2023年我乡收到依申请公开件1件,均在规定时间内规范答复。', { 't3.new_received.total': 1 }],
    ['2023年我乡受理依申请公开政府信息数量共计0条。', { 't3.new_received.total': 0 }],
    ['受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件,均在法定时限内予以答复。', { 't3.new_received.total': 5 }],
    ['本年度我镇未收到政府信息公开的申请,故无办理此类信息公开。2020年,我镇无复议、诉讼和申诉情况发生。', { 't3.new_received.total': 0, 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['苏木政府2021年度未收到公开申请,也没有行政复议及行政诉讼。', { 't3.new_received.total': 0, 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['全年新收政府信息公开申请数量0件,上年结转政府信息公开申请数量2件,结转下年度继续办理1件。', { 't3.new_received.total': 0, 't3.carried_over.total': 2, 't3.carried_forward.total': 1 }],
    ['全年受理依申请信息公开21件,其中予以公开10件,部分公开2件,本机关不掌握相关政府信息3件,重复申请1件。', { 't3.new_received.total': 21, 't3.granted.total': 10, 't3.partially_granted.total': 2, 't3.unavailable_not_held.total': 3, 't3.rejected_duplicate.total': 1 }],
    ['共收到政府信息公开申请45件。其中,予以公开19件,部分公开3件,本机关不掌握相关政府信息15件,没有现成信息需要另行制作4件,其他处理3件,结转下年度继续办理1件。', { 't3.new_received.total': 45, 't3.granted.total': 19, 't3.partially_granted.total': 3, 't3.unavailable_not_held.total': 15, 't3.unavailable_needs_creation.total': 4, 't3.other.total': 3, 't3.carried_forward.total': 1 }],
    // two outcomes counted together are neither
    ['全区共受理政府信息公开申请267件,其中同意公开或部分公开共81件。', { 't3.new_received.total': 267 }],
    ['2022年我区收到政府信息公开申请1,全年无因依申请公开引起投诉、复议及诉讼情况。', { 't3.new_received.total': 1, 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['2022年,我委开展了依申请公开受理工作,共收到依申请件0件。', { 't3.new_received.total': 0 }],
    ['2020年,我县收到政府信息公开书面申请12件。', { 't3.new_received.total': 12 }],
    ['全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,剩余26件结转下年度办理。', { 't3.new_received.total': 464, 't3.carried_over.total': 3, 't3.carried_forward.total': 26, 't3.total_processed.total': 441 }],
    ['上年结转政府信息公开办理数量1件,共办结政府信息公开申请16件,结转至2024年办理1件。', { 't3.carried_over.total': 1, 't3.total_processed.total': 16, 't3.carried_forward.total': 1 }],
    ['上年结转0件,当年办结0件,结转下年度0件。', { 't3.carried_over.total': 0, 't3.carried_forward.total': 0 }],
    ['2023年度依申请公开数为12件,已答复12件。', { 't3.new_received.total': 12 }],
    ['2023年东梁乡未收到申请公开,未发生行政复议。', { 't3.new_received.total': 0, 't4.review.total': 0 }],
    ['本年度未接收到政府信息公开引发的行政复议和行政诉讼案件。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['全年共收到申请0件,共办结0件。', { 't3.new_received.total': 0, 't3.total_processed.total': 0 }],
    ['收到行政复议申请1件。', { 't4.review.total': 1 }],
    ['全年未发生因政府信息公开申请行政复议,提起行政诉讼的情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['未出现因政府信息公开被申请行政复议、提起诉讼的情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['全年未发生因政府信息公开工作引起的诉讼复议等情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['收到申请4件,办结3件,1条已结转下一年度继续办理。', { 't3.new_received.total': 4, 't3.carried_forward.total': 1, 't3.total_processed.total': 3 }],
    ['共收到政府信息公开申请16件,办结13件,结转次年办理3件。', { 't3.new_received.total': 16, 't3.carried_forward.total': 3, 't3.total_processed.total': 13 }],
    ['我局收到申请公开政府信息的要求31件,均完成答复。', { 't3.new_received.total': 31 }],
    ['全区共受理依申请公开案件315件,办结313件。', { 't3.new_received.total': 315, 't3.total_processed.total': 313 }],
    ['本年度办结239件,另有23件申请结转到下年度继续办理。', { 't3.carried_forward.total': 23 }],
    ['上一年度结转受理0件。', { 't3.carried_over.total': 0 }],
    ['因政府信息公开被申请行政复议、行政诉讼数量为0件。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['共收到申请12件,共办结10件,结转2023年度继续办理2件。', { 't3.new_received.total': 12, 't3.carried_forward.total': 2, 't3.total_processed.total': 10 }],
    ['我乡无受理政府信息公开申请件及政府信息公开投诉、行政复议及行政诉讼。', { 't3.new_received.total': 0, 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['依申请公开政务信息数3件,已按要求在规定时间内办理。', { 't3.new_received.total': 3 }],
    ['收到依申请公开9件,其中部分公开2件,因信息不存在的5件。', { 't3.new_received.total': 9, 't3.partially_granted.total': 2, 't3.unavailable_not_held.total': 5 }],
    ['上年轉結1件,均已办结。', { 't3.carried_over.total': 1 }],
    ['我局共收到依申请公开政府信息案件7件。', { 't3.new_received.total': 7 }],
    ['全年未引起行政复议与行政诉讼。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['共收到政府信息公开申请57件(含上年结转件1件)。', { 't3.carried_over.total': 1 }],
    ['不存在因信息公开申请引起的行政复议和行政诉讼情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['收到申请3件,上年无结转。', { 't3.new_received.total': 3, 't3.carried_over.total': 0 }],
    ['无上年转结依申请公开,也无因政府信息公开申请行政复议、提起行政诉讼的案件。', { 't3.carried_over.total': 0, 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['共收到政府信息公开申请37件,其中予以公开答复11件,信息不存在16件。', { 't3.new_received.total': 37, 't3.granted.total': 11, 't3.unavailable_not_held.total': 16 }],
    ['全年接收到申请书55份,均已办结。', { 't3.new_received.total': 55 }],
    ['共收到政府信息公开申请41件(含上年度结转3件)。', { 't3.carried_over.total': 3 }],
    ['2023年,我镇未收到公众、法人或其他组织对政府信息公开的申请。', { 't3.new_received.total': 0 }],
    ['2021年,我局收到政府信息依申请公开办理事项1件。', { 't3.new_received.total': 1 }],
    ['2020年光明区共受理4申请公开政府信息,均为当面申请。', { 't3.new_received.total': 4 }],
    ['2019年依申请公开共受理2件。', { 't3.new_received.total': 2 }],
    ['全年受理依申请信息公开21件,已全部办结。', { 't3.new_received.total': 21 }],
    ['2018年,我局未涉及到要求政府信息公开的申请。', { 't3.new_received.total': 0 }],
    ['我局收到一封公民以信函方式提交的政府信息公开申请表。', { 't3.new_received.total': 1 }],
    // a request that led to a review speaks of the review
    ['公明街道未发生因政府信息公开申请提起的行政复议案件。', { 't4.review.total': 0 }],
    ['2024年,市农业农村局未收到自然人、法人或其他组织申请公开相关政府信息,未发生因政府信息公开申请行政复议、提起行政诉讼的情况。', { 't3.new_received.total': 0, 't4.review.total': 0, 't4.litigation.total': 0 }],
    // a verb of happening after another item it denies
    ['全年沒有出台規範性檔案、受理行政訴訟、行政複議等情況。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    // requests answered in the year (办结), carried into the next (转下一年, 转结下年度)
    ['2022年,新受理政府信息公开申请17件,办结15件,上年转结政府信息公开申请0件,转下一年办理2件。', { 't3.new_received.total': 17, 't3.carried_over.total': 0, 't3.total_processed.total': 15, 't3.carried_forward.total': 2 }],
    // a count that holds none of last year's is the year's own
    ['共受理答复依申请公开件34件(含2022年结转0件),办结31件,转结下年度继续办理3件。', { 't3.new_received.total': 34, 't3.carried_over.total': 0, 't3.total_processed.total': 31, 't3.carried_forward.total': 3 }],
    ['2024年收到依申请公开来信3件次,均已答复。', { 't3.new_received.total': 3 }],
    ['收到政府信息公开申请事项2件,均已答复。', { 't3.new_received.total': 2 }],
    ['2022年全市共收到政府信息申请公开件658件。', { 't3.new_received.total': 658 }],
    ['全年共收到和处理2件政府信息依申请公开件,申请人为自然人,无上年和下年结转件。', { 't3.new_received.total': 2, 't3.carried_over.total': 0, 't3.carried_forward.total': 0 }],
    // how reviews ended, in the sentence about them, and no further than the lawsuits after them
    ['收到行政复议66件,结果维持33件,结果纠正10件,其他结果20件,尚未审结3件。', { 't4.review.total': 66, 't4.review.upheld': 33, 't4.review.corrected': 10, 't4.review.other': 20, 't4.review.pending': 3 }],
    ['其中行政复议纠错1件。', { 't4.review.corrected': 1 }],
    ['全年收到行政复议1件,行政诉讼2件,维持2件。', { 't4.review.total': 1, 't4.litigation.total': 2 }],
    // outcomes counted first, or in 条 and 宗
    ['其中,1宗不予公开,8宗我办不掌握相关政府信息。', { 't3.unavailable_not_held.total': 8 }],
    ['重复申请3条,均不予处理。', { 't3.rejected_duplicate.total': 3 }],
    ['截止12月31日,區政府共收到各類依申請公開信件135件(次),按時回復辦結率達到100%。', { 't3.new_received.total': 135 }],
    ['共受理36件政府信息公开申请(均为自然人提交),无结转2024年继续办理件。', { 't3.new_received.total': 36, 't3.carried_forward.total': 0 }],
    ['上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。', { 't3.carried_over.total': 2, 't3.carried_forward.total': 7 }],
    ['收到居民书面信息公开申请2例。', { 't3.new_received.total': 2 }],
    ['收到政府信息公开申请3项全部予以公开。', { 't3.new_received.total': 3, 't3.granted.total': 3 }],
    // 表二's decisions where no table gives them
    ['全年行政许可决定278件、行政处罚1217件、行政强制402件、无行政事业性收费。', { 't2.licensing.decisions': 278, 't2.penalty.decisions': 1217, 't2.coercion.decisions': 402 }],
    ['共办结行政许可事项9110件、行政处罚203件、实施行政强制15件。', { 't2.licensing.decisions': 9110, 't2.penalty.decisions': 203, 't2.coercion.decisions': 15 }],
    // who asked, in the sentence about requests received, before any outcome
    ['2019年受理依申请公开15件,其中自然人12件,商业企业3件,均依法予以答复。', { 't3.new_received.total': 15, 't3.new_received.natural_person': 12, 't3.new_received.commercial': 3 }],
    ['全年共收到政府信息公开申请9件,全部为自然人申请。', { 't3.new_received.total': 9, 't3.new_received.natural_person': 9 }],
    ['全年收到申请8件,其中予以公开5件,其中自然人3件。', { 't3.new_received.total': 8, 't3.granted.total': 5 }],
    ['截止12月31日,未收到信息公开当面申请、传真申请、网络申请、信函申请受理。', { 't3.new_received.total': 0 }],
    // 办结 of a review still open is no request's
    ['全年共收到行政复议1件,维持结果1件,尚未办结0件。', { 't4.review.total': 1, 't4.review.upheld': 1 }],
    // requests answered, named after the verb or as a total of answers
    ['办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件。', { 't3.total_processed.total': 177, 't3.carried_over.total': 3, 't3.granted.total': 60, 't3.partially_granted.total': 51 }],
    ['收到依申请公开6件,结转上年9件,答复申请共15件。', { 't3.new_received.total': 6, 't3.carried_over.total': 9, 't3.total_processed.total': 15 }],
    ['共收到依申请公开13件,其中,上年结转答复2件,结转下一年答复4件。', { 't3.new_received.total': 13, 't3.carried_over.total': 2, 't3.carried_forward.total': 4 }],
    // who asked, named before the request or after its count
    ['收到公民信息公开申请7件。', { 't3.new_received.total': 7, 't3.new_received.natural_person': 7 }],
    ['共计收到政府信息公开申请3件,由自然人提交。', { 't3.new_received.total': 3, 't3.new_received.natural_person': 3 }],
    ['受理公民、法人和其他组织提出的政府信息公开申请5件。', { 't3.new_received.total': 5 }],
    // requests counted in 起 and 份
    ['市交通运输局收到2起政府信息公开申请,比上年增加2起。', { 't3.new_received.total': 2 }],
    ['2023年收到和处理信息公开申请共计165份。', { 't3.new_received.total': 165 }],
    // 表二's own words in a sentence
    ['行政处罚本年处理决定数量803条,行政强制本年处理决定数量2条,行政事业性收费12.5万元。', { 't2.penalty.decisions': 803, 't2.coercion.decisions': 2, 't2.fees.amount': 12.5 }],
    // outcomes in quotes, and why a request was denied
    ['受理申请9件。“同意公开”3件,“部分公开”2件、“不予公开”4件。', { 't3.new_received.total': 9, 't3.granted.total': 3, 't3.partially_granted.total': 2 }],
    ['属于三类内部事务信息不予公开的1件,因属于行政执法案卷信息不予公开2件,属过程性信息不予公开3件,属于国家秘密不予公开4件。', { 't3.denied_internal_affairs.total': 1, 't3.denied_enforcement_file.total': 2, 't3.denied_process_info.total': 3, 't3.denied_state_secret.total': 4 }],
    // the request with no other word, a review as 案, outcomes counted first
    ['2023年我局共收到申请公开件92件、上一年度结转2件。', { 't3.new_received.total': 92, 't3.carried_over.total': 2 }],
    ['2019年收到申請公開3條。', { 't3.new_received.total': 3 }],
    ['本机关收到涉政府信息公开的行政复议案4件、办理行政诉讼2件。', { 't4.review.total': 4, 't4.litigation.total': 2 }],
    ['共收到申请9件,其中,6件分局不掌握相关政府信息,1件属于部分公开,2件属于内部事务信息。', { 't3.new_received.total': 9, 't3.unavailable_not_held.total': 6, 't3.partially_granted.total': 1, 't3.denied_internal_affairs.total': 2 }],
    // requests answered, as handled in all or answered in the year beside what was carried over
    ['合计共办理依申请公开6件。', { 't3.total_processed.total': 6 }],
    ['全区受理政府信息依申请公开共235件,上一年结转18件,当年答复248件,结转下一年办理5件。', { 't3.new_received.total': 235, 't3.carried_over.total': 18, 't3.total_processed.total': 248, 't3.carried_forward.total': 5 }],
    // none, with words between the verb and the request, or the request under another name
    ['2022年度我乡无依法申请公开件。', { 't3.new_received.total': 0 }],
    ['雅满苏镇未收到通过受理电话、网络平台、来信等方式提出的相关政府信息公开申请。', { 't3.new_received.total': 0 }],
    ['我乡未收到群众提出公开政府政务信息的申请。', { 't3.new_received.total': 0 }],
    ['2020年,我镇共接到依申请公开办件3件。', { 't3.new_received.total': 3 }],
    ['2023年下沙街道接收政府信息公开申请件共4件,其中公民个人申请2件。', { 't3.new_received.total': 4, 't3.new_received.natural_person': 2 }],
    // 表二 in sentences: 规章 and 规范性文件 made, repealed, in force; decisions with a year or counted in 项
    ['本年出台行政规范性文件:制发件数2件,废止件数1件,现行有效件数22件。', { 't2.normative_documents.made': 2, 't2.normative_documents.repealed': 1, 't2.normative_documents.in_force': 22 }],
    ['规章制发件数1件,废止件数0件,现行有效件数3件;行政规范性文件制发件数5件,废止件数2件,现行有效件数40件。', { 't2.regulations.made': 1, 't2.regulations.repealed': 0, 't2.regulations.in_force': 3, 't2.normative_documents.made': 5, 't2.normative_documents.repealed': 2, 't2.normative_documents.in_force': 40 }],
    ['全年共制发行政规范性文件82件,现行有效规范性文件9件。', { 't2.normative_documents.made': 82, 't2.normative_documents.in_force': 9 }],
    ['行政许可2022年处理决定数量450项,行政处罚2项、行政强制3项。', { 't2.licensing.decisions': 450, 't2.penalty.decisions': 2, 't2.coercion.decisions': 3 }],
    ['2024年依申请公开信息数为零。', { 't3.new_received.total': 0 }],
    // none, in more words
    ['安镇街道无因政府信息公开工作被申请行政复议 、提起行政诉讼方面的情况。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['未引发信息公开行政复议或行政诉讼。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
    ['全年实现答复“零复议、零诉讼”。', { 't4.review.total': 0, 't4.litigation.total': 0 }],
  ])('%s', (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });

  it.each([
    ['对未公开的信息，申请人可依法申请行政复议或提起行政诉讼。'],
    // an aim is no count
    ['力争实现零复议、零诉讼。'],
    // documents published are not documents made
    ['主动公开政府信息120条,其中规范性文件3件。'],
    // items of licensing are not its decisions
    ['行政许可事项2项。'],
    // none that ended in a correction says nothing of how many there were
    ['按时予以答复,没有出现被投诉举报、行政复议及行政诉讼纠错的情况。'],
    ['确保无差错后发布。我镇将做好行政复议应诉准备。'],
    ['畅通依申请公开渠道，规范办理工作。'],
    // what was answered is not what was received
    ['全年书面答复依申请公开4件。'],
    // items published or made, by kind: not requests
    ['共发布公开信息60条。公开指南1条;依申请公开2条;工作动态54条。'],
    ['共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条,不予公开信息1535条。'],
    // requests of one kind of applicant are not all requests
    ['2021年度,未收到法人或者其他组织对依申请公开政府信息的申请。'],
    // who asked, not what was asked
    ['共收到2个自然人的政府信息公开申请。'],
    // a suit over another act than disclosure
    ['人社分局因具体行政行为被提起行政诉讼2起。'],
    // what a website holds
    ['网站设立政府信息公开指南、法定主动公开内容、政府信息公开年报、依申请公开四个板块。'],
    // items published are counted in 条, not as answers to requests
    ['全年主动公开政府信息予以公开120条,部分公开信息5条。'],
    // the costs of a suit, and items published on request beside those published proactively
    ['未产生与诉讼(行政复议、行政申诉)有关的费用支出。'],
    ['2020年,我局公开信息687条,其中主动公开668条(包括规划信息、征地信息、土地招拍挂出让信息、矿产资源招拍挂出让信息),依申请公开19条。'],
    // items published about decisions are no decisions
    ['2024年度,区民政局通过社会组织公共服务信息平台公开行政许可170件,行政处罚5件。'],
    ['在门户网站公示行政处罚信息203条。'],
    // calls to a hotline or a mailbox are concluded too, but are no disclosure requests
    ['全年县长热线办理群众来电事项12件,办结12件,办结率100%。'],
    ['三是优化举措,领导信箱办件71件,办结71件,选登公开28件。'],
  ])('%s gives no number', (sentence) => {
    expect(facts(sentence)).toEqual({});
  });

  it('ends the cited sentence at a half-width full stop, not at a decimal point', () => {
    const r = parseText(report('本年度未收到依申请公开事项.下一步将继续做好工作。政府集中采购金额12.5万元.'), 'x.txt');
    expect(r.facts.find((x) => x.key === 't3.new_received.total')?.evidence).toBe('本年度未收到依申请公开事项.');
    expect(r.facts.find((x) => x.key === 't2.procurement.amount')).toMatchObject({ value: 12.5, evidence: '政府集中采购金额12.5万元.' });
  });

  it('cites the clause about requests, not the one about the reviews they led to', () => {
    const r = parseText(report('2024年,市农业农村局未收到自然人、法人或其他组织申请公开相关政府信息,未发生因政府信息公开申请行政复议、提起行政诉讼的情况。'), 'x.txt');
    expect(r.facts.find((x) => x.key === 't3.new_received.total')?.raw).toBe('未收到自然人、法人或其他组织申请公开相关政府信息');
  });

  it('cites the sentence and the line of the number', () => {
    const r = parseText(report('收到信息公开申请 2 件,行政复议 1\n\n件,行政诉讼 3 件。'), 'x.txt');
    const f = r.facts.find((x) => x.key === 't4.review.total')!;
    expect(f.line).toBe(3);
    expect(f.evidence).toBe('收到信息公开申请2件,行政复议1件,行政诉讼3件。');
  });
});

it('a heading runs into no sentence after it', () => {
  const r = parseText(report('(三)因政府信息公开申请行政复议、提起行政诉讼的情况\n我乡没有因政府信息公开申请行政复议、提起行政诉讼的情况。'), 'x.txt');
  expect(r.facts.find((f) => f.key === 't4.review.total')).toMatchObject({ value: 0, evidence: '我乡没有因政府信息公开申请行政复议、提起行政诉讼的情况。' });
});

describe('made, repealed and in force in a sentence', () => {
  it('are the 2021 template’s columns, left out of a 2019 report', () => {
    const text = (year: number) => [`某镇${year}年政府信息公开工作年度报告`, '一、总体情况', '本年制发规范性文件2件,现行有效规范性文件9件。', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '无'].join('\n');
    const keys = (year: number) => parseText(text(year), 'x.txt').facts.map((f) => f.key).filter((k) => k.startsWith('t2.'));
    expect(keys(2022)).toEqual(['t2.normative_documents.made', 't2.normative_documents.in_force']);
    expect(keys(2019)).toEqual([]);
  });
});
