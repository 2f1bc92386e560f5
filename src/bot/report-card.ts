/** A report as a chat message: what it is, its key figures with line numbers, its failed checks. */
import { allKeys, describeKey, TABLE_NAMES, type TableId } from '../core/keys.ts';
import { queryFacts, reportChecks, reportSections, type Db, type FactRow, type ReportRow } from '../index/index.ts';
import { escapeHtml } from './html.ts';
import { place } from './units.ts';

const KEYS = [...new Set([...allKeys(2019), ...allKeys(2021)])];

/** The report's facts with a number other than zero, in table order. */
export function nonZeroFacts(db: Db, r: ReportRow): FactRow[] {
  if (r.year === null) return [];
  return queryFacts(db, { keys: KEYS, unitIds: [r.unitId], years: [r.year] }).filter((f) => f.reportId === r.id && f.value !== null && f.value !== 0);
}

function factLine(f: FactRow): string {
  const d = describeKey(f.key);
  const label = d ? `${d.rowLabel}${d.colLabel === '总计' ? '' : ` · ${d.colLabel}`}` : f.key;
  const how = f.method === 'prose' ? '，据正文' : '';
  return `  ${escapeHtml(label)}：<b>${f.value}${f.unit ? escapeHtml(f.unit) : ''}</b>（第${f.line}行${how}）`;
}

/** Key figures grouped by table; 表三 and 表四 by their totals, so a card stays short. */
export function figuresHtml(facts: FactRow[], perTable = 8): string[] {
  const out: string[] = [];
  for (const t of ['t2', 't3', 't4'] as TableId[]) {
    let rows = facts.filter((f) => f.key.startsWith(`${t}.`));
    if (t !== 't2') rows = rows.filter((f) => f.key.endsWith('.total'));
    if (!rows.length) continue;
    out.push(`<b>${TABLE_NAMES[t]}</b>`);
    out.push(...rows.slice(0, perTable).map(factLine));
    if (rows.length > perTable) out.push(`  ……另有${rows.length - perTable}项`);
  }
  return out;
}

export function failedChecksHtml(db: Db, reportId: number): string[] {
  const failed = reportChecks(db, reportId).filter((c) => !c.ok);
  return failed.length ? ['<b>未通过的勾稽检查</b>', ...failed.map((c) => `  ✗ ${escapeHtml(c.detail || c.rule)}`)] : [];
}

function problems(db: Db, reportId: number): string[] {
  const sec = reportSections(db, reportId).find((s) => /^五|存在的主要问题/.test(s.title));
  if (!sec) return [];
  const bare = (l: string): string => l.replace(/\s+/g, '');
  const lines = sec.text.split('\n').map((l) => l.trim()).filter((l) => l && !bare(sec.title).includes(bare(l))).slice(0, 3);
  if (!lines.length) return [];
  const text = lines.join('\n');
  const short = text.length > 300 ? `${text.slice(0, 300)}……` : text;
  return [`<b>${escapeHtml(sec.title)}</b>（第${sec.startLine}行起）`, escapeHtml(short)];
}

export function reportTitle(r: ReportRow): string {
  return `${r.name}${r.year ? `${r.year}年度` : ''}政府信息公开工作年度报告`;
}

export function reportCard(db: Db, r: ReportRow): string {
  const facts = nonZeroFacts(db, r);
  const out = [
    `<b>${escapeHtml(reportTitle(r))}</b>`,
    `单位：${escapeHtml(place(r))}${r.organ && r.organ !== r.name ? `（${escapeHtml(r.organ)}）` : ''}`,
    `年度：${r.year ?? '未注明'}${r.published ? `，发布于 ${escapeHtml(r.published)}` : ''}`,
    `来源：${escapeHtml(r.file)}`,
    '',
    ...(facts.length ? figuresHtml(facts) : ['表二/三/四中没有读到非零数字。']),
  ];
  const failed = failedChecksHtml(db, r.id);
  if (failed.length) out.push('', ...failed);
  const p = problems(db, r.id);
  if (p.length) out.push('', ...p);
  return out.join('\n');
}
