/**
 * Text a crawler saved from a page: every row on one line with nothing between its cells, so a
 * label runs into its numbers ("一、本年新收政府信息公开申请数量640020470") and 表四 is one string
 * of digits. Such a row can only be read back through the table's sums (the total column, each
 * 表四 group's total); where even the sums leave two readings, this crawler kept the spaces.
 */
import type { Rng } from '../generate.ts';
import { assemble } from './doc.ts';
import type { Doc } from './doc.ts';
import { flatten, isValueText } from './tables.ts';
import type { Table } from './tables.ts';

/** Which runs of cells must add up: [first, last) parts whose sum is the part at `last`. */
type Sums = ReadonlyArray<readonly [number, number]>;

/** How many ways (0, 1 or "2 or more") the digits split into `k` numbers that meet `sums`. */
export function readings(digits: string, k: number, sums: Sums, cap = 2): number {
  const parts: number[] = [];
  let found = 0;
  const ok = (upto: number): boolean => sums.every(([a, b]) => b >= upto || parts.slice(a, b).reduce((s, x) => s + x, 0) === parts[b]);
  const walk = (pos: number): void => {
    if (found >= cap) return;
    if (parts.length === k) {
      if (pos === digits.length) found++;
      return;
    }
    const left = k - parts.length;
    for (let len = 1; len <= 6 && pos + len <= digits.length - (left - 1); len++) {
      const s = digits.slice(pos, pos + len);
      if (s.length > 1 && s[0] === '0') break;
      parts.push(Number(s));
      if (ok(parts.length)) walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return found;
}

function rowSums(t: Table): Sums {
  if (t.id === 't3') return [[0, 6]];
  if (t.id === 't4') return [[0, 4], [5, 9], [10, 14]];
  return [];
}

function crawlerRow(t: Table, cells: string[]): string {
  const v = cells.findIndex(isValueText);
  if (v < 0) return cells.join('');
  const label = cells.slice(0, v).join('');
  const values = cells.slice(v).filter((c) => c !== '');
  const plain = values.every((c) => /^\d+$/.test(c));
  const unique = plain && readings(values.join(''), values.length, rowSums(t)) === 1;
  return unique ? label + values.join('') : `${label} ${values.join(' ')}`;
}

export function renderCrawler(doc: Doc, r: Rng): string {
  return assemble(doc, { blank: r.chance(0.3), table: (t) => flatten(t).map((cells) => crawlerRow(t, cells)) });
}
