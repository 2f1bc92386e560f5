/**
 * Tab-separated text, as Word tables copied to plain text come out. With `mangle`, rows come
 * out as badly as they do in real copies: cells shifted by empty ones, a label moved to the
 * first column, a blank line inside the table, a row broken over two lines.
 */
import type { Rng } from '../generate.ts';
import { assemble } from './doc.ts';
import type { Doc } from './doc.ts';
import { flatten, isValueText as isNumber } from './tables.ts';
import type { Table } from './tables.ts';


/** Index of the first value cell of a data row, or -1. */
function firstValue(cells: string[]): number {
  return cells.findIndex(isNumber);
}

function mangleRow(cells: string[], r: Rng): string[] {
  const v = firstValue(cells);
  if (v < 1) return [cells.join('\t')];
  const labels = cells.slice(0, v);
  const values = cells.slice(v);
  switch (r.int(0, 3)) {
    case 0: {
      // the label slid to the first column, the row padded at the end
      const text = labels.filter((c) => c !== '');
      return [[...text, ...values, ...labels.slice(text.length).map(() => '')].join('\t')];
    }
    case 1:
      // an extra empty cell before the numbers
      return [[...labels, '', ...values].join('\t')];
    case 2: {
      // a line break inside the label cell: the numbers follow on the next line
      const li = labels.map((c) => c !== '').lastIndexOf(true);
      const label = labels[li] ?? '';
      if (label.length < 4) return [[...labels, ...values].join('\t')];
      const cut = r.int(2, label.length - 2);
      return [[...labels.slice(0, li), label.slice(0, cut)].join('\t'), [label.slice(cut), ...labels.slice(li + 1), ...values].join('\t')];
    }
    default:
      return ['', cells.join('\t')];
  }
}

export function tsvTable(t: Table, r: Rng | null): string[] {
  return flatten(t).flatMap((cells, i) => {
    const kind = t.rows[i]!.kind;
    if (!r || kind !== 'data' || t.id === 't4' || !r.chance(0.3)) return [cells.join('\t')];
    return mangleRow(cells, r);
  });
}

export function renderTsv(doc: Doc, r: Rng, mangle: boolean): string {
  return assemble(doc, { blank: true, leading: r.int(0, 2), table: (t) => tsvTable(t, mangle ? r : null) });
}
