/**
 * The canonical fact keys of SCHEMA.md: `table.row.column`, with the words by which a report's
 * labels are recognised. Patterns run on text already passed through `compact()` (simplified,
 * half-width, no spaces), so they never need to allow for spacing or full-width punctuation.
 */

export type Template = 2019 | 2021;
export type TableId = 't2' | 't3' | 't4';

export const TABLE_TITLES: Record<TableId, string> = {
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
};

export const TABLE_NAMES: Record<TableId, string> = { t2: '表二', t3: '表三', t4: '表四' };

// ---------------------------------------------------------------- 表三

export const T3_COLUMNS = [
  'natural_person',
  'commercial',
  'research',
  'social_welfare',
  'legal_service',
  'other_org',
  'total',
] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

export const T3_COLUMN_LABELS: Record<T3Column, string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social_welfare: '社会公益组织',
  legal_service: '法律服务机构',
  other_org: '其他',
  total: '总计',
};

export interface RowDef<R extends string = string> {
  key: R;
  label: string;
  /** recognises the row's own label (after numbering is stripped) */
  match: RegExp;
  /** only in this template; absent means both */
  template?: Template;
  /** the (x) group the row belongs to, used to tell 1./2./3. sub-rows apart */
  group?: string;
}

export const T3_ROWS = [
  { key: 'new_received', label: '一、本年新收政府信息公开申请数量', match: /本年(度)?新收|新收.*申请/ },
  // (转结 for 结转: a slip printed in real tables)
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', match: /上年(度)?(?:结转|转结)/ },
  { key: 'granted', label: '(一)予以公开', match: /^予以公开/, group: 'result' },
  { key: 'partially_granted', label: '(二)部分公开', match: /^部分公开/, group: 'result' },
  { key: 'denied_state_secret', label: '1.属于国家秘密', match: /国家秘密/, group: 'denied' },
  { key: 'denied_prohibited', label: '2.其他法律行政法规禁止公开', match: /禁止公开/, group: 'denied' },
  { key: 'denied_security_stability', label: '3.危及"三安全一稳定"', match: /三安全|一稳定|危及/, group: 'denied' },
  { key: 'denied_third_party', label: '4.保护第三方合法权益', match: /第三方/, group: 'denied' },
  { key: 'denied_internal_affairs', label: '5.属于三类内部事务信息', match: /内部事务/, group: 'denied' },
  { key: 'denied_process_info', label: '6.属于四类过程性信息', match: /过程性/, group: 'denied' },
  { key: 'denied_enforcement_file', label: '7.属于行政执法案卷', match: /执法案卷/, group: 'denied' },
  { key: 'denied_admin_query', label: '8.属于行政查询事项', match: /查询事项/, group: 'denied' },
  { key: 'unavailable_not_held', label: '1.本机关不掌握相关政府信息', match: /不掌握/, group: 'unavailable' },
  { key: 'unavailable_needs_creation', label: '2.没有现成信息需要另行制作', match: /另行制作|没有现成/, group: 'unavailable' },
  { key: 'unavailable_unclear', label: '3.补正后申请内容仍不明确', match: /不明确/, group: 'unavailable' },
  { key: 'rejected_petition', label: '1.信访举报投诉类申请', match: /信访|举报投诉/, group: 'rejected' },
  { key: 'rejected_duplicate', label: '2.重复申请', match: /^重复申请/, group: 'rejected' },
  { key: 'rejected_publication', label: '3.要求提供公开出版物', match: /出版物/, group: 'rejected' },
  { key: 'rejected_mass_repeat', label: '4.无正当理由大量反复申请', match: /大量反复|反复申请/, group: 'rejected' },
  { key: 'rejected_confirm_existing', label: '5.要求行政机关确认或重新出具已获取信息', match: /确认或重新出具|重新出具|已获取信息/, group: 'rejected' },
  { key: 'other_no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', match: /逾期不补正|不补正/, template: 2021, group: 'other' },
  { key: 'other_unpaid_fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', match: /缴纳费用|收费通知/, template: 2021, group: 'other' },
  { key: 'other_other', label: '3.其他', match: /^其他$/, template: 2021, group: 'other' },
  { key: 'other', label: '(六)其他处理', match: /^其他处理/, group: 'result' },
  { key: 'total_processed', label: '(七)总计', match: /^总计$/, group: 'result' },
  { key: 'carried_forward', label: '四、结转下年度继续办理', match: /结转下年|继续办理/ },
] as const satisfies readonly RowDef[];
export type T3Row = (typeof T3_ROWS)[number]['key'];

/** The rows whose sum is 三(七) 总计. `other` stands for its three sub-rows in template 2021. */
export const T3_OUTCOME_ROWS: readonly T3Row[] = [
  'granted',
  'partially_granted',
  'denied_state_secret',
  'denied_prohibited',
  'denied_security_stability',
  'denied_third_party',
  'denied_internal_affairs',
  'denied_process_info',
  'denied_enforcement_file',
  'denied_admin_query',
  'unavailable_not_held',
  'unavailable_needs_creation',
  'unavailable_unclear',
  'rejected_petition',
  'rejected_duplicate',
  'rejected_publication',
  'rejected_mass_repeat',
  'rejected_confirm_existing',
  'other',
];

export const T3_OTHER_PARTS: readonly T3Row[] = ['other_no_correction', 'other_unpaid_fee', 'other_other'];

/** The (三)…(六) group headers: labels that open a group of numbered sub-rows. */
export const T3_GROUPS: ReadonlyArray<{ group: string; match: RegExp }> = [
  { group: 'denied', match: /^不予公开/ },
  { group: 'unavailable', match: /^无法提供/ },
  { group: 'rejected', match: /^不予处理/ },
  { group: 'other', match: /^其他处理/ },
];

// ---------------------------------------------------------------- 表四

export const T4_ROWS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export type T4Row = (typeof T4_ROWS)[number];
export const T4_ROW_LABELS: Record<T4Row, string> = {
  review: '行政复议',
  litigation_direct: '行政诉讼·未经复议直接起诉',
  litigation_after_review: '行政诉讼·复议后起诉',
};
export const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Column = (typeof T4_COLUMNS)[number];
export const T4_COLUMN_LABELS: Record<T4Column, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ---------------------------------------------------------------- 表二

export interface T2RowDef {
  key: string;
  label: string;
  match: RegExp;
  /** columns in template order, with the words that recognise each header */
  columns: ReadonlyArray<{ key: string; label: string; match: RegExp; amount?: boolean }>;
}

const MADE_2021 = [
  { key: 'made', label: '本年制发件数', match: /制发/ },
  { key: 'repealed', label: '本年废止件数', match: /废止|度止/ },
  { key: 'in_force', label: '现行有效件数', match: /现行有效|有效件数/ },
];
const MADE_2019 = [
  { key: 'new_made', label: '本年新制作数量', match: /新制作/ },
  { key: 'new_published', label: '本年新公开数量', match: /新公开/ },
  { key: 'total_published', label: '对外公开总数量', match: /公开总数/ },
];
const ITEMS_2019 = [
  { key: 'previous', label: '上一年项目数量', match: /上一年|上年项目/ },
  { key: 'change', label: '本年增/减', match: /增|减/ },
  { key: 'decisions', label: '处理决定数量', match: /处理决定/ },
];
const DECISIONS_2021 = [{ key: 'decisions', label: '本年处理决定数量', match: /处理决定/ }];

export const T2_ROWS: Record<Template, readonly T2RowDef[]> = {
  2021: [
    { key: 'regulations', label: '规章', match: /^规章/, columns: MADE_2021 },
    // mirror sites convert 文件 to Taiwan usage 檔案
    { key: 'normative_documents', label: '行政规范性文件', match: /规范性(?:文件|档案)/, columns: MADE_2021 },
    { key: 'licensing', label: '行政许可', match: /^行政许可/, columns: DECISIONS_2021 },
    { key: 'penalty', label: '行政处罚', match: /^行政处罚/, columns: DECISIONS_2021 },
    { key: 'coercion', label: '行政强制', match: /^行政强制/, columns: DECISIONS_2021 },
    {
      key: 'fees',
      label: '行政事业性收费',
      match: /事业性收费/,
      columns: [{ key: 'amount', label: '本年收费金额(单位:万元)', match: /收费金额|金额/, amount: true }],
    },
  ],
  2019: [
    { key: 'regulations', label: '规章', match: /^规章/, columns: MADE_2019 },
    { key: 'normative_documents', label: '规范性文件', match: /规范性(?:文件|档案)/, columns: MADE_2019 },
    { key: 'licensing', label: '行政许可', match: /^行政许可/, columns: ITEMS_2019 },
    { key: 'other_services', label: '其他对外管理服务事项', match: /对外管理服务/, columns: ITEMS_2019 },
    { key: 'penalty', label: '行政处罚', match: /^行政处罚/, columns: ITEMS_2019 },
    { key: 'coercion', label: '行政强制', match: /^行政强制/, columns: ITEMS_2019 },
    { key: 'fees', label: '行政事业性收费', match: /事业性收费/, columns: ITEMS_2019.slice(0, 2) },
    {
      key: 'procurement',
      label: '政府集中采购',
      match: /集中采购/,
      columns: [
        { key: 'projects', label: '采购项目数量', match: /项目数量/ },
        { key: 'amount', label: '采购总金额', match: /金额/, amount: true },
      ],
    },
  ],
};

/** Every key a report of the template can hold, in a stable order. */
export function allKeys(template: Template): string[] {
  const keys: string[] = [];
  for (const row of T2_ROWS[template]) for (const col of row.columns) keys.push(`t2.${row.key}.${col.key}`);
  for (const row of T3_ROWS) {
    if ('template' in row && row.template !== template) continue;
    for (const col of T3_COLUMNS) keys.push(`t3.${row.key}.${col}`);
  }
  for (const row of T4_ROWS) for (const col of T4_COLUMNS) keys.push(`t4.${row}.${col}`);
  keys.push('t4.litigation.total');
  return keys;
}

/** Every fact key of either template. */
export const ALL_KEYS: readonly string[] = [...new Set([...allKeys(2019), ...allKeys(2021)])];

/** A label for a key as a reader would write it, e.g. 表三 · 予以公开 · 总计. */
export function describeKey(key: string): { table: TableId; rowLabel: string; colLabel: string } | null {
  const [table, row, col] = key.split('.');
  if (table === 't3') {
    const def = T3_ROWS.find((r) => r.key === row);
    const colLabel = T3_COLUMN_LABELS[col as T3Column];
    return def && colLabel ? { table, rowLabel: def.label, colLabel } : null;
  }
  if (table === 't4') {
    if (row === 'litigation' && col === 'total') return { table, rowLabel: '行政诉讼', colLabel: '总计' };
    const rowLabel = T4_ROW_LABELS[row as T4Row];
    const colLabel = T4_COLUMN_LABELS[col as T4Column];
    return rowLabel && colLabel ? { table, rowLabel, colLabel } : null;
  }
  if (table === 't2') {
    for (const template of [2021, 2019] as const) {
      const def = T2_ROWS[template].find((r) => r.key === row);
      const c = def?.columns.find((x) => x.key === col);
      if (def && c) return { table, rowLabel: def.label, colLabel: c.label };
    }
  }
  return null;
}
