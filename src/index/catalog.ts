/**
 * What a fact lookup needs besides the fact rows, remembered per database: unit names and
 * regions, report files and organs, key names. None of these ever changes once committed (units,
 * reports and keys are only added), so each is read once, on first sight, and lookups return
 * thousands of rows without joining or converting the same strings row after row.
 */
import type { Db } from './db.ts';

export interface UnitInfo {
  name: string;
  region: string[];
  /** position in (name, region) order, as SQLite orders them */
  rank: number;
}

export interface ReportInfo {
  unitId: number;
  year: number | null;
  organ: string | null;
  template: 2019 | 2021 | null;
  file: string;
}

function statements(db: Db) {
  return {
    units: db.prepare(`SELECT id, name, region FROM units ORDER BY name, region_key`).raw(),
    reports: db.prepare(`SELECT r.id, r.unit_id, r.year, r.organ, r.template, r.file FROM json_each(?) j JOIN reports r ON r.id = j.value`).raw(),
    keys: db.prepare(`SELECT id, key FROM fact_keys WHERE id > ?`).raw(),
  };
}

// a bot that runs for long meets every report; this keeps the memory bounded
const MAX_REPORTS = 500_000;

class Catalog {
  private readonly s: ReturnType<typeof statements>;
  private units: Array<UnitInfo | undefined> = [];
  // by id: reports are numbered densely, so an array beats a Map for thousands of lookups
  private reports: Array<ReportInfo | undefined> = [];
  private reportCount = 0;
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  private keysUpTo = 0;

  constructor(db: Db) {
    this.s = statements(db);
  }

  /** A unit by id; a unit not seen before reloads all of them, since ranks shift. */
  unit(id: number): UnitInfo {
    let u = this.units[id];
    if (!u) {
      const units: Array<UnitInfo | undefined> = [];
      (this.s.units.all() as Array<[number, string, string]>).forEach(([uid, name, region], rank) => {
        // frozen: every fact row of the unit shares it
        units[uid] = { name, region: Object.freeze(JSON.parse(region) as string[]) as string[], rank };
      });
      this.units = units;
      u = units[id]!;
    }
    return u;
  }

  /** The reports of `ids`, in that order; those not yet remembered are read in one query. */
  reportsOf(ids: number[]): ReportInfo[] {
    let missing: number[] = [];
    for (const id of ids) if (this.reports[id] === undefined) missing.push(id);
    if (missing.length) {
      if (this.reportCount + missing.length > MAX_REPORTS) {
        this.reports = [];
        this.reportCount = 0;
        missing = [...new Set(ids)];
      }
      for (const [id, unitId, year, organ, template, file] of this.s.reports.all(JSON.stringify(missing)) as Array<[number, number, number | null, string | null, 2019 | 2021 | null, string]>) {
        if (this.reports[id] === undefined) this.reportCount++;
        this.reports[id] = { unitId, year, organ, template, file };
      }
    }
    return ids.map((id) => this.reports[id]!);
  }

  /** Id of a key, undefined if no report has it. */
  keyId(key: string): number | undefined {
    if (!this.keyIds.has(key)) this.loadKeys();
    return this.keyIds.get(key);
  }

  keyName(id: number): string {
    if (this.keyNames[id] === undefined) this.loadKeys();
    return this.keyNames[id]!;
  }

  private loadKeys(): void {
    for (const [id, key] of this.s.keys.all(this.keysUpTo) as Array<[number, string]>) {
      this.keyIds.set(key, id);
      this.keyNames[id] = key;
      this.keysUpTo = Math.max(this.keysUpTo, id);
    }
  }
}

const catalogs = new WeakMap<Db, Catalog>();

export function catalog(db: Db): Catalog {
  let c = catalogs.get(db);
  if (!c) catalogs.set(db, (c = new Catalog(db)));
  return c;
}
