/** Pages copied badly: line breaks lost (the tables run into one long line, a space between cells), characters lost before numbers. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parsers/index.ts';
import { compareReport } from './helpers/compare.ts';
import { generateReport } from './helpers/generate.ts';
import { expectedFacts, render } from './helpers/render/index.ts';

/** The report one cell a line, then everything after its overview on one line. */
function runTogether(seed: number): { text: string; g: ReturnType<typeof generateReport> } {
  const g = generateReport(seed);
  const lines = render(g, 'lines').split('\n').filter((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith('二、'));
  return { g, text: [...lines.slice(0, at), lines.slice(at).map((l) => l.trim()).join(' ')].join('\n') };
}

describe('tables run into one line', () => {
  it.each([3, 8, 15, 22, 40, 57])('seed %i: every number of every table, at that line', (seed) => {
    const { g, text } = runTogether(seed);
    expect(text.split('\n').length).toBeLessThan(12);
    const parsed = parseText(text, 'x.txt');
    const expected = expectedFacts(g, 'lines');
    expect(Object.values(expected).some((v) => v > 0)).toBe(true);
    const diff = compareReport(g, expected, parsed, text);
    expect(diff.facts).toEqual([]);
  });

  it('leaves a long sentence with numbers in it alone', () => {
    const sentence = `${'本年度我镇认真落实政府信息公开条例 '.repeat(12)}全年收到政府信息公开申请 3 件 行政复议 1 件 行政诉讼 0 件。`;
    const r = parseText(['某镇2021年政府信息公开工作年度报告', '一、总体情况', sentence].join('\n'), 'x.txt');
    expect(r.facts.filter((f) => f.value !== null).map((f) => [f.key, f.value, f.method])).toEqual([
      ['t3.new_received.total', 3, 'prose'],
      ['t4.review.total', 1, 'prose'],
      ['t4.litigation.total', 0, 'prose'],
    ]);
  });
});

describe('a character lost before a number', () => {
  it.each([5, 12])('seed %i: "? 0" cells read as 0', (seed) => {
    const g = generateReport(seed);
    const text = render(g, 'lines')
      .split('\n')
      .map((l) => (l.trim() === '0' ? '? 0' : l))
      .join('\n');
    expect(text).toContain('? 0');
    const diff = compareReport(g, expectedFacts(g, 'lines'), parseText(text, 'x.txt'), text);
    expect(diff.facts).toEqual([]);
  });
});
