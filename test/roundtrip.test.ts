/**
 * Generated reports printed in every layout and read back: every fact, the metadata, and each
 * fact's line. A layout the parser cannot read fails here with the facts it got wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../src/parsers/index.ts';
import { compareReport } from './helpers/compare.ts';
import { generateReport } from './helpers/generate.ts';
import { LAYOUTS, expectedFacts, renderReport } from './helpers/render/index.ts';
import type { Layout } from './helpers/render/index.ts';

const SEEDS = Array.from({ length: 40 }, (_, i) => 7001 + i * 13);

const CASES: Array<{ name: string; layout: Layout; mangle: boolean }> = [
  ...LAYOUTS.map((layout) => ({ name: layout, layout, mangle: false })),
  { name: 'tsv+mangle', layout: 'tsv', mangle: true },
];

describe.each(CASES)('round trip: $name', ({ layout, mangle }) => {
  it.each(SEEDS)('seed %i', async (seed) => {
    const g = generateReport(seed);
    const { text, file } = renderReport(g, layout, { mangle });
    const parsed = file.endsWith('.html') ? await parseBytes(new TextEncoder().encode(text), file) : parseText(text, file);
    const diff = compareReport(g, expectedFacts(g, layout), parsed, text);
    expect({ meta: diff.meta, facts: diff.facts.slice(0, 12), lines: diff.lines.slice(0, 6), wrongFacts: diff.facts.length }).toEqual({
      meta: [],
      facts: [],
      lines: [],
      wrongFacts: 0,
    });
  });
});

// A PDF copied to text keeps each page's number between its lines, often inside a table.
const PAGE_MARKS = ['第 2 页 共 5 页', '共5页 第3页', '- 4 -', '—5—', 'Page 3 of 6'];

describe.each(['tsv', 'pipe', 'lines'] as const)('round trip with page numbers between the lines: %s', (layout) => {
  it.each(SEEDS.slice(0, 12))('seed %i', (seed) => {
    const g = generateReport(seed);
    const { text, file } = renderReport(g, layout);
    const lines = text.split('\n');
    // a page mark every seventh line, after the title: each mark takes a line, so the facts' lines move with it
    const marked = lines.flatMap((l, i) => (i > 2 && i % 7 === 0 ? [PAGE_MARKS[i % PAGE_MARKS.length]!, l] : [l])).join('\n');
    const diff = compareReport(g, expectedFacts(g, layout), parseText(marked, file), marked);
    expect({ meta: diff.meta, facts: diff.facts.slice(0, 12), lines: diff.lines.slice(0, 6) }).toEqual({ meta: [], facts: [], lines: [] });
  });
});
