/** A SourceDoc, whatever reader produced it, to the canonical Report. */
import type { Fact, Report } from '../../core/report.ts';
import { normalizeAll, squash } from '../../core/text.ts';
import type { Cell, SourceDoc } from '../source.ts';
import { runChecks, textAgainstTable } from './checks.ts';
import { lines, readMeta, readTemplate } from './meta.ts';
import { readProse } from './prose.ts';
import { SECTION_TITLES, findSections, rowsOf } from './sections.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';
import { HEAD_LINES } from './title.ts';
import { tokenize } from './tokens.ts';

const REPORT_WORDS = /信息公开|政务公开|依申请|主动公开|行政复议/;

/** what a printed page leaves in copied text: 第 2 页 共 5 页, 共5页第2页, - 3 -, Page 2 of 5 */
const PAGE_MARK = /^(?:第\d+页(?:[,，]?共\d+页)?|共\d+页[,，]?第\d+页|[-—]\d+[-—]|page\d+(?:of\d+)?)$/i;

/** A row that is only a page's number, which runs into neither the tables nor the title. */
function isPageMark(cells: Cell[]): boolean {
  let text = '';
  for (const c of cells) text += c.text;
  return text.length <= 20 && PAGE_MARK.test(text.replace(/\s+/g, ''));
}

/** Every cell normalised once (simplified, half-width); the readers below rely on it. */
function normalizeDoc(doc: SourceDoc): SourceDoc {
  const cells: string[] = [];
  for (const r of doc.rows) {
    for (const c of r.cells) {
      const t = c.text;
      cells.push(t.indexOf('\n') < 0 && t.indexOf('\r') < 0 ? t : t.replace(/[\r\n]+/g, ' '));
    }
  }
  const norm = normalizeAll(cells);
  let i = 0;
  // Nothing downstream changes a row or cell, so those normalisation leaves alone are shared.
  const rows = doc.rows.map((r) => {
    let out: Cell[] | undefined;
    for (let k = 0; k < r.cells.length; k++) {
      const c = r.cells[k]!;
      const text = norm[i++]!;
      if (text === c.text && !out) continue;
      out ??= r.cells.slice(0, k);
      out.push(text === c.text ? c : { text, line: c.line });
    }
    return out ? { line: r.line, cells: out } : r;
  });
  return { ...doc, rows: rows.filter((r) => !isPageMark(r.cells)) };
}

/** A section's rows as text: a row's non-blank cells joined by a space, one row a line. */
function sectionText(doc: SourceDoc, from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const cells = doc.rows[i]!.cells;
    let line = '';
    for (const c of cells) {
      const t = c.text.trim();
      if (t) line = line ? `${line} ${t}` : t;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

export function readReport(source: SourceDoc, file: string): Report | null {
  const doc = normalizeDoc(source);
  const all = lines(doc);
  if (!all.some((l) => REPORT_WORDS.test(l))) return null;

  const meta = readMeta(
    all,
    doc.rows.slice(0, HEAD_LINES).map((r) => (r.cells.length > 1 ? r.cells.map((c) => squash(c.text)) : [])),
  );
  const template = readTemplate(all, meta.year);
  const spans = findSections(doc, all);
  const n = doc.rows.length;
  const warnings = [...doc.warnings];
  const tableFacts: Fact[] = [];

  if (template) {
    const t2 = readTable2(tokenize(doc, ...rowsOf(spans, 1, n)), template);
    const t3 = readTable3(tokenize(doc, ...rowsOf(spans, 2, n)), template);
    const t4 = readTable4(tokenize(doc, ...rowsOf(spans, 3, n)));
    tableFacts.push(...t2.facts, ...t3.facts, ...t4.facts);
    warnings.push(...t2.warnings, ...t3.warnings, ...t4.warnings);
  } else warnings.push('无法判断报告格式 (2019 或 2021 年模板)，表格未读取');

  const prose = readProse(doc);
  warnings.push(...prose.warnings);
  const have = new Set(tableFacts.filter((f) => f.value !== null).map((f) => f.key));
  // (规章 and 规范性文件 made, repealed, in force are the 2021 template's; a 2019 report counts them otherwise)
  const fits = (key: string): boolean => template !== 2019 || !/^t2\.(?:regulations|normative_documents)\./.test(key);
  const facts = [...tableFacts, ...prose.facts.filter((f) => !have.has(f.key) && fits(f.key))];

  const sections = spans.map((s) => ({
    title: SECTION_TITLES[s.index]!,
    startLine: s.startLine,
    endLine: s.endLine,
    text: sectionText(doc, s.from, s.to),
  }));
  if (spans.length < 3) warnings.push(`六个部分的标题只找到 ${spans.length} 个`);

  return {
    file,
    ...meta,
    template,
    layout: doc.layout,
    facts,
    checks: [...runChecks(facts, template), ...textAgainstTable(prose.facts, tableFacts)],
    warnings,
    sections,
  };
}
