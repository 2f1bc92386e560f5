/**
 * Cells a report leaves empty. Many offices publish their tables with the zeros left out; in
 * HTML and Word the empty cell is still a cell, and in a PDF its borders still stand, so the row
 * keeps its shape: the number is not reported (null, nothing printed) and every printed number
 * stays in its own column. Spacer cells at a row's end do not shift anything. A PDF row left
 * wholly empty has no line of numbers to stand on: it gives no facts at all. The same tables
 * copied as text with their empty cells in place (`41 | 6 |  |  | 2 |`, or a cell a line closed by a
 * bar, an empty cell a bar alone) read the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '../src/parsers/index.ts';
import type { Report } from '../src/core/report.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import { generateReport } from './helpers/generate.ts';
import { renderReport } from './helpers/render/index.ts';

const value = (r: Report, key: string) => r.facts.find((f) => f.key === key);

describe.each(['blank-cells-2022.html', 'blank-cells-2022.docx', 'blank-cells-2022.pdf', 'blank-cells-2022.pipe.txt', 'blank-cells-2022.md', 'blank-cells-2022.barred.txt'])('%s', (file) => {
  const read = parseFile(join(FIXTURES, 'formats', file));

  it.each([
    ['t2.normative_documents.made', 3],
    ['t2.normative_documents.repealed', null],
    ['t2.normative_documents.in_force', 12],
    ['t2.licensing.decisions', 164],
    ['t2.penalty.decisions', 27],
    ['t2.fees.amount', 36.5],
    ['t3.new_received.natural_person', 41],
    ['t3.new_received.commercial', 6],
    ['t3.new_received.research', null],
    ['t3.new_received.legal_service', 2],
    ['t3.new_received.other_org', 1],
    ['t3.new_received.total', 50],
    ['t3.granted.other_org', null],
    ['t3.granted.total', 22],
    ['t3.denied_third_party.natural_person', 2],
    ['t3.denied_process_info.commercial', 1],
    ['t3.unavailable_not_held.legal_service', 1],
    ['t3.other_no_correction.total', 1],
    ['t3.other_other.natural_person', 1],
    // 总计 left empty in the report: not worked out from the row
    ['t3.total_processed.total', null],
    ['t3.total_processed.natural_person', 43],
    ['t3.carried_forward.legal_service', 0],
    ['t3.carried_forward.total', 3],
    ['t4.review.upheld', 2],
    ['t4.review.corrected', 1],
    ['t4.review.other', null],
    ['t4.review.total', 3],
    ['t4.litigation_direct.pending', 1],
    ['t4.litigation_after_review.corrected', 1],
    ['t4.litigation_after_review.total', 1],
    ['t4.litigation.total', 3],
  ] as const)('%s = %s', async (key, expected) => {
    const fact = value(await read, key);
    expect(fact?.value).toBe(expected);
    expect(fact?.raw).toBe(expected === null ? '' : String(expected));
  });

  it.each(['t2.regulations.in_force', 't2.coercion.decisions', 't3.rejected_publication.total'])('%s: a row left wholly empty', async (key) => {
    const fact = value(await read, key);
    if (file.endsWith('.pdf')) expect(fact).toBeUndefined();
    else expect(fact).toMatchObject({ value: null, raw: '' });
  });

  it('reads every table without a warning, and its checks hold', async () => {
    const r = await read;
    expect(r.warnings).toEqual([]);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect({ name: r.name, year: r.year, template: r.template }).toEqual({ name: '临溪县自然资源局', year: 2022, template: 2021 });
  });
});

describe('a cell a line, closed by a bar, rows ended by two bars', () => {
  // the pipe copy rewritten: "41 |" "6 |" "|" "|" "2 |" … "||"
  const pipe = readFileSync(join(FIXTURES, 'formats', 'blank-cells-2022.pipe.txt'), 'utf8');
  const barred = pipe
    .split('\n')
    .flatMap((l) => (l.includes('|') ? [...l.replace(/\s*\|\s*$/, '').split('|').map((c) => (c.trim() ? `${c.trim()} |` : '|')), '||'] : [l]))
    .join('\n');

  it('reads every number as the HTML gives it, empty cells open', async () => {
    const html = await parseFile(join(FIXTURES, 'formats', 'blank-cells-2022.html'));
    const r = parseText(barred, 'barred.txt');
    expect(r.layout).toBe('text/barred');
    expect(new Map(r.facts.map((f) => [f.key, f.value]))).toEqual(new Map(html.facts.map((f) => [f.key, f.value])));
    expect(r.warnings).toEqual([]);
  });
});

describe('a pipe copy whose empty cells held a line break, leaving the row over several lines', () => {
  // "41 | 6 |" "|" "| 2 | 1 | 50 |"
  const pipe = readFileSync(join(FIXTURES, 'formats', 'blank-cells-2022.pipe.txt'), 'utf8');
  const broken = pipe.replace(/\|\s{2}(?=\|)/g, '|\n');

  it('reads every number as the HTML gives it, empty cells open, each at its own line', async () => {
    const html = await parseFile(join(FIXTURES, 'formats', 'blank-cells-2022.html'));
    const r = parseText(broken, 'broken.txt');
    expect(broken.split('\n').length).toBeGreaterThan(pipe.split('\n').length + 100);
    expect(new Map(r.facts.map((f) => [f.key, f.value]))).toEqual(new Map(html.facts.map((f) => [f.key, f.value])));
    expect(r.warnings).toEqual([]);
    const total = r.facts.find((f) => f.key === 't3.new_received.total')!;
    expect(broken.split('\n')[total.line - 1]).toContain('50');
  });
});

describe('a text table whose only empty cells end their rows', () => {
  // `| 规章 | 2 | 1 | |`: no blank stands between two numbers, yet the last cell is one of its own
  it.each([2101, 2102, 2103])('keeps the printed numbers in their columns and leaves the empty one open (seed %i)', (seed) => {
    const gen = generateReport(seed, { year: 2022 });
    const { text } = renderReport(gen, 'markdown');
    const [made, repealed] = [gen.facts['t2.regulations.made']!, gen.facts['t2.regulations.repealed']!];
    const cut = text.replace(/^\| 规章 \| (\d+) \| (\d+) \| \d+ \|$/m, '| 规章 | $1 | $2 | |');
    expect(cut).not.toBe(text);
    const r = parseText(cut, 'x.md');
    expect([value(r, 't2.regulations.made')?.value, value(r, 't2.regulations.repealed')?.value, value(r, 't2.regulations.in_force')?.value]).toEqual([made, repealed, null]);
    expect(value(r, 't2.normative_documents.in_force')?.value).toBe(gen.facts['t2.normative_documents.in_force']);
  });

  it('takes no cell from the bar that ends a row', () => {
    const r = parseText(['某镇2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 2 | 1 | 7 |', '行政规范性文件 | 4 | 3 |', '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(value(r, 't2.regulations.in_force')?.value).toBe(7);
    // two numbers for three columns, and no cell to say which is missing: left out, not read as open
    expect(value(r, 't2.normative_documents.in_force')).toBeUndefined();
    expect(r.warnings).toContain('表二 行政规范性文件: 应有 3 个数字，只有 2 个，已略去');
  });

  // a table copied a cell a row (`| 4 |  |`): the blanks are spacers, not the row's cells
  const aCellARow = (cut: boolean): Report => {
    const t3 = ['| 申请人情况 |  |', ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((c) => `| ${c} |  |`)];
    const row = (label: string, values: number[]) => [`| ${label} |  |`, ...values.map((v) => `| ${v} |  |`)];
    const granted = row('(一)予以公开', [4, 0, 2, 1, 0, 0, 7]);
    return parseText(
      ['某镇2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', ...t3, ...row('一、本年新收政府信息公开申请数量', [5, 0, 2, 1, 0, 0, 8]), '| 三、本年度办理结果 |  |', ...(cut ? granted.slice(0, 5) : granted)].join('\n'),
      'x.md',
    );
  };

  it('reads a table copied a cell a row, its blanks spacers', () => {
    const r = aCellARow(false);
    expect(['natural_person', 'commercial', 'research', 'social_welfare', 'total'].map((c) => value(r, `t3.granted.${c}`)?.value)).toEqual([4, 0, 2, 1, 7]);
  });

  it('leaves out a row cut off after four of its seven numbers, not spreading them over the blanks', () => {
    const r = aCellARow(true);
    expect(r.facts.filter((f) => f.key.startsWith('t3.granted.'))).toEqual([]);
    expect(value(r, 't3.new_received.total')?.value).toBe(8);
    expect(r.warnings).toContain('表三 (一)予以公开: 7 个单元格无法可靠对齐，已略去');
  });
});
