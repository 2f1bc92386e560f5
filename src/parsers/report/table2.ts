/** 表二: row groups of the template, columns recognised from the header line above each group. */
import { onlyNear } from '../../core/edit-distance.ts';
import { T2_ROWS, TABLE_TITLES, type T2RowDef, type Template } from '../../core/keys.ts';
import type { Fact } from '../../core/report.ts';
import { splitDigits } from './readings.ts';
import { fitBlanks, type LabelToken, type Token, type ValueToken } from './tokens.ts';
import { JOIN_BUDGET, unwrapLabel } from './wrapped.ts';

const MONEY = /万元|元/;

function unitOf(col: T2RowDef['columns'][number], value: ValueToken, header: LabelToken | undefined, template: Template): string | null {
  if (!col.amount) return null;
  if (value.unit && MONEY.test(value.unit)) return value.unit;
  // 本年收费金额(单位:万元), 采购总金额(万元)
  const m = header && /(?:单位[:：]?\s*|\()(万元|元|亿元)/.exec(header.key);
  if (m) return m[1]!;
  return template === 2021 ? '万元' : null;
}

const SENTENCE = /[。；;，,]/;
const ARTICLE = /^第[一二三四五六七八九十]+条/;

const ROW_NAMES = { 2019: T2_ROWS[2019].map((d) => d.label), 2021: T2_ROWS[2021].map((d) => d.label) };

/** A row's name with a character dropped or misread, as OCR leaves them (行政许, 行玫处罚); two characters read tell nothing. */
function misread(template: Template, key: string): T2RowDef | undefined {
  const name = key.replace(/\(.*$/, '');
  return name.length < 3 ? undefined : T2_ROWS[template][onlyNear(name, ROW_NAMES[template])];
}

/** brackets a label opens and leaves open */
function unclosed(s: string): number {
  let n = 0;
  for (const c of s) n += c === '(' ? 1 : c === ')' ? -1 : 0;
  return n;
}

export function readTable2(tokens: Token[], template: Template): { facts: Fact[]; warnings: string[] } {
  const defs = T2_ROWS[template];
  const facts: Fact[] = [];
  const warnings: string[] = [];
  let headers: LabelToken[] = [];
  let labelsSinceValue = true;
  const done = new Set<string>();
  const taken = new Set<number>();
  const budget = { left: JOIN_BUDGET };

  // a row's label may carry the template's note: "规范性文件(行政机关制定发布的决定、公告…)"
  const match = (t: LabelToken) => {
    const key = t.key.length <= 30 ? t.key : t.key.replace(/\(.*$/, '');
    return key.length <= 30 ? (defs.find((d) => d.match.test(key)) ?? misread(template, key)) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t.kind === 'value') {
      labelsSinceValue = false;
      continue;
    }
    let def = match(t);
    // A label wrapped over two lines: "行政" + "强制", "行政规范" + "性文件".
    const next = tokens[i + 1];
    if (!def && next?.kind === 'label' && !match(next)) {
      const joined: LabelToken = { ...next, text: t.text + next.text, key: t.key + next.key, line: t.line };
      def = match(joined);
      if (def) {
        t = joined;
        i++;
      }
    }
    // A label wrapped around its numbers: "行政事业性" 12.3456 "收费".
    if (!def && !taken.has(i)) {
      const w = unwrapLabel(tokens, i, [], (k) => tokens[k]!.kind === 'label' && (tokens[k] as LabelToken).key.length <= 8 && !match(tokens[k] as LabelToken), (x) => match(x)?.key, budget);
      if (w) {
        def = defs.find((d) => d.key === w.key);
        t = w.label;
        for (const k of w.taken) taken.add(k);
      }
    }
    if (taken.has(i)) continue;
    if (!def) {
      // each part of the table opens with its article (第二十条第(六)项) and a header of its own
      if (!labelsSinceValue || ARTICLE.test(t.key)) headers = [];
      // a paragraph before the table ("…制定规范性文件0件，废止…") names no column, nor orders them
      if (t.key.length <= 30 && !SENTENCE.test(t.text)) headers.push(t);
      labelsSinceValue = true;
      continue;
    }
    labelsSinceValue = true;
    const printed: ValueToken[] = [];
    let j = i + 1;
    // The rest of a wrapped label ("其他对外管理服务" + "事项", or a long note "(指…和其" + "他类…)")
    // comes before the values.
    let open = unclosed(t.key);
    while (tokens[j]?.kind === 'label' && ((tokens[j] as LabelToken).key.length <= 8 || open > 0) && !match(tokens[j] as LabelToken) && j < i + 3) {
      open += unclosed((tokens[j] as LabelToken).key);
      j++;
    }
    for (; j < tokens.length && tokens[j]!.kind === 'value'; j++) printed.push(tokens[j] as ValueToken);
    if (done.has(def.key)) continue;
    done.add(def.key);

    const header = headerText(headers);
    if (namesOtherColumns(def, header, template)) {
      // a 2021 report that kept the 2019 header (新制作/新公开/对外公开总数量) over a row: which count is which is not known
      warnings.push(`表二 ${t.text}: 表头是另一版模板的列，已略去`);
      continue;
    }
    const cols = orderColumns(def, header);
    const values = fitBlanks(printed, cols.length);
    let picked: Array<[number, ValueToken]> = [];
    const splits = t.glued && values.length === 0 ? splitGlued(t.glued, cols.length) : [];
    if (splits.length === 1) {
      // 表二 has no sums to choose with: only a run that can be cut one way is read ("0013" → 0, 0, 13).
      picked = splits[0]!.map((d, k) => [k, { kind: 'value', value: Number(d), raw: d, unit: null, line: t.line, row: t.row, runTogether: false, integer: !d.includes('.') }]);
    } else if (values.length === cols.length) picked = values.map((v, k) => [k, v]);
    else if (values.length > 0 && values.length < cols.length) {
      // A lone amount printed with its unit can only be the amount column.
      const amount = cols.findIndex((c) => c.amount);
      const money = values.filter((v) => v.unit && MONEY.test(v.unit));
      const change = cols.findIndex((c) => c.key === 'change');
      const signed = values.filter((v) => /^[+\-增减]/.test(v.raw));
      if (values.length === 1 && money.length === 1 && amount >= 0) picked = [[amount, money[0]!]];
      else if (values.length === 2 && signed.length === 1 && change > 0 && change < cols.length - 1) {
        // "19 | +4" with 处理决定数量 left blank: a signed number can only be 本年增/减, the other stands on its side
        const first = values[0] === signed[0];
        picked = [[change, signed[0]!], [first ? change + 1 : change - 1, values[first ? 1 : 0]!]];
      } else warnings.push(`表二 ${t.text}: 应有 ${cols.length} 个数字，只有 ${values.length} 个，已略去`);
    } else if (values.length > cols.length) warnings.push(`表二 ${t.text}: 应有 ${cols.length} 个数字，却有 ${values.length} 个，已略去`);
    else if (t.glued && splits.length !== 1) warnings.push(`表二 ${t.text}: 数字连在一起 (${t.glued})，无法唯一拆分，已略去`);

    for (const [k, v] of picked) {
      const col = cols[k]!;
      if (!col.amount && (!v.integer || v.runTogether)) {
        warnings.push(`表二 ${t.text}: 无法识别的单元格 ${v.raw}，已略去`);
        continue;
      }
      facts.push({
        key: `t2.${def.key}.${col.key}`,
        value: v.value,
        unit: v.value === null ? null : unitOf(col, v, headers.find((h) => col.match.test(h.key)), template),
        method: 'table',
        raw: v.raw,
        table: TABLE_TITLES.t2,
        rowLabel: t.text,
        // a header that names one column only: "信息内容本年制发件数本年废止件数…" glued together names none
        colLabel: headers.find((h) => col.match.test(h.key) && cols.every((c) => c === col || !c.match.test(h.key)))?.text ?? col.label,
        line: v.line,
      });
    }
  }
  return { facts, warnings };
}

/** The ways a glued number can fill `n` cells: a decimal only as one amount, digits as splitDigits cuts them. */
function splitGlued(glued: string, n: number): string[][] {
  if (n === 1) return [[glued]];
  if (glued.includes('.')) return [];
  return splitDigits(glued, n, [], 2).map((parts) => parts.map(String));
}

/**
 * The header line as one text: a column's name is often broken over cells or lines
 * (本年新 | 制作数量, 对外公 | 开总数量), so names are looked for across the pieces.
 */
const headerText = (headers: LabelToken[]): string => headers.map((h) => h.key).join('');

/** The header names columns of the row in the other template and none of this one's. */
function namesOtherColumns(def: T2RowDef, text: string, template: Template): boolean {
  const other = T2_ROWS[template === 2021 ? 2019 : 2021].find((d) => d.key === def.key);
  if (!other) return false;
  const named = (cols: T2RowDef['columns']) => cols.filter((c) => c.match.test(text)).length;
  return named(def.columns) === 0 && named(other.columns.filter((c) => !def.columns.some((d) => d.key === c.key))) > 0;
}

/** The header line names the columns in its own order; without one, the template's order. */
function orderColumns(def: T2RowDef, text: string): T2RowDef['columns'] {
  const at = def.columns.map((c) => text.search(c.match));
  if (at.some((a) => a < 0) || new Set(at).size < at.length) return def.columns;
  return def.columns.map((c, i) => ({ c, at: at[i]! })).sort((a, b) => a.at - b.at).map((x) => x.c);
}
