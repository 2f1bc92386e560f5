/** 表四: three groups of five numbers (复议, 直接起诉, 复议后起诉), in reading order after the headers. */
import { T4_COLUMNS, T4_COLUMN_LABELS, T4_ROWS, T4_ROW_LABELS, TABLE_TITLES } from '../../core/keys.ts';
import type { Fact } from '../../core/report.ts';
import type { RowInput } from './readings.ts';
import { compileTable, solveTable, type TableSpec } from './solve.ts';
import type { Token, ValueToken } from './tokens.ts';

/** the table's first header cell; a sentence naming 行政复议 is not one */
const START = /行政复议|行政诉讼/;
const SENTENCE = /[,，。;；]/;

/** 表四 is one row of 15 cells: three groups whose four results add up to their total. */
let spec: TableSpec | undefined;

export function readTable4(tokens: Token[]): { facts: Fact[]; warnings: string[]; found: boolean } {
  // Only a header that names 行政复议 or 行政诉讼 opens the table: 表三's 总计 or 结果 before a lost
  // heading would take its numbers for 表四's.
  const start = tokens.findIndex((t) => t.kind === 'label' && t.key.length <= 30 && START.test(t.key) && !SENTENCE.test(t.text));
  if (start < 0) return { facts: [], warnings: [], found: false };
  const values: ValueToken[] = [];
  let glued: { digits: string; line: number } | undefined;
  let labelLine = tokens[start]!.line;
  for (const t of tokens.slice(start)) {
    if (t.kind === 'value') values.push(t);
    else if (t.glued && values.length === 0) {
      glued = { digits: t.glued, line: t.line };
      labelLine = t.line;
    }
  }
  if (values.length === 0 && !glued) return { facts: [], warnings: [], found: false };

  const input: RowInput = { row: 't4', width: 15, tokens: values, labelLine, ...(glued && !values.length ? { glued } : {}) };
  spec ??= compileTable(['t4'], 15, [0, 5, 10].map((o) => ({ left: [0, 1, 2, 3].map((i) => `t4:${o + i}`), right: [`t4:${o + 4}`] })));
  const solved = solveTable(spec, [input], () => '表四');

  const facts: Fact[] = [];
  T4_ROWS.forEach((row, r) =>
    T4_COLUMNS.forEach((col, c) => {
      const s = solved.cells.get(`t4:${r * 5 + c}`);
      if (!s) return;
      facts.push({
        key: `t4.${row}.${col}`,
        value: s.value,
        unit: null,
        method: 'table',
        raw: s.raw,
        table: TABLE_TITLES.t4,
        rowLabel: T4_ROW_LABELS[row],
        colLabel: T4_COLUMN_LABELS[col],
        line: s.line,
        ...(s.derivedFrom ? { derivedFrom: s.derivedFrom.map((id) => keyOf(Number(id.slice(3)))) } : {}),
      });
    }),
  );
  const direct = facts.find((f) => f.key === 't4.litigation_direct.total');
  const after = facts.find((f) => f.key === 't4.litigation_after_review.total');
  if (direct?.value != null && after?.value != null) {
    facts.push({
      key: 't4.litigation.total',
      value: direct.value + after.value,
      unit: null,
      method: 'table',
      raw: String(direct.value + after.value),
      table: TABLE_TITLES.t4,
      rowLabel: '行政诉讼',
      colLabel: '总计',
      line: after.line,
      derivedFrom: [direct.key, after.key],
    });
  }
  return { facts, warnings: solved.warnings, found: true };
}

function keyOf(i: number): string {
  return `t4.${T4_ROWS[Math.floor(i / 5)]}.${T4_COLUMNS[i % 5]}`;
}
