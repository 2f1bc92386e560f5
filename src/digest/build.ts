/**
 * The weekly summary, without Telegram: reports added in a window, units that reported
 * lawsuits or reviews, the most requests, reports failing their checks — each cited — and the
 * same counts for the window before, to compare.
 */
import { normalizeText } from '../core/text.ts';
import { listReports, queryFacts, reportChecks, type Db, type FactRow, type ReportRow } from '../index/index.ts';

export interface DigestFilter {
  /** units the chat chose; null = any */
  unitIds: number[] | null;
  /** region (or name) text; '' = everything */
  text: string;
}

export interface Cited {
  name: string;
  region: string[];
  year: number | null;
  file: string;
  line: number | null;
  value: number | null;
  label: string;
}

export interface DigestCounts {
  added: number;
  lawsuitsOrReviews: number;
  requests: number;
  failing: number;
}

export interface Digest {
  since: string;
  until: string;
  filter: string;
  added: Cited[];
  lawsuits: Cited[];
  mostRequests: Cited[];
  failing: Array<Cited & { checks: string[] }>;
  counts: DigestCounts;
  before: DigestCounts;
}

const LAWSUIT_KEYS = ['t4.review.total', 't4.litigation.total'];
const LABELS: Record<string, string> = { 't4.review.total': '行政复议', 't4.litigation.total': '行政诉讼', 't3.new_received.total': '新收申请' };

function inFilter(r: ReportRow, f: DigestFilter): boolean {
  if (f.unitIds) return f.unitIds.includes(r.unitId);
  if (!f.text) return true;
  const q = normalizeText(f.text);
  return r.region.some((x) => normalizeText(x).includes(q)) || normalizeText(r.name).includes(q);
}

function cite(r: ReportRow | FactRow, label: string, value: number | null, line: number | null): Cited {
  return { name: r.name, region: r.region, year: r.year, file: r.file, line, value, label };
}

function window(db: Db, reports: ReportRow[], from: Date, to: Date, f: DigestFilter) {
  const added = reports.filter((r) => r.ingestedAt >= from.toISOString() && r.ingestedAt < to.toISOString() && inFilter(r, f));
  const ids = new Set(added.map((r) => r.id));
  const years = [...new Set(added.map((r) => r.year).filter((y): y is number => y !== null))];
  const unitIds = [...new Set(added.map((r) => r.unitId))];
  const facts = added.length && years.length ? queryFacts(db, { keys: [...LAWSUIT_KEYS, 't3.new_received.total'], years, unitIds }).filter((x) => ids.has(x.reportId)) : [];
  const lawsuits = facts.filter((x) => LAWSUIT_KEYS.includes(x.key) && (x.value ?? 0) > 0);
  const requests = facts.filter((x) => x.key === 't3.new_received.total' && (x.value ?? 0) > 0).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const failing = added
    .map((r) => ({ r, checks: reportChecks(db, r.id).filter((c) => !c.ok).map((c) => c.detail || c.rule) }))
    .filter((x) => x.checks.length);
  return { added, lawsuits, requests, failing };
}

export function buildDigest(db: Db, opts: { since: Date; until: Date; filter?: DigestFilter }): Digest {
  const f = opts.filter ?? { unitIds: null, text: '' };
  const reports = listReports(db);
  const now = window(db, reports, opts.since, opts.until, f);
  const span = opts.until.getTime() - opts.since.getTime();
  const prev = window(db, reports, new Date(opts.since.getTime() - span), opts.since, f);
  const counts = (w: typeof now): DigestCounts => ({
    added: w.added.length,
    lawsuitsOrReviews: new Set(w.lawsuits.map((x) => x.unitId)).size,
    requests: w.requests.reduce((s, x) => s + (x.value ?? 0), 0),
    failing: w.failing.length,
  });
  return {
    since: opts.since.toISOString(),
    until: opts.until.toISOString(),
    filter: f.text,
    added: now.added.map((r) => cite(r, '新增报告', null, null)),
    lawsuits: now.lawsuits.map((x) => cite(x, LABELS[x.key] ?? x.key, x.value, x.line)),
    mostRequests: now.requests.slice(0, 5).map((x) => cite(x, LABELS[x.key]!, x.value, x.line)),
    failing: now.failing.map(({ r, checks }) => ({ ...cite(r, '勾稽不一致', null, null), checks })),
    counts: counts(now),
    before: counts(prev),
  };
}
