/** The summary as text: HTML for Telegram (all report text escaped), plain for the terminal. */
import type { Cited, Digest, DigestCounts } from './build.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function who(c: Cited): string {
  return `${c.name}${c.region.length ? `（${c.region.join('')}）` : ''}${c.year ? ` ${c.year}年` : ''}`;
}

function source(c: Cited): string {
  return c.line ? `${c.file} 第${c.line}行` : c.file;
}

function day(iso: string, tz: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

function change(now: number, before: number): string {
  if (now === before) return '持平';
  return now > before ? `↑${now - before}` : `↓${before - now}`;
}

export function formatDigest(d: Digest, opts: { html: boolean; tz?: string; shown?: number }): string {
  const e = opts.html ? esc : (s: string) => s;
  const b = (s: string): string => (opts.html ? `<b>${s}</b>` : s);
  const tz = opts.tz ?? 'Asia/Shanghai';
  const n = opts.shown ?? 10;
  const out = [b(`每周摘要 ${day(d.since, tz)} – ${day(d.until, tz)}${d.filter ? `（${e(d.filter)}）` : ''}`)];
  const list = (title: string, items: Cited[], line: (c: Cited) => string): void => {
    if (!items.length) return;
    out.push('', b(`${title}（${items.length}）`));
    items.slice(0, n).forEach((c, i) => out.push(`${i + 1}. ${line(c)}`));
    if (items.length > n) out.push(`……另有${items.length - n}项`);
  };
  if (!d.added.length) out.push('', '这段时间没有新增报告。');
  list('新增报告', d.added, (c) => `${e(who(c))}\n   来源：${e(source(c))}`);
  list('报告了行政复议或诉讼的单位', d.lawsuits, (c) => `${e(who(c))}：${c.label} ${c.value}\n   来源：${e(source(c))}`);
  list('新收申请最多', d.mostRequests, (c) => `${e(who(c))}：${c.value}件\n   来源：${e(source(c))}`);
  list('勾稽检查未通过', d.failing, (c) => {
    const checks = (c as Cited & { checks?: string[] }).checks ?? [];
    return `${e(who(c))}：${e(checks.slice(0, 2).join('；'))}\n   来源：${e(source(c))}`;
  });
  const row = (label: string, k: keyof DigestCounts): string => `${label} ${d.counts[k]}（上周 ${d.before[k]}，${change(d.counts[k], d.before[k])}）`;
  out.push('', b('与上一周期相比'), row('新增报告', 'added'), row('有复议或诉讼的单位', 'lawsuitsOrReviews'), row('新收申请合计', 'requests'), row('勾稽未通过', 'failing'));
  return out.join('\n');
}
