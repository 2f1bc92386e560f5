/**
 * The readings one table row's printed cells allow: exactly as printed, realigned when a few
 * cells are missing or extra, or a digit run cut into numbers — each satisfying the row's own
 * sums where they can be checked. solve.ts chooses among them with the whole table's sums.
 */
import { fitBlanks, type ValueToken } from './tokens.ts';

export interface Slot {
  value: number | null;
  raw: string;
  line: number;
  derivedFrom?: string[];
}

/** undefined: not known (yet) */
export type Reading = Array<Slot | undefined>;

export interface RowInput {
  row: string;
  width: number;
  tokens: ValueToken[];
  /** digits printed glued to the label */
  glued?: { digits: string; line: number };
  labelLine: number;
}

const MAX_SPLITS = 2_000;
/** realign a row only when a few cells are missing: beyond that no placement is confident */
const MAX_MISSING = 3;

/** Column-index sums within one row: sum(left) = sum(right). */
export interface RowSum {
  left: number[];
  right: number[];
}

function holds(parts: ArrayLike<number | null | undefined>, sums: readonly RowSum[]): boolean {
  for (const eq of sums) {
    let l = 0;
    let r = 0;
    let open = false;
    for (const i of eq.left) {
      const v = parts[i];
      if (v === null || v === undefined) open = true;
      else l += v;
    }
    for (const i of eq.right) {
      const v = parts[i];
      if (v === null || v === undefined) open = true;
      else r += v;
    }
    if (!open && Math.abs(l - r) > 1e-6) return false;
  }
  return true;
}

/**
 * The ways to cut a digit string into `width` numbers (no leading zeros but for "0") that
 * satisfy the row's sums; sums are tested as soon as their cells are cut, which prunes early.
 */
export function splitDigits(digits: string, width: number, sums: readonly RowSum[] = [], limit = MAX_SPLITS): number[][] {
  const out: number[][] = [];
  const parts: number[] = [];
  // Each sum is tested once, when its last cell is cut: the cells before it never change below.
  const completes: RowSum[][] = Array.from({ length: width + 1 }, () => []);
  for (const e of sums) {
    const last = Math.max(...e.left, ...e.right);
    if (last + 1 >= 0 && last + 1 <= width) completes[last + 1]!.push(e);
  }
  // Digits only (the usual case): a cut's number grows digit by digit instead of from a slice.
  const plain = /^\d*$/.test(digits);
  const totals = plain ? sums.flatMap(totalOf) : [];
  const walk = (pos: number) => {
    if (out.length >= limit) return;
    const done = completes[parts.length];
    if (done && done.length && !holds(parts, done)) return;
    const left = width - parts.length;
    // A total still to be cut has at most the digits the other cells leave it: parts already
    // larger than that cannot sum to it, and nothing below this cut can complete.
    for (const { total, parts: of } of totals) {
      if (total < parts.length) continue;
      let sum = 0;
      for (const i of of) if (i < parts.length) sum += parts[i]!;
      if (sum >= TEN_TO[Math.max(0, Math.min(digits.length - pos - (left - 1), 9))]!) return;
    }
    if (left === 0) {
      if (pos === digits.length) out.push([...parts]);
      return;
    }
    const rest = digits.length - pos;
    if (rest < left) return;
    const maxLen = digits[pos] === '0' ? 1 : Math.min(rest - (left - 1), 9);
    // The last cut takes all the digits left: shorter ones could never end the string.
    const minLen = left === 1 ? rest : 1;
    let value = plain && minLen > 1 ? Number(digits.slice(pos, pos + minLen - 1)) : 0;
    for (let len = minLen; len <= maxLen; len++) {
      value = plain ? value * 10 + (digits.charCodeAt(pos + len - 1) - 48) : Number(digits.slice(pos, pos + len));
      parts.push(value);
      walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return out;
}

const TEN_TO = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** A sum whose one side is a single cell cut after every cell of the other side. */
function totalOf(e: RowSum): Array<{ total: number; parts: number[] }> {
  const [one, many] = e.right.length === 1 ? [e.right[0]!, e.left] : e.left.length === 1 ? [e.left[0]!, e.right] : [-1, []];
  return one >= 0 && many.every((i) => i < one) ? [{ total: one, parts: many }] : [];
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

/** The readings a row's tokens allow: all of them satisfy the row's own sums where known. */
export function rowReadings(input: RowInput, sums: readonly RowSum[] = []): { readings: Reading[]; note?: string } {
  const { width, glued } = input;
  const tokens = fitBlanks(input.tokens, width);
  const runOf = (digits: string, line: number): Reading[] =>
    splitDigits(digits, width, sums).map((vals) => vals.map((v) => ({ value: v, raw: String(v), line })));
  if (glued && tokens.length === 0) return { readings: runOf(glued.digits, glued.line), note: '数字连在一起' };
  if (tokens.length === 0) return { readings: [] };
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (only && width > 1 && only.integer && only.value !== null && (only.runTogether || only.raw.length >= Math.max(width, 5))) {
    return { readings: runOf(only.raw.replace(/\D/g, ''), only.line), note: '数字连在一起' };
  }
  if (tokens.some((t) => t.runTogether || !t.integer || (t.value !== null && t.value < 0))) {
    return { readings: [], note: `无法识别的单元格 (${tokens.map((t) => t.raw).join(' ')})` };
  }
  const k = tokens.length;
  if (k === width) return { readings: [tokens.map(slot)] };
  if (k < width) {
    if (k !== 1 && width - k > MAX_MISSING) return { readings: [], note: `应有 ${width} 个数字，只有 ${k} 个` };
    const readings = choose(width, k).map((pos) => {
      const r: Reading = new Array(width).fill(undefined);
      pos.forEach((p, i) => (r[p] = slot(tokens[i]!)));
      return r;
    });
    return { readings: readings.filter((r) => holds(r.map((x) => x?.value), sums)), note: `应有 ${width} 个数字，只有 ${k} 个` };
  }
  if (k > 2 * width) return { readings: [], note: `应有 ${width} 个数字，却有 ${k} 个` };
  const readings: Reading[] = [];
  for (let s = 0; s + width <= k; s++) readings.push(tokens.slice(s, s + width).map(slot));
  return { readings: readings.filter((r) => holds(r.map((x) => x?.value), sums)), note: `应有 ${width} 个数字，却有 ${k} 个` };
}
