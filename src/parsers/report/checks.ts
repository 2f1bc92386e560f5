/** The report's own sums (勾稽关系 of SCHEMA.md), each rule reported once with the numbers that fail it. */
import { T3_COLUMNS, T3_COLUMN_LABELS, T3_OTHER_PARTS, T3_OUTCOME_ROWS, T3_ROWS, T4_COLUMNS, T4_ROWS, T4_ROW_LABELS, type Template } from '../../core/keys.ts';
import type { Check, Fact } from '../../core/report.ts';

type Values = Map<string, number | null>;

function rule(name: string, instances: Array<{ where: string; left: number[]; right: number[] }>, ok: string): Check | null {
  if (instances.length === 0) return null;
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  const bad = instances.filter((i) => Math.abs(sum(i.left) - sum(i.right)) > 1e-6);
  return {
    rule: name,
    ok: bad.length === 0,
    detail: bad.length
      ? bad.map((i) => `${i.where}: ${i.left.join('+')}=${sum(i.left)} ≠ ${i.right.join('+')}=${sum(i.right)}`).join('; ')
      : `${instances.length} ${ok}`,
  };
}

/** values of every key, or null when one is missing or open */
function all(v: Values, keys: string[]): number[] | null {
  const out: number[] = [];
  for (const k of keys) {
    const x = v.get(k);
    if (x === undefined || x === null) return null;
    out.push(x);
  }
  return out;
}

interface Keys {
  rowTotals: Array<{ where: string; parts: string[]; total: string[] }>;
  columns: Array<{ where: string; balanceL: string[]; balanceR: string[]; outcomes: string[]; processed: string[]; otherParts: string[]; other: string }>;
  t4: Array<{ where: string; parts: string[]; total: string[] }>;
}

const KEYS = new Map<Template | null, Keys>();

/** The key strings every rule reads, built once per template. */
function keysFor(template: Template | null): Keys {
  const have = KEYS.get(template);
  if (have) return have;
  const rows = T3_ROWS.filter((r) => !('template' in r) || r.template === template).map((r) => r.key as string);
  const keys: Keys = {
    rowTotals: rows.map((row) => ({ where: row, parts: T3_COLUMNS.slice(0, 6).map((c) => `t3.${row}.${c}`), total: [`t3.${row}.total`] })),
    columns: T3_COLUMNS.map((col) => {
      const k = (row: string) => `t3.${row}.${col}`;
      return {
        where: T3_COLUMN_LABELS[col],
        balanceL: [k('new_received'), k('carried_over')],
        balanceR: [k('total_processed'), k('carried_forward')],
        outcomes: T3_OUTCOME_ROWS.map(k),
        processed: [k('total_processed')],
        otherParts: T3_OTHER_PARTS.map(k),
        other: k('other'),
      };
    }),
    t4: T4_ROWS.map((row) => ({ where: T4_ROW_LABELS[row], parts: T4_COLUMNS.slice(0, 4).map((c) => `t4.${row}.${c}`), total: [`t4.${row}.total`] })),
  };
  KEYS.set(template, keys);
  return keys;
}

export function runChecks(facts: Fact[], template: Template | null): Check[] {
  const v: Values = new Map();
  const derived = new Set<string>();
  for (const f of facts) {
    if (f.method !== 'table') continue;
    v.set(f.key, f.value);
    if (f.derivedFrom) derived.add(f.key);
  }
  const keys = keysFor(template);
  const checks: Array<Check | null> = [];

  const rowTotals = [];
  for (const r of keys.rowTotals) {
    const parts = all(v, r.parts);
    const total = parts && all(v, r.total);
    if (parts && total) rowTotals.push({ where: r.where, left: parts, right: total });
  }
  checks.push(rule('表三 每行: 六类申请人之和 = 总计', rowTotals, 'rows hold'));

  const balance = [];
  const outcomes = [];
  const others = [];
  for (const c of keys.columns) {
    const l = all(v, c.balanceL);
    const r = l && all(v, c.balanceR);
    if (l && r) balance.push({ where: c.where, left: l, right: r });
    const o = all(v, c.outcomes);
    const t = o && all(v, c.processed);
    if (o && t) outcomes.push({ where: c.where, left: o, right: t });
    if (template === 2021 && v.has(c.other) && !derived.has(c.other)) {
      const p = all(v, c.otherParts);
      const s = p && all(v, [c.other]);
      if (p && s) others.push({ where: c.where, left: p, right: s });
    }
  }
  checks.push(rule('表三 每列: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度', balance, 'columns hold'));
  checks.push(rule('表三 每列: 各项办理结果之和 = (七)总计', outcomes, 'columns hold'));
  checks.push(rule('表三 每列: (六)其他处理 = 三个子项之和', others, 'columns hold'));

  const t4 = [];
  for (const r of keys.t4) {
    const parts = all(v, r.parts);
    const total = parts && all(v, r.total);
    if (parts && total) t4.push({ where: r.where, left: parts, right: total });
  }
  checks.push(rule('表四 每行: 维持 + 纠正 + 其他 + 尚未审结 = 总计', t4, 'rows hold'));
  return checks.filter((c): c is Check => c !== null);
}

/** A sentence and a cell stating the same number differently. */
export function textAgainstTable(prose: Fact[], table: Fact[]): Check[] {
  const checks: Check[] = [];
  for (const p of prose) {
    const t = table.find((f) => f.key === p.key && f.value !== null);
    if (!t) continue;
    checks.push({
      rule: `正文与表格一致: ${p.key}`,
      ok: t.value === p.value,
      detail: `正文 "${p.raw}" (line ${p.line}) says ${p.value}; table (line ${t.line}) says ${t.value}`,
    });
  }
  return checks;
}
