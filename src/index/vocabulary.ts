/**
 * Integer ids for fact keys and labels, remembered per database so an ingest asks SQLite only
 * for strings it has not met. Rows are never deleted, so a committed id stays right; ids made
 * inside a transaction are remembered only once it commits (a rollback takes them back).
 */
import type { Db } from './db.ts';

export interface Label {
  table: string;
  rowLabel: string;
  colLabel: string;
}

function statements(db: Db) {
  return {
    addKey: db.prepare(`INSERT OR IGNORE INTO fact_keys (key) VALUES (?)`),
    keyId: db.prepare(`SELECT id FROM fact_keys WHERE key = ?`).pluck(),
    addLabel: db.prepare(`INSERT OR IGNORE INTO fact_labels (tbl, row_label, col_label) VALUES (?, ?, ?)`),
    labelId: db.prepare(`SELECT id FROM fact_labels WHERE tbl = ? AND row_label = ? AND col_label = ?`).pluck(),
    labelsById: db.prepare(`SELECT id, tbl, row_label, col_label FROM fact_labels WHERE id > ?`).raw(),
  };
}

class Vocabulary {
  private readonly s: ReturnType<typeof statements>;
  private readonly keys = new Map<string, number>();
  private readonly labels = new Map<string, number>();
  private readonly pending: Array<[Map<string, number>, string, number]> = [];
  // a key's label is nearly always the one it had in the report before: compared field by field
  // it needs no joined string to look up
  private readonly lastLabel = new Map<string, Label & { id: number }>();
  private readonly labelRows: Array<Label | undefined> = [];
  private labelsUpTo = 0;

  constructor(db: Db) {
    this.s = statements(db);
  }

  /** Id of a key, created if new (inside the caller's transaction). */
  keyId(key: string): number {
    return this.id(this.keys, key, () => {
      this.s.addKey.run(key);
      return this.s.keyId.get(key) as number;
    });
  }

  /** Id of a fact's label, created if new (inside the caller's transaction). */
  labelId(l: Label & { key: string }): number {
    const last = this.lastLabel.get(l.key);
    if (last && last.table === l.table && last.rowLabel === l.rowLabel && last.colLabel === l.colLabel) return last.id;
    const id = this.id(this.labels, `${l.table}\u0000${l.rowLabel}\u0000${l.colLabel}`, () => {
      this.s.addLabel.run(l.table, l.rowLabel, l.colLabel);
      return this.s.labelId.get(l.table, l.rowLabel, l.colLabel) as number;
    });
    this.lastLabel.set(l.key, { table: l.table, rowLabel: l.rowLabel, colLabel: l.colLabel, id });
    return id;
  }

  private id(map: Map<string, number>, k: string, make: () => number): number {
    let id = map.get(k);
    if (id === undefined) {
      id = make();
      map.set(k, id);
      this.pending.push([map, k, id]);
    }
    return id;
  }

  /** After a transaction: keep its new ids if it committed, forget them if it rolled back. */
  settle(committed: boolean): void {
    if (!committed) {
      for (const [map, k] of this.pending) map.delete(k);
      this.lastLabel.clear();
      // a label read back inside the transaction may be gone, its id given to another
      this.labelRows.length = 0;
      this.labelsUpTo = 0;
    }
    this.pending.length = 0;
  }

  /** The label of an id; labels only grow, so new ones are read once, on first sight. */
  label(id: number): Label {
    let l = this.labelRows[id];
    if (!l) {
      for (const [i, table, rowLabel, colLabel] of this.s.labelsById.all(this.labelsUpTo) as Array<[number, string, string, string]>) {
        this.labelRows[i] = { table, rowLabel, colLabel };
        this.labelsUpTo = Math.max(this.labelsUpTo, i);
      }
      l = this.labelRows[id]!;
    }
    return l;
  }
}

const vocabularies = new WeakMap<Db, Vocabulary>();

export function vocabulary(db: Db): Vocabulary {
  let v = vocabularies.get(db);
  if (!v) vocabularies.set(db, (v = new Vocabulary(db)));
  return v;
}
