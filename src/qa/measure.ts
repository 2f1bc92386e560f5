/**
 * A measure of query.ts evaluated over the facts of reports: one value per report, the facts it
 * rests on, or "not given" where the report prints no number for it (which is not zero).
 */
import { allKeys } from '../core/keys.ts';
import type { Db, FactRow } from '../index/index.ts';
import { queryFacts } from '../index/index.ts';

const KNOWN_KEYS = [...new Set([...allKeys(2021), ...allKeys(2019)])];

/** The canonical keys a measure reads. */
export function measureKeys(measure: string): string[] {
  if (measure.includes('*')) {
    const re = new RegExp(`^${measure.replace(/\./g, '\\.').replace(/\*/g, '[a-z_]+')}$`);
    return KNOWN_KEYS.filter((k) => re.test(k));
  }
  return measure.split('|');
}

export function isKnownMeasure(measure: string): boolean {
  const keys = measureKeys(measure);
  return keys.length > 0 && keys.every((k) => KNOWN_KEYS.includes(k));
}

export interface Measured {
  reportId: number;
  unitId: number;
  name: string;
  region: string[];
  year: number;
  file: string;
  measure: string;
  /** the key of the item: the fact's own key, or the measure for a sum */
  key: string;
  /** null: the report gives no number for it */
  value: number | null;
  unit: string | null;
  /** the facts the value rests on, first the one to cite */
  facts: FactRow[];
  /** for a sum: its parts that the report gives no number for (not counted, and not zero) */
  open: number;
  failedChecks: number;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Whether a measure is one key: its value is a fact's value, so SQL can test and order it. */
export function isSingleKey(measure: string): boolean {
  return !measure.includes('*') && !measure.includes('|');
}

function measured(first: FactRow, measure: string, key: string, value: number | null, unit: string | null, facts: FactRow[], open = 0): Measured {
  return { reportId: first.reportId, unitId: first.unitId, name: first.name, region: first.region, year: first.year, file: first.file, measure, key, value, unit, facts, open, failedChecks: first.failedChecks };
}

/** A single-key measure (isSingleKey) of the fact's report. */
export function fromFact(f: FactRow, measure: string): Measured {
  return measured(f, measure, f.key, f.value, f.unit, [f]);
}

/** One entry per report that has any fact of the measure, in unit-name and year order. */
export function evaluate(db: Db, measure: string, scope: { years?: number[]; unitIds?: number[]; kinds?: string[] }): Measured[] {
  const keys = measureKeys(measure);
  if (isSingleKey(measure)) return queryFacts(db, { keys, ...scope }).map((f) => fromFact(f, measure));
  const byReport = new Map<number, FactRow[]>();
  for (const f of queryFacts(db, { keys, ...scope })) {
    const list = byReport.get(f.reportId);
    if (list) list.push(f);
    else byReport.set(f.reportId, [f]);
  }
  const out: Measured[] = [];
  for (const facts of byReport.values()) {
    const first = facts[0]!;
    if (measure.includes('*')) {
      const given = facts.filter((f) => f.value !== null);
      const cite = [...given].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
      const value = given.length ? round(given.reduce((s, f) => s + f.value!, 0)) : null;
      const open = given.length ? facts.length - given.length : 0;
      out.push(measured(first, measure, measure, value, first.unit, cite ? [cite, ...given.filter((f) => f !== cite)] : facts, open));
      continue;
    }
    // alternatives: the first key of the measure that the report gives a number for
    const pickFact = keys.map((k) => facts.find((f) => f.key === k && f.value !== null)).find(Boolean) ?? keys.map((k) => facts.find((f) => f.key === k)).find(Boolean)!;
    out.push(measured(first, measure, pickFact.key, pickFact.value, pickFact.unit, [pickFact]));
  }
  return out;
}
