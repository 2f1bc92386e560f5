/**
 * The words people use for each number of a report, Chinese and English, and how a question's
 * words become measures (see query.ts). Chinese terms are matched on `compact()` text, English
 * terms on lower-case words; the longest term wins where two overlap (复议后起诉 over 复议).
 */
import { T3_ROWS } from '../core/keys.ts';
import { escapeRe } from '../core/regex.ts';
import { toPinyin } from './places.ts';
import type { APPLICANT_COLUMNS } from './query.ts';

export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export type T4Col = 'upheld' | 'corrected' | 'other' | 'pending';

interface Terms {
  zh: string[];
  en: string[];
}

interface Family extends Terms {
  id: string;
  label: { zh: string; en: string };
  /** a weak family (申请 as a bare word) only counts when nothing stronger is asked about */
  weak?: boolean;
  /** the measure for the column words the question also uses */
  measure(c: { applicant?: ApplicantColumn; t4?: T4Col; t2?: string }): string;
  /** 表二 columns the family understands, by the column key of query words */
  t2Columns?: Record<string, string>;
  /** measures that are parts of the family's: naming one asks for it, not for the whole (未经复议直接起诉的行政诉讼) */
  parts?: RegExp;
}

const t3 = (row: string) => (c: { applicant?: ApplicantColumn }) => `t3.${row}.${c.applicant ?? 'total'}`;
const t4 = (row: string) => (c: { t4?: T4Col }) => `t4.${row}.${c.t4 ?? 'total'}`;
/** 表二 rows: template 2021 and 2019 name the same column differently */
const MADE = { made: 'made|new_made', repealed: 'repealed', in_force: 'in_force|total_published', published: 'new_published', total_published: 'total_published' };
/** 行政许可, 行政处罚…: the 2019 template's columns beside the decisions */
const ITEMS = { previous: 'previous', change: 'change', decisions: 'decisions' };
/** 行政事业性收费: the amount, and the 2019 template's count of fee items the year before and its change */
const FEES = { previous: 'previous', change: 'change', amount: 'amount' };
const t2 = (row: string, cols: Record<string, string>, dflt: string) => (c: { t2?: string }) =>
  (cols[c.t2 ?? ''] ?? dflt)
    .split('|')
    .map((col) => `t2.${row}.${col}`)
    .join('|');

// The words a reader would use for a single outcome row, shorter than the printed label.
const ROW_WORDS: Record<string, string[]> = {
  denied_state_secret: ['国家秘密'],
  denied_prohibited: ['禁止公开'],
  denied_security_stability: ['三安全一稳定', '危及三安全'],
  denied_third_party: ['第三方合法权益', '第三方'],
  denied_internal_affairs: ['内部事务'],
  denied_process_info: ['过程性信息'],
  denied_enforcement_file: ['执法案卷'],
  denied_admin_query: ['行政查询'],
  unavailable_not_held: ['不掌握', '不归', '非本机关掌握', '不是本机关的', '信息不存在', '不在他们', '不在本机关', '没有这个信息', '没有该信息'],
  unavailable_needs_creation: ['另行制作', '没有现成信息'],
  unavailable_unclear: ['仍不明确', '内容不明确'],
  rejected_petition: ['信访举报投诉', '信访'],
  rejected_duplicate: ['重复申请'],
  rejected_publication: ['公开出版物', '出版物'],
  rejected_mass_repeat: ['大量反复申请', '大量反复'],
  rejected_confirm_existing: ['重新出具', '已获取信息'],
};
const ROW_EN: Record<string, string[]> = {
  denied_state_secret: ['state secret'],
  denied_prohibited: ['prohibited by law', 'prohibited'],
  denied_security_stability: ['endanger security', 'security and stability', 'three securities'],
  denied_third_party: ['third party', 'third-party', 'third parties'],
  denied_internal_affairs: ['internal affairs'],
  denied_process_info: ['process information', 'deliberative'],
  denied_enforcement_file: ['enforcement file', 'case file'],
  denied_admin_query: ['administrative query', 'administrative inquiry'],
  unavailable_not_held: ['not held', 'not hold', 'did not have', 'does not have', 'not in possession'],
  unavailable_needs_creation: ['newly created', 'newly made', 'to be created', 'need to be compiled', 'no ready-made', 'not readily available'],
  unavailable_unclear: ['unclear', 'not clear', 'still unclear'],
  rejected_petition: ['petition', 'complaint'],
  rejected_duplicate: ['duplicate', 'repeated request'],
  rejected_publication: ['public publication', 'published material'],
  rejected_mass_repeat: ['mass request', 'repeated in bulk', 'massive repeated'],
  rejected_confirm_existing: ['already obtained', 'reissue', 're-issue'],
};
/** how an English reply names each outcome row */
const ROW_EN_LABEL: Record<string, string> = {
  denied_state_secret: 'requests denied: state secrets',
  denied_prohibited: 'requests denied: prohibited by law',
  denied_security_stability: 'requests denied: security and stability',
  denied_third_party: 'requests denied: third-party rights',
  denied_internal_affairs: 'requests denied: internal affairs',
  denied_process_info: 'requests denied: process information',
  denied_enforcement_file: 'requests denied: enforcement files',
  denied_admin_query: 'requests denied: administrative queries',
  unavailable_not_held: 'requests unanswerable: information not held',
  unavailable_needs_creation: 'requests unanswerable: would need creating',
  unavailable_unclear: 'requests unanswerable: still unclear',
  rejected_petition: 'requests not processed: petitions and complaints',
  rejected_duplicate: 'requests not processed: duplicates',
  rejected_publication: 'requests not processed: public publications',
  rejected_mass_repeat: 'requests not processed: mass repeated requests',
  rejected_confirm_existing: 'requests not processed: already obtained',
};

const F = (id: string, zh: string, en: string, zhTerms: string[], enTerms: string[], measure: Family['measure'], extra: Partial<Family> = {}): Family => ({
  id,
  label: { zh, en },
  zh: zhTerms,
  en: enTerms,
  measure,
  ...extra,
});

export const FAMILIES: readonly Family[] = [
  F('litigation', '行政诉讼', 'lawsuits', ['行政诉讼', '诉讼', '起诉', '打官司', '官司', '被告', '被诉', '应诉', '告政府', '被人告', '被起诉'], ['lawsuit', 'litigation', 'sued', 'court case', 'legal action', 'in court', 'taken to court'], (c) =>
    c.t4 ? `t4.litigation_*.${c.t4}` : 't4.litigation.total',
    { parts: /^t4\.litigation_(?:direct|after_review)\./ },
  ),
  F('litigation_direct', '未经复议直接起诉的行政诉讼', 'lawsuits filed directly', ['直接起诉', '未经复议'], ['direct lawsuit', 'sued directly', 'filed directly'], t4('litigation_direct')),
  F('litigation_after_review', '复议后起诉的行政诉讼', 'lawsuits after review', ['复议后起诉', '复议后诉讼', '复议后又被起诉', '复议后又起诉', '复议后被起诉', '复议后再起诉'], ['lawsuit after review', 'after review'], t4('litigation_after_review')),
  F('review', '行政复议', 'administrative reviews', ['行政复议', '复议'], ['administrative review', 'reconsideration', 'review', 'appeal'], t4('review')),
  F('new_received', '新收政府信息公开申请', 'information requests received', ['新收', '收到申请', '收到的申请', '受理的申请', '收到的信息公开申请', '收到的政府信息公开申请', '申请数', '申请量', '申请件'], ['requests received', 'new requests', 'applications received'], t3('new_received')),
  F('requests', '新收政府信息公开申请', 'information requests received', ['申请', '依申请', '申请公开'], ['request', 'application', 'disclosure'], t3('new_received'), { weak: true }),
  F('carried_over', '上年结转的申请', 'requests carried over', ['上年结转', '结转', '上年度结转'], ['carried over', 'carry over', 'carryover'], t3('carried_over')),
  F('carried_forward', '结转下年度继续办理的申请', 'requests carried forward', ['结转下年', '继续办理', '结转到下年', '结转到下一年', '转入下年', '结转到', '结转至', '转到下一年', '没办完', '没有办完', '未办完', '没办结'], ['carried forward', 'carry forward', 'requests forward', 'carried into the next year', 'into the next year', 'into the following year', 'still pending', 'unfinished'], t3('carried_forward')),
  F('total_processed', '办理申请总数', 'requests processed', ['办理总数', '处理总数', '处理申请总数', '办理申请总数', '办理申请总计', '处理申请总计', '办结', '答复总数', '总计办理', '办理了', '处理了', '共办理', '办理多少', '处理多少', '办理结果', '办理情况', '答复了', '答复多少', '答复几'], ['processed', 'handled', 'answered', 'process', 'handle'], t3('total_processed')),
  F('granted', '予以公开的申请', 'requests granted', ['予以公开', '全部公开', '同意公开', '准予公开'], ['granted', 'grant', 'disclosed in full', 'released in full', 'approved'], t3('granted')),
  F('partially_granted', '部分公开的申请', 'requests partly granted', ['部分公开'], ['partially granted', 'partly granted', 'partial disclosure', 'partially disclosed'], t3('partially_granted')),
  F('denied', '不予公开的申请', 'requests denied', ['不予公开', '拒绝公开', '不公开'], ['denied', 'deny', 'denies', 'refused', 'refuse', 'rejected disclosure', 'withheld', 'withhold', 'denial'], t3('denied_*')),
  F('unavailable', '无法提供的申请', 'requests that could not be answered', ['无法提供', '不能提供'], ['unable to provide', 'could not provide', 'not available', 'unavailable', 'could not be answered', 'cannot be answered', 'could not be provided'], t3('unavailable_*')),
  F('rejected', '不予处理的申请', 'requests not processed', ['不予处理', '不予受理'], ['not processed', 'rejected', 'dismissed'], t3('rejected_*')),
  F('other_handling', '其他处理的申请', 'requests otherwise handled', ['其他处理'], ['otherwise handled', 'other handling'], t3('other')),
  ...Object.entries(ROW_WORDS).map(([row, zh]) => {
    const label = T3_ROWS.find((r) => r.key === row)?.label.replace(/^\d\./, '') ?? row;
    return F(row, label, ROW_EN_LABEL[row] ?? row.replace(/_/g, ' '), zh, ROW_EN[row] ?? [], t3(row));
  }),
  F('penalty', '行政处罚决定', 'administrative penalty decisions', ['行政处罚', '处罚', '罚款', '罚了', '罚单', '罚得', '罚的'], ['penalty', 'penalties', 'fine', 'punishment', 'sanction'], t2('penalty', ITEMS, 'decisions'), { t2Columns: ITEMS }),
  F('licensing', '行政许可决定', 'administrative licensing decisions', ['行政许可', '许可', '批了多少', '审批了'], ['licensing', 'licence', 'license', 'permit'], t2('licensing', ITEMS, 'decisions'), { t2Columns: ITEMS }),
  F('coercion', '行政强制决定', 'administrative coercion decisions', ['行政强制', '强制措施', '强制执行', '强制'], ['coercion', 'coercive', 'enforcement measure'], t2('coercion', ITEMS, 'decisions'), { t2Columns: ITEMS }),
  F('fees', '行政事业性收费金额', 'administrative fees collected', ['行政事业性收费', '事业性收费', '收费', '费用金额', '收了多少费', '收了多少钱'], ['fee', 'charges', 'levies'], t2('fees', FEES, 'amount'), { t2Columns: FEES }),
  F('normative_documents', '规范性文件', 'normative documents', ['行政规范性文件', '规范性文件', '红头文件'], ['normative document', 'regulatory document'], t2('normative_documents', MADE, MADE.made), { t2Columns: MADE }),
  F('regulations', '规章', 'regulations', ['规章'], ['regulation', 'rules'], t2('regulations', MADE, MADE.made), { t2Columns: MADE }),
  F('procurement', '政府集中采购金额', 'government procurement', ['政府集中采购', '集中采购', '政府采购', '采购'], ['procurement', 'purchasing'], t2('procurement', { projects: 'projects', amount: 'amount' }, 'amount'), { t2Columns: { projects: 'projects', amount: 'amount' } }),
  F('other_services', '其他对外管理服务事项', 'other public services', ['对外管理服务', '其他对外管理服务事项'], ['other services'], t2('other_services', ITEMS, 'decisions'), { t2Columns: ITEMS }),
];

const APPLICANT_TERMS: Record<ApplicantColumn, Terms> = {
  natural_person: { zh: ['自然人', '个人', '公民', '群众'], en: ['natural person', 'individual', 'citizen', 'private person'] },
  commercial: { zh: ['商业企业', '企业', '公司'], en: ['business', 'compan', 'enterprise', 'commercial'] },
  research: { zh: ['科研机构', '科研'], en: ['research institution', 'research'] },
  social_welfare: { zh: ['社会公益组织', '公益组织', '社会组织'], en: ['public welfare', 'ngo', 'non-profit', 'nonprofit', 'charit'] },
  legal_service: { zh: ['法律服务机构', '律师事务所', '律所', '律师'], en: ['legal service', 'law firm', 'lawyer'] },
  other_org: { zh: ['其他申请人', '其他组织'], en: ['other applicant', 'other organisation', 'other organization'] },
};

const T4_TERMS: Record<T4Col, Terms> = {
  upheld: { zh: ['结果维持', '维持'], en: ['upheld', 'maintained'] },
  corrected: { zh: ['结果纠正', '纠正', '撤销'], en: ['corrected', 'overturned', 'reversed'] },
  other: { zh: ['其他结果'], en: ['other result', 'other outcome'] },
  pending: { zh: ['尚未审结', '未审结', '未结案', '审理中'], en: ['pending', 'undecided', 'unresolved'] },
};

const T2_TERMS: Record<string, Terms> = {
  made: { zh: ['制发', '制定', '新制作', '出台', '印发', '发布'], en: ['made', 'issued', 'new', 'adopted'] },
  repealed: { zh: ['废止', '废除', '废了', '作废'], en: ['repealed', 'abolished'] },
  in_force: { zh: ['现行有效', '有效'], en: ['in force', 'valid', 'effective'] },
  published: { zh: ['新公开'], en: ['newly published'] },
  total_published: { zh: ['对外公开总数', '对外公开总量', '公开总数', '公开总量'], en: ['total published', 'published in total', 'in total published'] },
  previous: { zh: ['上一年项目', '上一年', '上年项目', '上年度项目'], en: ['previous year', 'the year before'] },
  // (比上一年 holds 上一年: the longer words win)
  change: { zh: ['增减', '增/减', '增加了', '减少了', '增加多少', '减少多少', '比上一年', '比上年', '较上年', '同比'], en: ['increase', 'decrease'] },
  // ("how many" asks a count of anything: not a column)
  projects: { zh: ['项目', '个数', '几个', '几项'], en: ['project'] },
  amount: { zh: ['金额', '多少钱', '万元', '总额'], en: ['amount', 'value', 'spent', 'spend', 'money'] },
};

/** The text of a question in the two forms terms are matched on. */
export interface QuestionText {
  zh: string;
  /** lower-case words separated by single spaces, with a space at each end */
  en: string;
}

const EN_CACHE = new Map<string, RegExp>();
function enRegex(term: string): RegExp {
  let re = EN_CACHE.get(term);
  if (!re) {
    // a stem such as "compan" or "charit" matches its word; whole terms take plural and -ed
    const open = /[a-z]$/.test(term) && !/(an|it)$/.test(term) ? '(?:s|es|ed|ing)?\\b' : '';
    re = new RegExp(`\\b${escapeRe(term)}${open}`, 'g');
    EN_CACHE.set(term, re);
  }
  re.lastIndex = 0;
  return re;
}

interface Hit {
  start: number;
  end: number;
  /** which string: 0 Chinese, 1 English */
  on: 0 | 1;
}

function find(t: QuestionText, terms: Terms): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms.zh) {
    for (let i = t.zh.indexOf(term); i >= 0; i = t.zh.indexOf(term, i + 1)) hits.push({ start: i, end: i + term.length, on: 0 });
  }
  for (const term of terms.en) {
    for (const m of t.en.matchAll(enRegex(term))) hits.push({ start: m.index, end: m.index + m[0].length, on: 1 });
  }
  return hits;
}

/** The longest non-overlapping hits, each labelled with what it stands for. */
function longest<T>(candidates: Array<{ id: T; hit: Hit }>): Array<{ id: T; hit: Hit }> {
  const sorted = [...candidates].sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.hit.start - b.hit.start);
  const taken: Array<{ id: T; hit: Hit }> = [];
  for (const c of sorted) {
    if (taken.some((x) => x.hit.on === c.hit.on && x.hit.start < c.hit.end && c.hit.start < x.hit.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.hit.on - b.hit.on || a.hit.start - b.hit.start);
}

function pick<K extends string>(t: QuestionText, table: Record<K, Terms>): K | undefined {
  return pickAll(t, table)[0];
}

/** every column a question names, in its order: 维持几件，纠正几件 */
function pickAll<K extends string>(t: QuestionText, table: Record<K, Terms>): K[] {
  const hits = longest(Object.entries<Terms>(table).flatMap(([id, terms]) => find(t, terms).map((hit) => ({ id: id as K, hit }))));
  return [...new Set(hits.map((h) => h.id))];
}

export interface KeyReading {
  measures: string[];
  column?: ApplicantColumn;
  /** where in the Chinese text the key words stand, so places and numbers are not read there */
  spans: Array<[number, number]>;
}

/** a count of requests received asked for with words between: 收到多少申请, how many requests did … receive */
const RECEIVED_ZH = /(?:收到|受理|接到|新收|收了)了?(?:多少|几)/;
const RECEIVED_EN = / (?:receive|received|receiving|get|got) /;

let SOUNDS: Map<string, string> | undefined;

/**
 * The question with its two-character words that sound as a key word does written as that word
 * (申清 → 申请, 复以 → 复议): a slip of the input method. Null when none does.
 */
function soundsLike(t: QuestionText): QuestionText | null {
  SOUNDS ??= new Map(FAMILIES.flatMap((f) => f.zh.filter((w) => w.length === 2).map((w) => [toPinyin(w), w] as const)));
  let zh = t.zh;
  for (let i = 0; i + 2 <= zh.length; i++) {
    const w = zh.slice(i, i + 2);
    if (!/^[\u4e00-\u9fff]{2}$/u.test(w)) continue;
    const term = SOUNDS.get(toPinyin(w));
    if (term && term !== w) zh = zh.slice(0, i) + term + zh.slice(i + 2);
  }
  return zh === t.zh ? null : { ...t, zh };
}

/** The measures a question asks about, in the order it names them; a key word mistyped by its sound is read as that word. */
export function readKeys(t: QuestionText): KeyReading {
  const read = readKeysAsWritten(t);
  if (read.measures.length) return read;
  const heard = soundsLike(t);
  return heard ? readKeysAsWritten(heard) : read;
}

function readKeysAsWritten(t: QuestionText): KeyReading {
  const hits = longest(FAMILIES.flatMap((f) => find(t, f).map((hit) => ({ id: f, hit }))));
  // 申请 is weak, but not beside a verb of receiving: "收到多少申请，予以公开多少" asks both
  const received = RECEIVED_ZH.test(t.zh) || RECEIVED_EN.test(t.en);
  const strong = hits.filter((h) => !h.id.weak || received);
  const chosen = strong.length ? strong : hits;
  const applicant = pick(t, APPLICANT_TERMS);
  // (several outcomes of one review or suit may be asked at once: 维持几件，纠正几件)
  const t4cs = pickAll(t, T4_TERMS);
  const t2c = pick(t, T2_TERMS);
  const measures: string[] = [];
  const familyOf = new Map<string, Family>();
  for (const { id } of chosen) {
    for (const t4c of t4cs.length ? t4cs : [undefined]) {
      const m = id.measure({ applicant, t4: t4c, t2: t2c && id.t2Columns?.[t2c] ? t2c : undefined });
      if (!measures.includes(m)) measures.push(m);
      familyOf.set(m, id);
    }
  }
  // a whole gives way to a part of it named as well: a group's sum to one of its rows (因保护第三方…
  // 不予公开 is one row), all lawsuits to one kind of them (未经复议直接起诉的行政诉讼)
  const partOf = (m: string, o: string): boolean =>
    (m.includes('*') && new RegExp(`^${m.replace(/\./g, '\\.').replace('*', '[a-z_]+')}$`).test(o)) || Boolean(familyOf.get(m)?.parts?.test(o));
  measures.splice(0, measures.length, ...measures.filter((m) => !measures.some((o) => o !== m && partOf(m, o))));
  const spans = hits.filter((h) => h.hit.on === 0).map((h): [number, number] => [h.hit.start, h.hit.end]);
  return { measures, ...(applicant && measures.some((m) => m.startsWith('t3.')) ? { column: applicant } : {}), spans };
}
