/**
 * Random but consistent annual reports: every key of the template, every 勾稽关系 of SCHEMA.md
 * holding, deterministic from a seed. The renderers print them; the round trip reads them back.
 */
import { allKeys, T3_COLUMNS, T3_OTHER_PARTS, T3_OUTCOME_ROWS, T3_ROWS, T4_COLUMNS, T4_ROWS, T2_ROWS } from '../../src/core/keys.ts';
import type { Template } from '../../src/core/keys.ts';
import { UNIT_KINDS, pickUnit } from './units.ts';
import type { UnitKind } from './units.ts';

export interface ReportMeta {
  organ: string;
  name: string;
  region: string[];
  year: number;
  /** ISO date as precise as the report gives it, or null when it prints none */
  published: string | null;
  template: Template;
  kind: UnitKind;
}

export interface GeneratedReport {
  seed: number;
  meta: ReportMeta;
  facts: Record<string, number>;
}

export interface GenerateOptions {
  year?: number;
  kind?: UnitKind;
  /** share of zero cells among the outcome rows of 表三 (default: drawn per report) */
  zeroShare?: number;
}

// ---------------------------------------------------------------- PRNG

export interface Rng {
  /** [0, 1) */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function rng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    chance: (p: number) => next() < p,
  };
}

/** A second, independent stream from the same seed (e.g. for a renderer's choices). */
export function deriveSeed(seed: number, salt: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619) >>> 0;
  return h;
}

// ---------------------------------------------------------------- numbers

/** Mostly small counts, a few large ones, as real reports have. */
function count(r: Rng, zeroShare: number, max = 40, bigShare = 0.04): number {
  if (r.chance(zeroShare)) return 0;
  if (r.chance(bigShare)) return r.int(max, max * 25);
  return r.int(1, max);
}

function decimal(r: Rng, max: number, places: number): number {
  const p = r.int(0, places);
  const v = r.next() * max;
  return Number(v.toFixed(p)) || Number((1 + r.next()).toFixed(p));
}

function table2(r: Rng, template: Template, z: number): Record<string, number> {
  const f: Record<string, number> = {};
  for (const row of T2_ROWS[template]) {
    for (const col of row.columns) {
      const key = `t2.${row.key}.${col.key}`;
      if (col.key === 'amount') f[key] = r.chance(z) ? 0 : decimal(r, row.key === 'fees' ? 500 : 5000, row.key === 'fees' ? 4 : 2);
      else if (col.key === 'change') f[key] = r.chance(0.5) ? 0 : r.int(-15, 30);
      else f[key] = count(r, z, row.key === 'penalty' || row.key === 'licensing' ? 300 : 20);
    }
  }
  // 现行有效 can not be below what was made this year
  for (const row of ['regulations', 'normative_documents']) {
    const made = f[`t2.${row}.made`];
    const inForce = f[`t2.${row}.in_force`];
    if (made !== undefined && inForce !== undefined && inForce < made) f[`t2.${row}.in_force`] = made + inForce;
  }
  if (!Object.values(f).some((v) => v !== 0)) f[`t2.penalty.decisions`] = r.int(1, 60);
  return f;
}

const APPLICANTS = T3_COLUMNS.filter((c) => c !== 'total');

function table3(r: Rng, template: Template, z: number): Record<string, number> {
  const f: Record<string, number> = {};
  const leafs = template === 2021 ? [...T3_OUTCOME_ROWS.filter((k) => k !== 'other'), ...T3_OTHER_PARTS] : T3_OUTCOME_ROWS;
  // applicants other than natural persons are rare; a column may well be all zero
  const colZero = APPLICANTS.map((c, i) => (i === 0 ? z : Math.min(0.97, z + 0.2 + (r.chance(0.4) ? 0.5 : 0))));
  APPLICANTS.forEach((col, ci) => {
    let processed = 0;
    for (const row of leafs) {
      const big = row === 'granted' || row === 'partially_granted' || row === 'unavailable_not_held';
      const v = count(r, big ? colZero[ci]! * 0.8 : Math.min(0.98, colZero[ci]! + 0.25), big ? 30 : 6);
      f[`t3.${row}.${col}`] = v;
      processed += v;
    }
    if (template === 2021) f[`t3.other.${col}`] = T3_OTHER_PARTS.reduce((s, k) => s + f[`t3.${k}.${col}`]!, 0);
    const forward = r.chance(0.6) ? 0 : r.int(0, 5);
    const pool = processed + forward;
    const over = r.chance(0.6) ? 0 : r.int(0, Math.min(pool, 6));
    f[`t3.total_processed.${col}`] = processed;
    f[`t3.carried_forward.${col}`] = forward;
    f[`t3.carried_over.${col}`] = over;
    f[`t3.new_received.${col}`] = pool - over;
  });
  if (Object.values(f).every((x) => x === 0)) {
    // every table has a number: one application, granted
    for (const row of ['granted', 'total_processed', 'new_received']) f[`t3.${row}.natural_person`] = 1;
  }
  for (const row of T3_ROWS) {
    if ('template' in row && row.template !== template) continue;
    f[`t3.${row.key}.total`] = APPLICANTS.reduce((s, c) => s + f[`t3.${row.key}.${c}`]!, 0);
  }
  return f;
}

function table4(r: Rng, z: number): Record<string, number> {
  const f: Record<string, number> = {};
  for (const row of T4_ROWS) {
    let total = 0;
    for (const col of T4_COLUMNS) {
      if (col === 'total') continue;
      const v = count(r, Math.max(z, 0.6), 3, 0);
      f[`t4.${row}.${col}`] = v;
      total += v;
    }
    f[`t4.${row}.total`] = total;
  }
  if (T4_ROWS.every((row) => f[`t4.${row}.total`] === 0)) {
    f['t4.review.upheld'] = r.int(1, 3);
    f['t4.review.total'] = f['t4.review.upheld'];
  }
  f['t4.litigation.total'] = f['t4.litigation_direct.total']! + f['t4.litigation_after_review.total']!;
  return f;
}

export function generateReport(seed: number, opts: GenerateOptions = {}): GeneratedReport {
  const r = rng(seed);
  const year = opts.year ?? r.int(2019, 2024);
  const template: Template = year >= 2021 ? 2021 : 2019;
  const unit = pickUnit(r, opts.kind ?? r.pick(UNIT_KINDS));
  const month = r.int(1, 3);
  const day = r.int(1, 28);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const published = r.chance(0.15) ? null : r.chance(0.2) ? `${year + 1}-${pad(month)}` : `${year + 1}-${pad(month)}-${pad(day)}`;
  const z = opts.zeroShare ?? r.pick([0.3, 0.5, 0.7, 0.85]);
  const facts = { ...table2(r, template, z), ...table3(r, template, z), ...table4(r, z) };
  const ordered: Record<string, number> = {};
  for (const key of allKeys(template)) ordered[key] = facts[key]!;
  return { seed, meta: { ...unit, year, published, template }, facts: ordered };
}

// ---------------------------------------------------------------- checks

/** Every 勾稽关系 of SCHEMA.md that fails, as readable lines; [] when all hold. */
export function failedChecks(facts: Record<string, number>, template: Template): string[] {
  const bad: string[] = [];
  const v = (k: string): number => facts[k] ?? NaN;
  for (const col of T3_COLUMNS) {
    const inflow = v(`t3.new_received.${col}`) + v(`t3.carried_over.${col}`);
    const outflow = v(`t3.total_processed.${col}`) + v(`t3.carried_forward.${col}`);
    if (inflow !== outflow) bad.push(`t3 ${col}: received+carried_over ${inflow} ≠ processed+forward ${outflow}`);
    const outcomes = T3_OUTCOME_ROWS.reduce((s, row) => s + v(`t3.${row}.${col}`), 0);
    if (outcomes !== v(`t3.total_processed.${col}`)) bad.push(`t3 ${col}: outcomes ${outcomes} ≠ total_processed`);
    if (template === 2021) {
      const parts = T3_OTHER_PARTS.reduce((s, row) => s + v(`t3.${row}.${col}`), 0);
      if (parts !== v(`t3.other.${col}`)) bad.push(`t3 ${col}: other parts ${parts} ≠ other`);
    }
  }
  for (const row of T3_ROWS) {
    if ('template' in row && row.template !== template) continue;
    const sum = APPLICANTS.reduce((s, c) => s + v(`t3.${row.key}.${c}`), 0);
    if (sum !== v(`t3.${row.key}.total`)) bad.push(`t3 ${row.key}: applicants ${sum} ≠ total`);
  }
  for (const row of T4_ROWS) {
    const sum = v(`t4.${row}.upheld`) + v(`t4.${row}.corrected`) + v(`t4.${row}.other`) + v(`t4.${row}.pending`);
    if (sum !== v(`t4.${row}.total`)) bad.push(`t4 ${row}: parts ${sum} ≠ total`);
  }
  if (v('t4.litigation.total') !== v('t4.litigation_direct.total') + v('t4.litigation_after_review.total')) bad.push('t4 litigation.total ≠ direct + after_review');
  return bad;
}
