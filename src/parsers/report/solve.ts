/**
 * Reading a table whose cells slid, split or ran together. Each row yields the readings its
 * tokens allow (exactly as printed; realigned when cells are missing or extra; a digit run cut
 * into numbers). The table's own sums (勾稽) then choose: a reading is kept only where every
 * consistent combination of the ambiguous rows agrees on it; whatever stays ambiguous is left
 * out with a warning, never guessed. Rows printed in full are taken as printed, even when the
 * report's own sums disagree: that disagreement is what the checks report.
 */
import type { ValueToken } from './tokens.ts';

export interface Slot {
  value: number | null;
  raw: string;
  line: number;
  derivedFrom?: string[];
}

/** undefined: not known (yet) */
export type Reading = Array<Slot | undefined>;

/** sum(left) = sum(right), over cells named "row:col" */
export interface Equation {
  left: string[];
  right: string[];
}

export interface RowInput {
  row: string;
  width: number;
  tokens: ValueToken[];
  /** digits printed glued to the label */
  glued?: { digits: string; line: number };
  labelLine: number;
}

export interface Solved {
  cells: Map<string, Slot>;
  warnings: string[];
}

const MAX_COMBINATIONS = 20_000;
const MAX_SPLITS = 50_000;

const cellId = (row: string, col: number) => `${row}:${col}`;

/** Every way to cut a digit string into `width` numbers (no leading zeros but for "0"). */
export function splitDigits(digits: string, width: number, limit = MAX_SPLITS): number[][] {
  const out: number[][] = [];
  const parts: number[] = [];
  const walk = (pos: number) => {
    if (out.length >= limit) return;
    const left = width - parts.length;
    if (left === 0) {
      if (pos === digits.length) out.push([...parts]);
      return;
    }
    const rest = digits.length - pos;
    if (rest < left) return;
    const maxLen = digits[pos] === '0' ? 1 : Math.min(rest - (left - 1), 9);
    for (let len = 1; len <= maxLen; len++) {
      parts.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return out;
}

function choose(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (start: number) => {
    if (pick.length === k) return void out.push([...pick]);
    for (let i = start; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

function slot(t: ValueToken): Slot {
  return { value: t.value, raw: t.raw, line: t.line };
}

/** The readings a row's tokens allow, before any sum is consulted. */
export function rowReadings(input: RowInput): { readings: Reading[]; note?: string } {
  const { width, tokens, glued } = input;
  const runOf = (digits: string, line: number): Reading[] =>
    splitDigits(digits, width).map((vals) => vals.map((v) => ({ value: v, raw: String(v), line })));
  if (glued && tokens.length === 0) return { readings: runOf(glued.digits, glued.line), note: 'digits run together' };
  if (tokens.length === 0) return { readings: [] };
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (only && width > 1 && only.integer && only.value !== null && (only.runTogether || only.raw.length >= Math.max(width, 5))) {
    return { readings: runOf(only.raw.replace(/\D/g, ''), only.line), note: 'digits run together' };
  }
  if (tokens.some((t) => t.runTogether || !t.integer || (t.value !== null && t.value < 0))) {
    return { readings: [], note: `unreadable cells (${tokens.map((t) => t.raw).join(' ')})` };
  }
  const k = tokens.length;
  if (k === width) return { readings: [tokens.map(slot)] };
  if (k < width) {
    return {
      readings: choose(width, k).map((pos) => {
        const r: Reading = new Array(width).fill(undefined);
        pos.forEach((p, i) => (r[p] = slot(tokens[i]!)));
        return r;
      }),
      note: `${k} of ${width} cells`,
    };
  }
  const readings: Reading[] = [];
  for (let s = 0; s + width <= k; s++) readings.push(tokens.slice(s, s + width).map(slot));
  return { readings, note: `${k} cells for ${width}` };
}

type Grid = Map<string, Slot | undefined>;

/**
 * Fill what the equations force: a single unknown is the difference; unknowns whose known
 * counterpart is zero are zero (counts are never negative). Returns false on a contradiction.
 */
function propagate(grid: Grid, eqs: readonly Equation[], fillable: (id: string) => boolean): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of eqs) {
      const sides = [eq.left, eq.right].map((ids) => {
        let known = 0;
        const unknown: string[] = [];
        let open = false;
        for (const id of ids) {
          const s = grid.get(id);
          if (s === undefined) unknown.push(id);
          else if (s.value === null) open = true;
          else known += s.value;
        }
        return { known, unknown, open };
      });
      const [l, r] = sides as [(typeof sides)[0], (typeof sides)[0]];
      if (l.open || r.open) continue;
      const unknown = [...l.unknown, ...r.unknown];
      if (unknown.length === 0) continue;
      if (!unknown.every(fillable)) continue;
      const from = [...eq.left, ...eq.right].filter((id) => !unknown.includes(id));
      const set = (id: string, value: number) => {
        grid.set(id, { value, raw: String(value), line: 0, derivedFrom: from });
        changed = true;
      };
      if (unknown.length === 1) {
        const id = unknown[0]!;
        const value = l.unknown.length ? r.known - l.known : l.known - r.known;
        if (value < 0) return false;
        set(id, Math.round(value * 1e6) / 1e6);
      } else if (l.unknown.length === 0 || r.unknown.length === 0) {
        const rest = l.unknown.length ? r.known - l.known : l.known - r.known;
        if (rest < 0) return false;
        if (rest === 0) for (const id of unknown) set(id, 0);
      }
    }
  }
  return true;
}

function violations(grid: Grid, eqs: readonly Equation[]): number {
  let n = 0;
  for (const eq of eqs) {
    const sum = (ids: string[]) => {
      let s = 0;
      for (const id of ids) {
        const v = grid.get(id)?.value;
        if (v === undefined || v === null) return NaN;
        s += v;
      }
      return s;
    };
    const l = sum(eq.left);
    const r = sum(eq.right);
    if (!Number.isNaN(l) && !Number.isNaN(r) && Math.abs(l - r) > 1e-6) n++;
  }
  return n;
}

/** The grid with a row's reading laid over it; null where they disagree. */
function place(g: Grid, row: string, r: Reading): Grid | null {
  const grid: Grid = new Map(g);
  for (let c = 0; c < r.length; c++) {
    const s = r[c];
    if (s === undefined) continue;
    const id = cellId(row, c);
    const have = grid.get(id);
    if (have && have.value !== s.value) return null;
    if (!have) grid.set(id, s);
  }
  return grid;
}

function gridKey(g: Grid, rows: string[]): string {
  const parts: string[] = [];
  for (const [id, s] of g) if (rows.includes(id.slice(0, id.lastIndexOf(':')))) parts.push(`${id}=${s?.value}`);
  return parts.sort().join(';');
}

const signature = (r: Reading) => r.map((s) => (s === undefined ? '?' : String(s.value))).join(',');

/**
 * Solve a table: `rows` are the rows found in the report (a row not found stays unknown and is
 * never filled), `eqs` its sums.
 */
export function solveTable(rows: RowInput[], eqs: readonly Equation[], describe: (row: string) => string): Solved {
  const warnings: string[] = [];
  const found = new Set(rows.map((r) => r.row));
  const fillable = (id: string) => found.has(id.slice(0, id.lastIndexOf(':')));
  const rowEqs = (row: string) => eqs.filter((e) => [...e.left, ...e.right].every((id) => id.startsWith(row + ':')));

  const fixed: Grid = new Map();
  const ambiguous: Array<{ input: RowInput; readings: Reading[] }> = [];
  for (const input of rows) {
    const { readings, note } = rowReadings(input);
    const local = rowEqs(input.row);
    const kept = new Map<string, Reading>();
    for (const reading of readings) {
      const grid: Grid = new Map(reading.map((s, c) => [cellId(input.row, c), s]));
      if ((readings.length > 1 || note) && (!propagate(grid, local, () => true) || violations(grid, local) > 0)) continue;
      const filled = reading.map((_, c) => grid.get(cellId(input.row, c)));
      kept.set(signature(filled), filled);
    }
    if (kept.size === 1) {
      const only = [...kept.values()][0]!;
      if (note) warnings.push(`${describe(input.row)}: ${note}, read from the row's own sum`);
      only.forEach((s, c) => s && fixed.set(cellId(input.row, c), { ...s, line: s.line || input.labelLine }));
    } else if (kept.size === 0) {
      if (note) warnings.push(`${describe(input.row)}: ${note}; left out`);
    } else ambiguous.push({ input, readings: [...kept.values()] });
  }

  // Rows printed in full are fixed; what the sums force follows from them alone.
  const base: Grid = new Map(fixed);
  propagate(base, eqs, fillable);

  // Readings that contradict the fixed rows go; those the fixed rows complete alike merge.
  for (const a of ambiguous) {
    const kept = new Map<string, Reading>();
    for (const r of a.readings) {
      const grid = place(base, a.input.row, r);
      if (!grid || !propagate(grid, eqs, fillable)) continue;
      const filled = r.map((_, c) => grid.get(cellId(a.input.row, c)));
      kept.set(signature(filled), filled);
    }
    a.readings = [...kept.values()];
  }

  let combos: Grid[] = [base];
  const seen: string[] = [];
  for (const { input, readings } of ambiguous) {
    seen.push(input.row);
    const next = new Map<string, Grid>();
    for (const g of combos) {
      for (const r of readings) {
        const grid = place(g, input.row, r);
        if (grid && propagate(grid, eqs, fillable)) next.set(gridKey(grid, seen), grid);
        if (next.size > MAX_COMBINATIONS) break;
      }
    }
    combos = next.size > MAX_COMBINATIONS ? [] : [...next.values()];
    if (combos.length === 0) break;
  }

  const cells = new Map<string, Slot>();
  if (combos.length === 0) {
    for (const [id, s] of base) if (s) cells.set(id, s);
    for (const { input } of ambiguous) warnings.push(`${describe(input.row)}: cells could not be placed with confidence; left out`);
    return { cells, warnings: finish(cells, rows, warnings) };
  }
  const best = Math.min(...combos.map((g) => violations(g, eqs)));
  const winners = combos.filter((g) => violations(g, eqs) === best);
  const ambiguousRows = new Set(ambiguous.map((a) => a.input.row));
  const ids = new Set<string>();
  for (const g of winners) for (const id of g.keys()) ids.add(id);
  for (const id of ids) {
    const first = winners[0]!.get(id);
    const agreed = first !== undefined && winners.every((g) => g.get(id)?.value === first.value);
    const row = id.slice(0, id.lastIndexOf(':'));
    if (agreed && (best === 0 || !ambiguousRows.has(row) || fixed.has(id))) cells.set(id, first);
  }
  for (const row of ambiguousRows) {
    const width = rows.find((r) => r.row === row)!.width;
    const missing = Array.from({ length: width }, (_, c) => cellId(row, c)).filter((id) => !cells.has(id));
    warnings.push(
      missing.length
        ? `${describe(row)}: ${missing.length} cell(s) could not be placed with confidence; left out`
        : `${describe(row)}: cells realigned using the table's sums`,
    );
  }
  return { cells, warnings: finish(cells, rows, warnings) };
}

/** Derived cells take the line of their row's label, so a citation still points somewhere true. */
function finish(cells: Map<string, Slot>, rows: RowInput[], warnings: string[]): string[] {
  const lineOf = new Map(rows.map((r) => [r.row, r.labelLine]));
  for (const [id, s] of cells) if (!s.line) cells.set(id, { ...s, line: lineOf.get(id.slice(0, id.lastIndexOf(':'))) ?? 1 });
  return warnings;
}
