/** 表三: rows found by the meaning of their labels, values taken in reading order. */
import {
  T3_COLUMNS,
  T3_COLUMN_LABELS,
  T3_OTHER_PARTS,
  T3_OUTCOME_ROWS,
  T3_ROWS,
  TABLE_TITLES,
  type Template,
} from '../../core/keys.ts';
import { onlyNear } from '../../core/edit-distance.ts';
import type { Fact } from '../../core/report.ts';
import type { RowInput } from './readings.ts';
import { compileTable, solveTable, type Equation, type TableSpec } from './solve.ts';
import { ownCopy, stripNumbering, type LabelToken, type Token, type ValueToken } from './tokens.ts';
import { JOIN_BUDGET, unwrapLabel } from './wrapped.ts';

const HEADER = /^(申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会(公益)?组织|法律服务机构|商业|企业|科研|机构|社会|公益组织|法律|服务机构|其他|总计|\(本列数据.*|本列数据.*)$/;
const WEAK_HEADER = /^(其他|总计)$/;
const GROUP_NUMBER = /^\s*[(（][一二三四五六七八九十]+[)）]/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

interface Row {
  key: string;
  label: LabelToken;
  tokens: RowInput['tokens'];
}

/** Label runs (labels with no value between them) holding two or more column headers are header rows. */
function headerLabels(tokens: Token[]): Set<LabelToken> {
  const headers = new Set<LabelToken>();
  let run: LabelToken[] = [];
  const close = () => {
    const strong = run.filter((t) => HEADER.test(t.key) && !WEAK_HEADER.test(t.key) && !NUMBERED.test(t.text));
    const all = run.filter((t) => HEADER.test(t.key) && !NUMBERED.test(t.text));
    if (strong.length >= 1 && all.length >= 2) for (const t of all) headers.add(t);
    run = [];
  };
  for (const t of tokens) {
    if (t.kind === 'label') run.push(t);
    else close();
  }
  close();
  return headers;
}

/** Which row patterns a label's key matches, in T3_ROWS order: labels repeat, so each is tested once. */
const CANDIDATES = new Map<string, readonly number[]>();

/** any row's pattern: most labels tried (headers, prose, pieces of wrapped labels) match none */
const ANY_ROW = new RegExp(T3_ROWS.map((d) => `(?:${d.match.source})`).join('|'));
const NONE: readonly number[] = [];

/** each row's own name, as printed in the template without its numbering or note */
const OWN_NAMES = T3_ROWS.map((d) => stripNumbering(d.label).replace(/["“”]/g, ''));

/**
 * The row whose name a label is with a character OCR dropped or misread (予以公幵,
 * 本年新政府信息公开申请数量); names read under four characters are too short to tell.
 */
function misread(key: string): readonly number[] {
  const name = key.replace(/\(.*$/, '');
  const i = name.length < 4 || name.length > 40 ? -1 : onlyNear(name, OWN_NAMES);
  return i < 0 ? NONE : [i];
}

function candidates(key: string): readonly number[] {
  let found = CANDIDATES.get(key);
  if (found === undefined) {
    const list: number[] = [];
    if (ANY_ROW.test(key)) T3_ROWS.forEach((def, i) => def.match.test(key) && list.push(i));
    else list.push(...misread(key));
    if (CANDIDATES.size >= 20_000) CANDIDATES.clear();
    CANDIDATES.set(ownCopy(key), list);
    found = list;
  }
  return found;
}

function matchRow(t: LabelToken, next: Token | undefined, last: string | undefined, started: boolean, template: Template): string | undefined {
  if (t.key.length > 60) return undefined;
  for (const i of candidates(t.key)) {
    const def = T3_ROWS[i]!;
    if ('template' in def && def.template !== template) continue;
    // "3.其他" is a sub-row; "(六)其他" is the group heading cut from its "处理"
    if (def.key === 'other_other' && ((last !== 'other_no_correction' && last !== 'other_unpaid_fee') || GROUP_NUMBER.test(t.text))) continue;
    if (def.key === 'other' && template === 2021 && next?.kind === 'label') continue;
    if (def.key === 'total_processed' && !started) continue;
    return def.key;
  }
  return undefined;
}

interface Spec {
  keys: string[];
  spec: TableSpec;
  /** t3.row.column for each cell of the spec */
  factKeys: string[];
}

const SPECS = new Map<Template, Spec>();

/** 表三's rows and sums for a template, compiled on first use. */
function specFor(template: Template): Spec {
  const have = SPECS.get(template);
  if (have) return have;
  const keys = T3_ROWS.filter((d) => !('template' in d) || d.template === template).map((d) => d.key as string);
  // (六)其他处理 of template 2021 is defined as the sum of its parts: that equation comes first,
  // so a derived 其他处理 never absorbs a disagreement elsewhere in the table.
  const eqs: Equation[] = [];
  const c = (row: string, col: number) => `${row}:${col}`;
  if (template === 2021) for (let col = 0; col < 7; col++) eqs.push({ left: T3_OTHER_PARTS.map((r) => c(r, col)), right: [c('other', col)] });
  for (const row of keys) eqs.push({ left: [0, 1, 2, 3, 4, 5].map((col) => c(row, col)), right: [c(row, 6)] });
  for (let col = 0; col < 7; col++) {
    eqs.push({ left: [c('new_received', col), c('carried_over', col)], right: [c('total_processed', col), c('carried_forward', col)] });
    eqs.push({ left: T3_OUTCOME_ROWS.map((r) => c(r, col)), right: [c('total_processed', col)] });
  }
  const compiled = { keys, spec: compileTable(keys, 7, eqs), factKeys: keys.flatMap((row) => T3_COLUMNS.map((col) => `t3.${row}.${col}`)) };
  SPECS.set(template, compiled);
  return compiled;
}

export function readTable3(tokens: Token[], template: Template): { facts: Fact[]; warnings: string[]; found: boolean } {
  const headers = headerLabels(tokens);
  const rows = new Map<string, Row>();
  let current: Row | undefined;
  let last: string | undefined;
  // labels since the last value or row that named nothing: the first pieces of a wrapped label
  let before: number[] = [];
  const taken = new Set<number>();
  const budget = { left: JOIN_BUDGET };
  const loose = (k: number): boolean => {
    const x = tokens[k]!;
    return x.kind === 'label' && !headers.has(x) && !taken.has(k) && !NUMBERED.test(x.text) && !matchRow(x, tokens[k + 1], last, last !== undefined, template);
  };
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t.kind === 'value') {
      current?.tokens.push(t);
      before = [];
      continue;
    }
    if (headers.has(t) || taken.has(i)) continue;
    let key = matchRow(t, tokens[i + 1], last, last !== undefined, template);
    // A label wrapped over two lines or cells ("1．本机关不" + "掌握相关政府信息", "（六）其他" + "处理").
    // Unlike a narrow PDF cell's fragments (unwrapLabel below), a line-wrapped label's rest can
    // be long: "（二）部分" + "公开（区分处理的，只计这一情形，不计其他情形）".
    let joined: LabelToken = t;
    for (let j = i + 1; !key && j <= i + 2; j++) {
      const next = tokens[j];
      if (next?.kind !== 'label' || headers.has(next) || matchRow(next, tokens[j + 1], last, last !== undefined, template)) break;
      joined = { ...next, text: `${joined.text}${next.text}`, key: joined.key + next.key, line: t.line };
      const k = matchRow(joined, tokens[j + 1], last, last !== undefined, template);
      if (k || /^其他处理/.test(joined.key)) {
        key = k;
        t = joined;
        i = j;
      }
    }
    if (!key) {
      const w = unwrapLabel(tokens, i, before, loose, (x) => {
        const k = matchRow(x, undefined, last, last !== undefined, template);
        return k && !rows.has(k) ? k : undefined;
      }, budget);
      const rest = w ? undefined : restAfterValues(tokens, i, headers, (x, next) => matchRow(x, next, last, last !== undefined, template));
      if (w) {
        key = w.key;
        t = w.label;
        for (const k of w.taken) taken.add(k);
      } else if (rest && !rows.has(rest.key)) {
        key = rest.key;
        t = rest.label;
        taken.add(rest.at);
      } else before.push(i);
    }
    if (key) before = [];
    if (key && !rows.has(key)) {
      current = { key, label: t, tokens: [] };
      rows.set(key, current);
      last = key;
      // "(六)其他处理1.申请人…" in one cell: the group heading and its first sub-row.
      if (template === 2021 && key === 'other_no_correction' && /其他处理/.test(t.text.replace(/\s/g, '')) && !rows.has('other')) {
        const { glued: _digits, ...heading } = t;
        rows.set('other', { key: 'other', label: heading, tokens: [] });
      }
    } else if (key === 'other' || (template === 2021 && /^其他处理/.test(t.key))) {
      // (六) 其他处理 heading its three sub-rows: the row exists, its numbers are their sums.
      if (!rows.has('other')) rows.set('other', { key: 'other', label: t, tokens: [] });
      current = undefined;
    } else if (current && current.tokens.length > 0) {
      current = undefined;
    }
  }
  if (rows.size < 2) return { facts: [], warnings: [], found: false };
  // In the 2021 template (六)其他处理 is the group of its three sub-rows, whether or not its
  // heading survived (a page break or wrap can cut "其他" from "处理"): its numbers are their sums.
  const firstPart = T3_OTHER_PARTS.map((p) => rows.get(p)).find((r) => r !== undefined);
  if (template === 2021 && firstPart && !rows.has('other')) {
    rows.set('other', { key: 'other', label: { kind: 'label', text: '(六)其他处理', key: '其他处理', line: firstPart.label.line, row: firstPart.label.row }, tokens: [] });
  }

  const { keys, spec, factKeys } = specFor(template);
  if (totalsOnly(rows, template)) for (const r of rows.values()) if (r.tokens[0]) r.tokens = [...blanks(r.tokens[0]), r.tokens[0]];
  const inputs: RowInput[] = [...rows.values()].map((r) => ({
    row: r.key,
    width: 7,
    tokens: r.tokens,
    labelLine: r.label.line,
    ...(r.label.glued && r.tokens.length === 0 ? { glued: { digits: r.label.glued, line: r.label.line } } : {}),
  }));
  const describe = (row: string) => `表三 ${rows.get(row)?.label.text ?? row}`;
  const solved = solveTable(spec, inputs, describe);

  const facts: Fact[] = [];
  for (const key of keys) {
    const row = rows.get(key);
    if (!row) continue;
    const r = spec.index.get(key)!;
    T3_COLUMNS.forEach((col, i) => {
      const s = solved.cells.get(spec.names[r * 7 + i]!);
      if (!s) return;
      facts.push({
        key: factKeys[r * 7 + i]!,
        value: s.value,
        unit: null,
        method: 'table',
        raw: s.raw,
        table: TABLE_TITLES.t3,
        rowLabel: row.label.text,
        colLabel: T3_COLUMN_LABELS[col],
        line: s.line,
        ...(s.derivedFrom ? { derivedFrom: s.derivedFrom.map(toKey) } : {}),
      });
    });
  }
  return { facts, warnings: solved.warnings, found: true };
}

/**
 * A table that prints only its 总计 column, the other cells left empty: in text those cells
 * leave nothing behind, so every row holds one number. Read so only when the totals add up
 * as the table's sums say (新收 + 结转 = 办理结果总计 + 结转下年度, or the outcomes to their
 * total); one stray number per row from a table beyond repair rarely does.
 */
function totalsOnly(rows: Map<string, Row>, template: Template): boolean {
  let numbered = 0;
  for (const r of rows.values()) {
    if (r.tokens.length > 1 || r.tokens.some((t) => t.raw === '' || t.value === null)) return false;
    if (r.tokens.length === 1) numbered++;
  }
  if (numbered < 4) return false;
  const v = (key: string): number | undefined => rows.get(key)?.tokens[0]?.value ?? undefined;
  const flow = [v('new_received'), v('carried_over'), v('total_processed'), v('carried_forward')];
  if (flow.every((x) => x !== undefined)) return flow[0]! + flow[1]! === flow[2]! + flow[3]!;
  const outcomes = T3_OUTCOME_ROWS.flatMap((k) => (k === 'other' && template === 2021 ? T3_OTHER_PARTS : [k])).map(v);
  return flow[2] !== undefined && outcomes.every((x) => x !== undefined) && outcomes.reduce((a, b) => a! + b!, 0) === flow[2];
}

/** the six applicant columns a totals-only row left empty */
const blanks = (t: ValueToken): ValueToken[] => Array.from({ length: 6 }, () => ({ ...t, value: null, raw: '' }));

/**
 * A numbered label cut before the words that name its row, with the rest after its numbers:
 * "1.申请人无正当理由逾" 1 … 1 "期不补正、行政机关不". The rest names the row alone, so the
 * fragment-joining above never takes it; the label is the two together when they name that row.
 */
function restAfterValues(
  tokens: Token[],
  i: number,
  headers: Set<LabelToken>,
  match: (t: LabelToken, next: Token | undefined) => string | undefined,
): { key: string; label: LabelToken; at: number } | undefined {
  const t = tokens[i] as LabelToken;
  if (!NUMBERED.test(t.text)) return undefined;
  let j = i + 1;
  while (tokens[j]?.kind === 'value') j++;
  if (j === i + 1) return undefined;
  // a neighbouring cell's pieces may stand between ("（六）" 1 … 1 "其他处" "期不补正、…")
  for (const end = j + 2; j <= end; j++) {
    const rest = tokens[j];
    if (rest?.kind !== 'label' || NUMBERED.test(rest.text) || headers.has(rest)) return undefined;
    const key = match(rest, tokens[j + 1]);
    if (!key) continue;
    const label: LabelToken = { ...t, text: t.text + rest.text, key: t.key + rest.key };
    return match(label, tokens[j + 1]) === key ? { key, label, at: j } : undefined;
  }
  return undefined;
}

/** "granted:6" → "t3.granted.total" */
export function toKey(id: string): string {
  const [row, col] = id.split(':');
  return `t3.${row}.${T3_COLUMNS[Number(col)]}`;
}
