/**
 * A 表三 that prints only its 总计 column, the other cells left empty: copied out as text, every
 * row holds one number. It is read as the total, the other cells as not reported, when the
 * totals add up as the table says; one number per row that does not add up is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parsers/index.ts';
import type { Report } from '../src/core/report.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const text = readFileSync(join(FIXTURES, 'formats', 'totals-only-2020.txt'), 'utf8');
const t3 = (r: Report) => Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t3.') && f.method === 'table' && f.value !== 0).map((f) => [f.key, f.value]));

const TOTALS = {
  't3.new_received.total': 9,
  't3.carried_over.total': 2,
  't3.granted.total': 4,
  't3.partially_granted.total': 1,
  't3.denied_third_party.total': 1,
  't3.unavailable_not_held.total': 2,
  't3.rejected_duplicate.total': 1,
  't3.total_processed.total': 9,
  't3.carried_forward.total': 2,
};

describe('a 表三 of totals only', () => {
  it.each([
    ['one cell per line, empty cells as blank lines', text],
    ['blank lines gone', text.replace(/\n\s*\n/g, '\n')],
  ])('%s', (_, doc) => {
    const r = parseText(doc, 'totals-only-2020.txt');
    const nulls = r.facts.filter((f) => f.key.startsWith('t3.') && f.value === null);
    expect({ warnings: r.warnings, failed: r.checks.filter((c) => !c.ok), template: r.template }).toEqual({ warnings: [], failed: [], template: 2019 });
    // every other t3 fact is 0 or left open
    expect(Object.fromEntries(Object.entries(t3(r)).filter(([, v]) => v !== null))).toEqual(TOTALS);
    // the six applicant columns of each of the template's 23 rows with a number: not reported, nothing printed
    expect(nulls).toHaveLength(6 * 23);
    expect(nulls.every((f) => f.raw === '' && !f.key.endsWith('.total'))).toBe(true);
    const total = r.facts.find((f) => f.key === 't3.new_received.total')!;
    expect(doc.split('\n')[total.line - 1]!.trim()).toBe('9');
  });

  it('leaves out one number per row that does not add up', () => {
    // 9 + 2 received, 9 + 5 done: no reading of these as totals holds
    const r = parseText(text.replace(/^四、结转下年度继续办理((?:\n\s*)+) 2$/m, '四、结转下年度继续办理$1 5'), 'totals-only-2020.txt');
    expect(Object.keys(t3(r))).toEqual([]);
    // the overview's sentence still gives what was received
    expect(r.facts.find((f) => f.key === 't3.new_received.total')).toMatchObject({ value: 9, method: 'prose' });
    expect(r.warnings.filter((w) => w.startsWith('表三')).length).toBeGreaterThan(10);
  });
});
