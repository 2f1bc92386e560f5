import { T3_COLUMNS, T4_COLUMNS, T4_ROWS } from '../../src/core/keys.ts';
import type { Report } from '../../src/core/report.ts';

/** 表三 rows written as arrays of the seven applicant columns, 表四 as its 15 numbers. */
export function t3Facts(rows: Record<string, number[]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [row, vals] of Object.entries(rows)) T3_COLUMNS.forEach((c, i) => (out[`t3.${row}.${c}`] = vals[i]!));
  return out;
}

export function t4Facts(vals: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  T4_ROWS.forEach((r, i) => T4_COLUMNS.forEach((c, j) => (out[`t4.${r}.${c}`] = vals[i * 5 + j]!)));
  out['t4.litigation.total'] = vals[9]! + vals[14]!;
  return out;
}

/** key → the values the report gives for it (several means the parser contradicts itself) */
export function valuesByKey(r: Report): Map<string, Array<number | null>> {
  const got = new Map<string, Array<number | null>>();
  for (const f of r.facts) got.set(f.key, [...(got.get(f.key) ?? []), f.value]);
  return got;
}
