/**
 * Fact lookups that narrow in SQL what the answerer would otherwise filter, sort and cut after
 * converting every row: a value condition, the top or bottom N by value, the unit-years that
 * give a number at all. A question over every unit then reads and converts only the rows it
 * shows. Each is one statement over the lookup table and the canonical tail, as queryFacts is
 * (facts.ts), so a read during an ingest sees every committed report once; rows come in
 * queryFacts order.
 */
import type { Db } from './db.ts';
import { FACT_VALUE, cachedStatement, factsArgs, type FactsShape, factsSql, keyIdsOf, readFacts, toFactRows, type FactRow } from './facts.ts';

export interface ValueTest {
  op: '>' | '>=' | '=' | '<';
  value: number;
  /** an upper bound as well */
  max?: { value: number; inclusive: boolean };
}

export interface FactScope {
  keys: string[];
  years?: number[];
  unitIds?: number[];
  /** unit levels (UnitKind) */
  kinds?: string[];
}

type Prepared = { keyIds: number[]; years: number; units: number; kinds: number };

/** The keys' ids and the statement shape, or null when nothing can match. */
function prepare(db: Db, q: FactScope): Prepared | null {
  if (q.keys.length === 0 || q.years?.length === 0 || q.unitIds?.length === 0 || q.kinds?.length === 0) return null;
  const keyIds = keyIdsOf(db, q.keys);
  return keyIds.length ? { keyIds, years: q.years?.length ?? 0, units: q.unitIds?.length ?? 0, kinds: q.kinds?.length ?? 0 } : null;
}

/** factsSql's shape for a prepared lookup */
const shapeOf = (p: Prepared): FactsShape => ({ keys: p.keyIds.length, years: p.years, units: p.units, kinds: p.kinds });

/** A value test as SQL on a value column; none: the fact gives a number. */
const test = (t: ValueTest | undefined) => (value: string): string =>
  t ? `${value} ${t.op} ?${t.max ? ` AND ${value} ${t.max.inclusive ? '<=' : '<'} ?` : ''}` : `${value} IS NOT NULL`;
/** the arguments of a test's marks, in its order */
const testArgs = (t: ValueTest | undefined): number[] => (t ? [t.value, ...(t.max ? [t.max.value] : [])] : []);

/** Facts whose value meets the test (a fact with no number never does). */
export function queryFactsWhere(db: Db, q: FactScope & { value: ValueTest }): FactRow[] {
  const p = prepare(db, q);
  if (!p) return [];
  const sql = factsSql({ ...shapeOf(p), value: test(q.value) });
  return toFactRows(db, readFacts(db, sql, factsArgs(p.keyIds, q, testArgs(q.value))), p.keyIds);
}

/**
 * The first `limit` facts by value, highest (`desc`) or lowest (`asc`) first — with `thenYear`,
 * equal values by year, earliest first — and every fact that ties the last of them on that
 * order, so the caller's own order decides among equals. Only facts that give a number, and
 * that meet `value` if given; fewer than `limit` of them: all.
 */
export function topFacts(db: Db, q: FactScope & { order: 'desc' | 'asc'; limit: number; thenYear?: boolean; value?: ValueTest }): FactRow[] {
  const p = prepare(db, q);
  if (!p || q.limit < 1) return [];
  const shape = shapeOf(p);
  const cond = test(q.value);
  const ranked = factsSql({ ...shape, value: cond }, ['l.value AS v, l.year AS y', `${FACT_VALUE}, r.year`]);
  const [dir, beyond] = q.order === 'desc' ? ['DESC', '>'] : ['ASC', '<'];
  const within = (value: string, year: string): string =>
    `${cond(value)} AND (NOT EXISTS (SELECT 1 FROM t) OR ${value} ${beyond} (SELECT v FROM t) OR ${value} = (SELECT v FROM t)${q.thenYear ? ` AND ${year} <= (SELECT y FROM t)` : ''})`;
  const sql = `WITH t(v, y) AS MATERIALIZED (SELECT v, y FROM (${ranked}) ORDER BY v ${dir}, y LIMIT 1 OFFSET ?)
    ${factsSql({ ...shape, value: within })}`;
  const condArgs = testArgs(q.value);
  const args = [...factsArgs(p.keyIds, q, condArgs), q.limit - 1, ...factsArgs(p.keyIds, q, condArgs)];
  return toFactRows(db, readFacts(db, sql, args), p.keyIds);
}

/**
 * For one key, in one pass: how many unit-years give a number, and the highest (`desc`) or
 * lowest of those numbers — what "the most" needs before it reads the facts at that value.
 */
export function extremeGiven(db: Db, q: FactScope & { order: 'desc' | 'asc' }): { count: number; value: number | null } {
  const p = prepare(db, q);
  if (!p || p.keyIds.length !== 1) return { count: 0, value: null };
  const values = factsSql({ ...shapeOf(p), value: test(undefined) }, ['l.value AS v', FACT_VALUE]);
  const sql = `SELECT count(*), ${q.order === 'desc' ? 'max' : 'min'}(v) FROM (${values})`;
  const [count, value] = cachedStatement(db, sql).get(...factsArgs(p.keyIds, q)) as [number, number | null];
  return { count, value };
}

/** A unit-year as one number, as givenUnitYears returns them (years are below 10,000). */
export const unitYearKey = (unitId: number, year: number): number => unitId * 10_000 + year;

/** The unit-years (as unitYearKey, column k) of the facts that give a number, not null, for any of the keys. */
const givenSql = (p: Prepared): string =>
  factsSql({ ...shapeOf(p), value: test(undefined) }, ['l.unit_id * 10000 + l.year AS k', 'r.unit_id * 10000 + r.year']);

/** The unit-years (as unitYearKey) whose current report gives a number, not null, for any of the keys. */
export function givenUnitYears(db: Db, q: FactScope): Set<number> {
  const p = prepare(db, q);
  if (!p) return new Set();
  return new Set(cachedStatement(db, givenSql(p)).pluck().all(...factsArgs(p.keyIds, q)) as number[]);
}

/**
 * How many unit-years' current reports give a number, not null, for any of the keys: a count in
 * SQL, so that a caller whose every report gives one need not read the unit-years themselves.
 */
export function countGivenUnitYears(db: Db, q: FactScope): number {
  const p = prepare(db, q);
  if (!p) return 0;
  // one key: a unit-year has one current report, so each row is its own unit-year
  const sql = `SELECT ${p.keyIds.length > 1 ? 'count(DISTINCT k)' : 'count(*)'} FROM (${givenSql(p)})`;
  return cachedStatement(db, sql).pluck().get(...factsArgs(p.keyIds, q)) as number;
}
