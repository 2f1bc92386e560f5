/**
 * Reading a table whose cells slid, split or ran together. Each row yields the readings its
 * tokens allow (exactly as printed; realigned when cells are missing or extra; a digit run cut
 * into numbers). The table's own sums (勾稽) then choose: a reading is kept only where every
 * consistent combination of the ambiguous rows agrees on it; whatever stays ambiguous is left
 * out with a warning, never guessed. Rows printed in full are taken as printed, even when the
 * report's own sums disagree: that disagreement is what the checks report.
 */
import { rowReadings, type Reading, type RowInput, type RowSum, type Slot } from './readings.ts';

/** sum(left) = sum(right), over cells named "row:col" */
export interface Equation {
  left: string[];
  right: string[];
}

export interface Solved {
  cells: Map<string, Slot>;
  warnings: string[];
}

/** place-and-propagate steps a table may spend on choosing among readings */
const WORK_BUDGET = 4_000;
/** Cells are numbered row * width + column; an equation holds cell numbers. */
type Grid = Array<Slot | undefined>;
interface Eq {
  left: number[];
  right: number[];
}

/**
 * Fill what the equations force: a single unknown is the difference; unknowns whose known
 * counterpart is zero are zero (counts are never negative). Returns false on a contradiction.
 */
function propagate(grid: Grid, eqs: readonly Eq[], fillable: Uint8Array, names: string[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of eqs) {
      let lKnown = 0;
      let rKnown = 0;
      let lUnknown = 0;
      let rUnknown = 0;
      let open = false;
      let blocked = false;
      for (const id of eq.left) {
        const s = grid[id];
        if (s === undefined) (lUnknown++, (blocked ||= !fillable[id]));
        else if (s.value === null) open = true;
        else lKnown += s.value;
      }
      for (const id of eq.right) {
        const s = grid[id];
        if (s === undefined) (rUnknown++, (blocked ||= !fillable[id]));
        else if (s.value === null) open = true;
        else rKnown += s.value;
      }
      const unknown = lUnknown + rUnknown;
      if (open || blocked || unknown === 0) continue;
      if (unknown > 1 && lUnknown > 0 && rUnknown > 0) continue;
      const rest = lUnknown ? rKnown - lKnown : lKnown - rKnown;
      if (rest < -1e-9) return false;
      if (unknown > 1 && Math.abs(rest) > 1e-9) continue;
      const value = unknown === 1 ? Math.round(rest * 1e6) / 1e6 : 0;
      const from = [...eq.left, ...eq.right].filter((id) => grid[id] !== undefined).map((id) => names[id]!);
      for (const id of [...eq.left, ...eq.right]) {
        if (grid[id] === undefined) grid[id] = { value, raw: String(value), line: 0, derivedFrom: from };
      }
      changed = true;
    }
  }
  return true;
}

function violations(grid: Grid, eqs: readonly Eq[]): number {
  let n = 0;
  const sum = (ids: number[]) => {
    let s = 0;
    for (const id of ids) {
      const v = grid[id]?.value;
      if (v === undefined || v === null) return NaN;
      s += v;
    }
    return s;
  };
  for (const eq of eqs) {
    const l = sum(eq.left);
    const r = sum(eq.right);
    if (!Number.isNaN(l) && !Number.isNaN(r) && Math.abs(l - r) > 1e-6) n++;
  }
  return n;
}

/** The grid with a row's reading laid over it; null where they disagree. */
function place(g: Grid, base: number, r: Reading): Grid | null {
  const grid = g.slice();
  for (let c = 0; c < r.length; c++) {
    const s = r[c];
    if (s === undefined) continue;
    const have = grid[base + c];
    if (have && have.value !== s.value) return null;
    if (!have) grid[base + c] = s;
  }
  return grid;
}

const signature = (r: Reading) => r.map((s) => (s === undefined ? '?' : String(s.value))).join(',');

/** A table's shape, compiled once: rows in order, cells numbered row * width + column. */
export interface TableSpec {
  width: number;
  index: Map<string, number>;
  names: string[];
  eqs: Eq[];
  /** per row: its own sums, in column indices */
  local: RowSum[][];
  /** per row: its own sums, in cell numbers */
  localEqs: Eq[][];
}

export function compileTable(rowNames: readonly string[], width: number, equations: readonly Equation[]): TableSpec {
  const index = new Map(rowNames.map((r, i) => [r, i]));
  const names: string[] = [];
  for (const row of rowNames) for (let c = 0; c < width; c++) names.push(`${row}:${c}`);
  const num = (id: string) => {
    const cut = id.lastIndexOf(':');
    const row = index.get(id.slice(0, cut));
    if (row === undefined) throw new Error(`table spec: unknown row in ${id}`);
    return row * width + Number(id.slice(cut + 1));
  };
  const eqs = equations.map((e) => ({ left: e.left.map(num), right: e.right.map(num) }));
  const localEqs = rowNames.map((_, r) => {
    const inRow = (id: number) => id >= r * width && id < (r + 1) * width;
    return eqs.filter((e) => e.left.every(inRow) && e.right.every(inRow));
  });
  const local = localEqs.map((list, r) => list.map((e) => ({ left: e.left.map((id) => id - r * width), right: e.right.map((id) => id - r * width) })));
  return { width, index, names, eqs, local, localEqs };
}

/**
 * Solve a table: `rows` are the rows found in the report (a row not found stays unknown and is
 * never filled). The result is keyed "row:col".
 */
export function solveTable(spec: TableSpec, rows: RowInput[], describe: (row: string) => string): Solved {
  const warnings: string[] = [];
  const { width, names, eqs } = spec;
  const size = names.length;
  const fillable = new Uint8Array(size);
  const labelLine = new Map<number, number>();
  for (const r of rows) {
    const i = spec.index.get(r.row)!;
    fillable.fill(1, i * width, (i + 1) * width);
    labelLine.set(i, r.labelLine);
  }
  const all = new Uint8Array(size).fill(1);

  // Rows read with confidence from their own sums are summed up in one warning, not one each.
  const resolved: string[] = [];
  const fixed: Grid = new Array(size);
  const ambiguous: Array<{ input: RowInput; base: number; readings: Reading[] }> = [];
  rows.forEach((input) => {
    const r = spec.index.get(input.row)!;
    const base = r * width;
    const sums = spec.local[r]!;
    const local = spec.localEqs[r]!;
    const { readings, note } = rowReadings(input, sums);
    if (!note && readings.length === 1) {
      // A row printed in full: nothing to choose.
      readings[0]!.forEach((s, c) => s && (fixed[base + c] = { ...s, line: s.line || input.labelLine }));
      return;
    }
    const kept = new Map<string, Reading>();
    for (const reading of readings) {
      if (!note) {
        kept.set(signature(reading), reading);
        continue;
      }
      if (reading.every((x) => x !== undefined)) {
        kept.set(signature(reading), reading);
        continue;
      }
      const grid = place(new Array(size), base, reading)!;
      if (!propagate(grid, local, all, names) || violations(grid, local) > 0) continue;
      const filled = reading.map((_, c) => grid[base + c]);
      kept.set(signature(filled), filled);
    }
    if (kept.size === 1) {
      const only = [...kept.values()][0]!;
      if (note) resolved.push(input.row);
      only.forEach((s, c) => s && (fixed[base + c] = { ...s, line: s.line || input.labelLine }));
    } else if (kept.size === 0) {
      if (note) warnings.push(`${describe(input.row)}: ${note}，无法可靠读取，已略去`);
    } else ambiguous.push({ input, base, readings: [...kept.values()] });
  });

  // Rows printed in full are fixed; what the sums force follows from them alone.
  const base = fixed.slice();
  propagate(base, eqs, fillable, names);

  // Readings that contradict the fixed rows go; those the fixed rows complete alike merge.
  let work = 0;
  for (const a of ambiguous) {
    const kept = new Map<string, Reading>();
    for (const r of a.readings) {
      if (++work > WORK_BUDGET) break;
      const grid = place(base, a.base, r);
      if (!grid || !propagate(grid, eqs, fillable, names)) continue;
      const filled = r.map((_, c) => grid[a.base + c]);
      kept.set(signature(filled), filled);
    }
    a.readings = [...kept.values()];
  }

  let combos: Grid[] = [base];
  const seen: number[] = [];
  for (const a of ambiguous) {
    seen.push(a.base);
    const next = new Map<string, Grid>();
    for (const g of combos) {
      for (const r of a.readings) {
        if (++work > WORK_BUDGET) break;
        const grid = place(g, a.base, r);
        if (grid && propagate(grid, eqs, fillable, names)) {
          const key = seen.map((b) => signature(grid.slice(b, b + width))).join('|');
          next.set(key, grid);
        }
      }
    }
    combos = work > WORK_BUDGET ? [] : [...next.values()];
    if (combos.length === 0) break;
  }

  const cells = new Map<string, Slot>();
  const keep = (id: number, s: Slot) => {
    cells.set(names[id]!, s.line ? s : { ...s, line: labelLine.get(Math.floor(id / width)) ?? 1 });
  };
  const inFound = (id: number) => fillable[id] === 1;
  if (combos.length === 0) {
    base.forEach((s, id) => s && inFound(id) && keep(id, s));
    for (const { input } of ambiguous) warnings.push(`${describe(input.row)}: 单元格无法可靠对齐，已略去`);
    return { cells, warnings: summarize(resolved, warnings, describe) };
  }
  const scores = combos.map((g) => violations(g, eqs));
  const best = Math.min(...scores);
  const winners = combos.filter((_, i) => scores[i] === best);
  const ambiguousRow = new Set(ambiguous.map((a) => a.base / width));
  for (let id = 0; id < size; id++) {
    if (!fillable[id]) continue;
    const first = winners[0]![id];
    if (first === undefined || !winners.every((g) => g[id]?.value === first.value)) continue;
    if (best === 0 || !ambiguousRow.has(Math.floor(id / width)) || fixed[id]) keep(id, first);
  }
  for (const a of ambiguous) {
    const missing = a.input.width - Array.from({ length: a.input.width }, (_, c) => names[a.base + c]!).filter((n) => cells.has(n)).length;
    if (missing) warnings.push(`${describe(a.input.row)}: ${missing} 个单元格无法可靠对齐，已略去`);
    else resolved.push(a.input.row);
  }
  return { cells, warnings: summarize(resolved, warnings, describe) };
}

function summarize(resolved: string[], warnings: string[], describe: (row: string) => string): string[] {
  if (resolved.length === 0) return warnings;
  const names = resolved.map(describe);
  const table = names[0]!.split(' ')[0];
  const rows = names.map((n) => n.slice(n.indexOf(' ') + 1));
  const shown = rows.length > 3 ? `${rows.slice(0, 3).join('、')} 等 ${rows.length} 行` : rows.join('、');
  return [`${table}: ${shown}的单元格错位或连在一起，已按本表的合计关系对齐`, ...warnings];
}
