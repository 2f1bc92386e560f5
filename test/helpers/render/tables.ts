/**
 * 表二, 表三 and 表四 as the national templates draw them: cells with rowspan and colspan. The
 * HTML renderer prints the spans; every text layout prints `flatten()`, where a spanned cell's
 * text stands in its top-left slot and the slots it covers are empty, as copied tables look.
 */
import { T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_ROWS } from '../../../src/core/keys.ts';
import type { Template } from '../../../src/core/keys.ts';
import type { GeneratedReport } from '../generate.ts';
import { cnNumber, spaceOut } from './style.ts';
import type { Style } from './style.ts';

export interface TCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** the fact key whose value this cell prints */
  key?: string;
}

export interface TRow {
  kind: 'group' | 'header' | 'data';
  cells: TCell[];
}

export interface Table {
  id: 't2' | 't3' | 't4';
  width: number;
  rows: TRow[];
}

/** Does a cell print a value (as opposed to a label)? */
export function isValueText(s: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(s) || s === '无';
}

/** How a value is printed; amounts keep their decimals. */
export function formatValue(key: string, value: number, style: Style): string {
  if (key === 't2.fees.amount' && style.fixed4) return value.toFixed(4);
  if (value === 0 && style.zeroAsWu && key.startsWith('t2.') && !key.endsWith('.amount')) return '无';
  return String(value);
}

function valueCells(report: GeneratedReport, keys: string[], style: Style): TCell[] {
  return keys.map((key) => ({ text: formatValue(key, report.facts[key]!, style), key }));
}

// ---------------------------------------------------------------- 表二

const T2_GROUPS: Record<Template, ReadonlyArray<{ item: number; rows: string[] }>> = {
  2021: [
    { item: 1, rows: ['regulations', 'normative_documents'] },
    { item: 5, rows: ['licensing'] },
    { item: 6, rows: ['penalty', 'coercion'] },
    { item: 8, rows: ['fees'] },
  ],
  2019: [
    { item: 1, rows: ['regulations', 'normative_documents'] },
    { item: 5, rows: ['licensing', 'other_services'] },
    { item: 6, rows: ['penalty', 'coercion'] },
    { item: 8, rows: ['fees'] },
    { item: 9, rows: ['procurement'] },
  ],
};

function t2(report: GeneratedReport, style: Style): Table {
  const template = report.meta.template;
  const defs = T2_ROWS[template];
  const rows: TRow[] = [];
  const pad = (cells: TCell[]): TCell[] => [...cells, ...Array.from({ length: 4 - cells.length }, () => ({ text: '' }))];
  for (const group of T2_GROUPS[template]) {
    const article = group.item === 6 ? style.article6 : '第二十条';
    rows.push({ kind: 'group', cells: [{ text: `${article}第${style.paren(cnNumber(group.item))}项`, colspan: 4 }] });
    const first = defs.find((d) => d.key === group.rows[0])!;
    const headers = first.columns.map((c) => {
      if (c.key === 'repealed') return style.repealed;
      if (c.key === 'amount' && first.key === 'fees') return `本年收费金额${style.paren(`单位${style.colon}万元${style.fixed4 ? `${style.comma}保留4位小数` : ''}`)}`;
      return c.label;
    });
    rows.push({ kind: 'header', cells: pad([{ text: '信息内容' }, ...headers.map((text) => ({ text }))]) });
    for (const rowKey of group.rows) {
      const def = defs.find((d) => d.key === rowKey)!;
      const keys = def.columns.map((c) => `t2.${def.key}.${c.key}`);
      rows.push({ kind: 'data', cells: pad([{ text: def.label }, ...valueCells(report, keys, style)]) });
    }
  }
  return { id: 't2', width: 4, rows };
}

// ---------------------------------------------------------------- 表三

function t3Labels(template: Template, style: Style): Array<{ key: string; cells: TCell[] }> {
  const p = style.paren;
  const v = style.variantLabels;
  const sub = (n: number, label: string): TCell => ({ text: `${style.sub(n)}${label}` });
  const denied = ['属于国家秘密', v ? '其他法律法规禁止公开' : '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', v ? '属于第三类内部事务信息' : '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'];
  const deniedKeys = ['state_secret', 'prohibited', 'security_stability', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'admin_query'];
  const unavailable = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'];
  const unavailableKeys = ['not_held', 'needs_creation', 'unclear'];
  const rejected = [v ? '信访举报类申请' : '信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'];
  const rejectedKeys = ['petition', 'duplicate', 'publication', 'mass_repeat', 'confirm_existing'];
  const others = ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'];
  const rows: Array<{ key: string; cells: TCell[] }> = [];
  const group = (label: string, labels: string[], keys: string[], prefix: string): void =>
    labels.forEach((l, i) => rows.push({ key: `${prefix}${keys[i]}`, cells: [...(i === 0 ? [{ text: label, rowspan: labels.length }] : []), sub(i + 1, l)] }));
  rows.push({ key: 'granted', cells: [{ text: `${p('一')}予以公开`, colspan: 2 }] });
  rows.push({ key: 'partially_granted', cells: [{ text: `${p('二')}部分公开${p(`区分处理的${style.comma}只计这一情形${style.comma}不计其他情形`)}`, colspan: 2 }] });
  group(`${p('三')}不予公开`, denied, deniedKeys, 'denied_');
  group(`${p('四')}无法提供`, unavailable, unavailableKeys, 'unavailable_');
  group(`${p('五')}不予处理`, rejected, rejectedKeys, 'rejected_');
  if (template === 2021) group(`${p('六')}其他处理`, others, ['no_correction', 'unpaid_fee', 'other'], 'other_');
  else rows.push({ key: 'other', cells: [{ text: `${p('六')}其他处理`, colspan: 2 }] });
  rows.push({ key: 'total_processed', cells: [{ text: `${p('七')}总计`, colspan: 2 }] });
  return rows;
}

function t3(report: GeneratedReport, style: Style): Table {
  const sp = (s: string): string => spaceOut(style, s);
  const keysOf = (row: string): string[] => T3_COLUMNS.map((c) => `t3.${row}.${c}`);
  const rows: TRow[] = [
    {
      kind: 'header',
      cells: [
        { text: `${style.paren(`本列数据的勾稽关系为${style.colon}第一项加第二项之和${style.comma}等于第三项加第四项之和`)}`, rowspan: 3, colspan: 3 },
        { text: '申请人情况', colspan: 6 },
        { text: sp('总计'), rowspan: 3 },
      ],
    },
    { kind: 'header', cells: [{ text: sp('自然人'), rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }] },
    { kind: 'header', cells: ['商业企业', '科研机构', style.socialOrg, '法律服务机构', '其他'].map((t) => ({ text: sp(t) })) },
    { kind: 'data', cells: [{ text: '一、本年新收政府信息公开申请数量', colspan: 3 }, ...valueCells(report, keysOf('new_received'), style)] },
    { kind: 'data', cells: [{ text: '二、上年结转政府信息公开申请数量', colspan: 3 }, ...valueCells(report, keysOf('carried_over'), style)] },
  ];
  const results = t3Labels(report.meta.template, style);
  results.forEach((r, i) => {
    const lead: TCell[] = i === 0 ? [{ text: style.resultGroup, rowspan: results.length }] : [];
    rows.push({ kind: 'data', cells: [...lead, ...r.cells, ...valueCells(report, keysOf(r.key), style)] });
  });
  rows.push({ kind: 'data', cells: [{ text: '四、结转下年度继续办理', colspan: 3 }, ...valueCells(report, keysOf('carried_forward'), style)] });
  return { id: 't3', width: 10, rows };
}

// ---------------------------------------------------------------- 表四

function t4(report: GeneratedReport, style: Style): Table {
  const sp = (s: string): string => spaceOut(style, s);
  const five = (): TCell[] => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => ({ text: sp(t) }));
  const keys = T4_ROWS.flatMap((row) => T4_COLUMNS.map((c) => `t4.${row}.${c}`));
  return {
    id: 't4',
    width: 15,
    rows: [
      { kind: 'header', cells: [{ text: sp('行政复议'), colspan: 5 }, { text: sp('行政诉讼'), colspan: 10 }] },
      { kind: 'header', cells: [...five().map((c) => ({ ...c, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }] },
      { kind: 'header', cells: [...five(), ...five()] },
      { kind: 'data', cells: valueCells(report, keys, style) },
    ],
  };
}

export function buildTables(report: GeneratedReport, style: Style): Record<'t2' | 't3' | 't4', Table> {
  return { t2: t2(report, style), t3: t3(report, style), t4: t4(report, style) };
}

/** Rows of exactly `width` strings; a spanned cell's text in its top-left slot. */
export function flatten(table: Table): string[][] {
  const grid: Array<Array<string | undefined>> = table.rows.map(() => Array<string | undefined>(table.width).fill(undefined));
  table.rows.forEach((row, ri) => {
    let col = 0;
    for (const cell of row.cells) {
      while (grid[ri]![col] !== undefined) col++;
      const rs = cell.rowspan ?? 1;
      const cs = cell.colspan ?? 1;
      for (let r = 0; r < rs; r++) for (let c = 0; c < cs; c++) if (grid[ri + r]) grid[ri + r]![col + c] = r === 0 && c === 0 ? cell.text : '';
      col += cs;
    }
  });
  return grid.map((row) => row.map((c) => c ?? ''));
}
