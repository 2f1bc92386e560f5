/**
 * The reply as a chat shows it: every number with its source, prose facts marked 据报告正文,
 * "not given" kept apart from zero, and an empty answer that says what was searched.
 */
import type { SearchHit } from '../index/index.ts';
import type { Outcome } from './answer.ts';
import { kindWord } from './kinds.ts';
import { measureLabel } from './labels.ts';
import { romanized } from './places.ts';
import type { Measured } from './measure.ts';
import type { Query } from './query.ts';

const SHOWN = 20;
const TABLE_SHORT: Array<[RegExp, string]> = [
  [/主动公开/, '表二'],
  [/收到和处理|申请情况/, '表三'],
  [/复议|诉讼/, '表四'],
];

function tableName(t: string): string {
  const short = TABLE_SHORT.find(([re]) => re.test(t))?.[1];
  return short && !t.startsWith(short) ? `${short}（${t}）` : t;
}

function place(name: string, region: string[]): string {
  return region.length ? `${name}（${region.join('')}）` : name;
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

function amount(v: number, unit: string | null): string {
  return unit ? `${v}${unit}` : `${v}`;
}

/**
 * A sum's parts from one table and column: the file and table once, then the rows in order
 * with their lines — or, when every one of them is 0, how many they are.
 */
function citeSum(parts: Measured['facts'], lang: 'zh' | 'en'): string | null {
  const [first] = parts;
  if (!first || parts.some((f) => f.method !== 'table' || f.file !== first.file || f.table !== first.table || f.colLabel !== first.colLabel)) return null;
  const rows = [...parts].sort((a, b) => a.line - b.line);
  const lines = [...new Set(rows.map((f) => f.line))];
  const at = lines.length === 1 ? lines[0]! : `${lines[0]}–${lines.at(-1)}`;
  const zeros = rows.every((f) => f.value === 0);
  return lang === 'zh'
    ? `${first.file} ${tableName(first.table)} / ${first.colLabel} 第${at}行：${zeros ? `${rows.length}项均为0` : rows.map((f) => `${f.rowLabel} ${f.value}`).join('，')}`
    : `${first.file}, ${tableName(first.table)} / ${first.colLabel}, line${lines.length > 1 ? 's' : ''} ${at}: ${zeros ? `all ${rows.length} rows 0` : rows.map((f) => `${f.rowLabel} ${f.value}`).join(', ')}`;
}

/** A sum that leaves out rows the report gives no number for says so. */
function openNote(m: Measured, lang: 'zh' | 'en'): string {
  if (!m.open) return '';
  return lang === 'zh' ? `；另有${m.open}项未给出数字（不等于0，未计入）` : `; ${plural(m.open, 'more row')} give no number (not zero, not counted)`;
}

function cite(m: Measured, lang: 'zh' | 'en'): string {
  return citeFacts(m, lang) + openNote(m, lang);
}

function citeFacts(m: Measured, lang: 'zh' | 'en'): string {
  const parts = m.key.includes('*') ? m.facts.filter((f) => f.value) : m.facts.slice(0, 1);
  // rows that are all 0 are cited together, not by one picked from them
  const sum = m.key.includes('*') ? citeSum(parts.length ? parts : m.facts, lang) : null;
  if (sum) return sum;
  const one = (f: Measured['facts'][number]): string => {
    if (f.method === 'prose') {
      return lang === 'zh'
        ? `据报告正文：“${f.evidence ?? f.raw}”（${f.file} 第${f.line}行）`
        : `from the report's text, not its table: “${f.evidence ?? f.raw}” (${f.file}, line ${f.line})`;
    }
    const where = `${tableName(f.table)} ${f.rowLabel} / ${f.colLabel}`;
    const sum = m.key.includes('*') ? `${f.rowLabel} ${f.value}；` : '';
    return lang === 'zh' ? `${sum}${f.file} ${where} 第${f.line}行` : `${m.key.includes('*') ? `${f.rowLabel} ${f.value}; ` : ''}${f.file}, ${where}, line ${f.line}`;
  };
  return (parts.length ? parts : m.facts.slice(0, 1)).map(one).join(lang === 'zh' ? '；' : '; ');
}

function line(m: Measured, i: number, q: Query, multi: boolean): string {
  const what = multi ? (q.lang === 'zh' ? `${measureLabel(m.measure, 'zh')} ` : `${measureLabel(m.measure, 'en')}: `) : '';
  // (an English reader sees the name as they would spell it too)
  const head =
    q.lang === 'zh'
      ? `${i + 1}. ${place(m.name, m.region)} ${m.year}年：${what}${amount(m.value ?? 0, m.unit)}`
      : `${i + 1}. ${place(m.name, m.region)} (${romanized(m.name)}), ${m.year}: ${what}${amount(m.value ?? 0, m.unit)}`;
  return `${head}\n   ${q.lang === 'zh' ? '来源' : 'source'}：${cite(m, q.lang)}`.replace('source：', 'source: ');
}

function yearsText(years: number[], lang: 'zh' | 'en'): string {
  if (!years.length) return lang === 'zh' ? '（无）' : '(none)';
  const runs: string[] = [];
  let start = years[0]!;
  for (let i = 1; i <= years.length; i++) {
    if (years[i] === years[i - 1]! + 1) continue;
    const end = years[i - 1]!;
    runs.push(start === end ? `${start}` : `${start}–${end}`);
    start = years[i]!;
  }
  return lang === 'zh' ? `${runs.join('、')}年` : runs.join(', ');
}

function condText(q: Query): string {
  const c = q.condition;
  if (!c) return q.lang === 'zh' ? '大于0' : 'above 0';
  const op = q.lang === 'zh' ? { '>': '大于', '>=': '不少于', '=': '等于', '<': '少于' }[c.op] : { '>': 'above', '>=': 'at least', '=': 'equal to', '<': 'below' }[c.op];
  // amounts are compared in 万元
  const money = c.value !== 0 && q.keys.length > 0 && q.keys.every((k) => k.endsWith('.amount')) ? '万元' : '';
  const lower = `${op}${q.lang === 'zh' ? '' : ' '}${c.value}${money}`;
  if (!c.max) return lower;
  const upper = q.lang === 'zh' ? `${c.max.inclusive ? '不超过' : '少于'}${c.max.value}${money}` : `${c.max.inclusive ? 'at most' : 'below'} ${c.max.value}${money}`;
  return q.lang === 'zh' ? `${lower}且${upper}` : `${lower} and ${upper}`;
}

function names(list: Array<{ name: string; region: string[]; year: number }>, lang: 'zh' | 'en'): string {
  const shown = list.slice(0, 8).map((x) => (lang === 'zh' ? `${place(x.name, x.region)} ${x.year}年` : `${place(x.name, x.region)} ${x.year}`));
  const more = list.length - shown.length;
  return shown.join(lang === 'zh' ? '、' : ', ') + (more > 0 ? (lang === 'zh' ? ` 等${list.length}份` : ` and ${more} more`) : '');
}

export function formatOutcome(o: Outcome): string {
  const q = o.query;
  const zh = q.lang === 'zh';
  const what = q.keys.map((k) => measureLabel(k, q.lang)).join(zh ? '、' : ', ');
  const unit = kindWord(o.kinds, q.lang);
  const scope = zh
    ? `查找范围：${yearsText(o.searched.years, 'zh')}，${o.searched.units}个${unit}的${o.searched.reports}份报告`
    : `Searched: ${yearsText(o.searched.years, 'en')}, ${plural(o.searched.reports, 'report')} of ${plural(o.searched.units, unit)}`;
  const out: string[] = [];
  const rows = o.rows;
  const multi = new Set(rows.map((r) => r.measure)).size > 1;

  if (q.lacking && !q.unknown?.length) out.push(zh ? `报告中没有“${q.lacking}”这一项，以下是报告给出的相关数字。` : `The reports do not give “${q.lacking}”; below are the related numbers they give.`);
  if (q.unknown?.length) {
    const names = q.unknown.map((n) => `“${n}”`).join(zh ? '、' : ', ');
    out.push(zh ? `数据中没有${names}的报告（${what}）。` : `The data holds no report of ${names} (${what}).`);
  } else if (!rows.length) {
    const asked = q.intent === 'list' || q.intent === 'count' || q.intent === 'rank' ? ` ${condText(q)}` : '';
    out.push(zh ? `没有找到符合条件的结果（${what}${asked}）。${scope}。` : `Nothing found (${what}${asked}). ${scope}.`);
  } else if (q.intent === 'list' || q.intent === 'count') {
    const n = new Set(rows.map((r) => r.unitId)).size;
    out.push(zh ? `共${n}个${unit}、${rows.length}条记录符合（${what} ${condText(q)}）：` : `${plural(n, unit)} (${plural(rows.length, 'report')}) ${n === 1 ? 'qualifies' : 'qualify'} (${what} ${condText(q)}):`);
  } else if (q.intent === 'rank') {
    const head = q.order === 'asc' ? (zh ? '最少' : 'Lowest') : zh ? '最多' : 'Highest';
    const tie = !q.limit && rows.length > 1 ? (zh ? `（${rows.length}个并列）` : ` (${rows.length} tied)`) : '';
    out.push(zh ? `${what}${q.limit ? `前${q.limit}名` : head}${tie}：` : `${head} ${what}${q.limit ? `, top ${q.limit}` : ''}${tie}:`);
  } else {
    out.push(zh ? `${what}：` : `${what[0]!.toUpperCase()}${what.slice(1)}:`);
  }
  rows.slice(0, SHOWN).forEach((m, i) => out.push(line(m, i, q, multi)));
  if (rows.length > SHOWN) out.push(zh ? `……另有${rows.length - SHOWN}条，见完整列表。` : `… and ${rows.length - SHOWN} more in the full list.`);
  if (rows.length && (q.intent === 'list' || q.intent === 'count')) out.push(`${scope}${zh ? '。' : '.'}`);

  if (o.missing.length) {
    out.push(zh ? `未给出该数字（不等于0，未计入）：${names(o.missing, 'zh')}。` : `No number given (not counted as zero): ${names(o.missing, 'en')}.`);
  }
  if (o.noReport.length) out.push(zh ? `没有这些年份的报告：${names(o.noReport, 'zh')}。` : `No report for: ${names(o.noReport, 'en')}.`);
  const failed = rows.filter((r) => r.failedChecks > 0);
  if (failed.length) {
    out.push(zh ? `注意：${names(failed, 'zh')} 的报告自身数字勾稽不一致，以上按报告所印数字作答。` : `Note: the report of ${names(failed, 'en')} fails its own consistency checks; its numbers are given as printed.`);
  }
  if (!rows.length) {
    if (o.elsewhere.length) {
      const list = o.elsewhere.map((m) => (zh ? `${place(m.name, m.region)} ${m.year}年 ${amount(m.value ?? 0, m.unit)}` : `${place(m.name, m.region)} ${m.year}: ${m.value}`));
      out.push(zh ? `其他年份有：${list.join('、')}。` : `Other years have: ${list.join(', ')}.`);
    }
    out.push(zh ? `数据中有这些年份的报告：${yearsText(o.available, 'zh')}。` : `The data holds reports for ${yearsText(o.available, 'en')}.`);
  }
  return out.join('\n');
}

export function formatSearch(hits: SearchHit[], lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  if (!hits.length) {
    return zh
      ? `没有读懂这个问题，全文搜索也没有找到相关段落。可以问：“2020年哪些乡镇有行政诉讼？”“湖塘乡收到多少申请？”`
      : `I could not read this question, and a full-text search found nothing. Try: "Which townships had lawsuits in 2020?"`;
  }
  const out = [zh ? `没有读懂问题中的统计项；以下是全文搜索结果（不是统计数字）：` : `I could not read a number in this question; these are full-text search results (not statistics):`];
  hits.forEach((h, i) => out.push(`${i + 1}. ${place(h.name, h.region)}${h.year ? (zh ? ` ${h.year}年` : ` ${h.year}`) : ''} · ${h.section} · ${h.file} ${zh ? `第${h.line}行` : `line ${h.line}`}\n   ${h.snippet}`));
  return out.join('\n');
}
