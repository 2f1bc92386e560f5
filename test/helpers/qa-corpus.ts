/**
 * A small indexed corpus for question answering: eight units in six regions, reports for
 * 2019–2023 under both templates, a number in every cell (mostly non-zero), and the special
 * cases an answer must keep apart — a year without lawsuits anywhere, a cell left blank ("not
 * given", not zero), a number read from prose only, a report whose checks fail.
 */
import { createHash } from 'node:crypto';
import { allKeys, describeKey, TABLE_TITLES, type TableId, type Template } from '../../src/core/keys.ts';
import type { Fact, Report } from '../../src/core/report.ts';
import { ingestReport, openDatabase, type Db } from '../../src/index/index.ts';

export interface CorpusUnit {
  name: string;
  region: string[];
  pinyin: string;
  years: number[];
}

export const UNITS: readonly CorpusUnit[] = [
  { name: '湖塘乡', region: ['浙江省', '金华市', '武义县'], pinyin: 'Hutang', years: [2019, 2020, 2021, 2022, 2023] },
  { name: '郑宅镇', region: ['浙江省', '金华市', '浦江县'], pinyin: 'Zhengzhai', years: [2020, 2021, 2022, 2023] },
  { name: '石桥镇', region: ['江西省', '宜春市', '丰城市'], pinyin: 'Shiqiao', years: [2021, 2022, 2023] },
  { name: '石桥乡', region: ['四川省', '绵阳市', '江油市'], pinyin: 'Shiqiao', years: [2022, 2023] },
  { name: '巴丹吉林镇', region: ['内蒙古自治区', '阿拉善盟', '阿拉善右旗'], pinyin: 'Badanjilin', years: [2020, 2021, 2022] },
  { name: '柳屯镇', region: ['山东省', '聊城市', '莘县'], pinyin: 'Liutun', years: [2019, 2021, 2023] },
  { name: '白沙街道', region: ['湖南省', '株洲市', '芦淞区'], pinyin: 'Baisha', years: [2021, 2022, 2023] },
  { name: '龙泉镇', region: [], pinyin: 'Longquan', years: [2022, 2023] },
];

/** The special cases, named so tests can say what they expect. */
export const SPECIAL = {
  /** no unit reports a lawsuit or a review in this year */
  quietYear: 2021,
  /** 龙泉镇 2023 leaves 本年新收 blank */
  blank: { name: '龙泉镇', year: 2023, key: 't3.new_received.total' },
  /** 郑宅镇 2020: the lawsuits come from a sentence, not the table */
  prose: { name: '郑宅镇', year: 2020, key: 't4.litigation.total', value: 7, evidence: '全年发生政府信息公开行政诉讼7件。' },
  /** 柳屯镇 2021 fails its own checks */
  failing: { name: '柳屯镇', year: 2021 },
} as const;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** A deterministic value per unit, year and key; 1–40, amounts with decimals. */
function cell(unit: string, year: number, key: string): number {
  const h = hash(`${unit}|${year}|${key}`);
  if (key.endsWith('.amount')) return Math.round((h % 500000) / 10) / 100 + 1;
  if (key.endsWith('.change')) return (h % 21) - 5;
  // about one cell in six is zero, as in real reports
  return h % 6 === 0 ? 0 : 1 + (h % 40);
}

function values(u: CorpusUnit, year: number, template: Template): Record<string, number | null> {
  const v: Record<string, number | null> = {};
  for (const key of allKeys(template)) v[key] = cell(u.name, year, key);
  if (year === SPECIAL.quietYear) for (const key of Object.keys(v)) if (key.startsWith('t4.')) v[key] = 0;
  // the table's sums hold, as the answers rely on them
  for (const row of ['review', 'litigation_direct', 'litigation_after_review']) {
    v[`t4.${row}.total`] = ['upheld', 'corrected', 'other', 'pending'].reduce((s, c) => s + (v[`t4.${row}.${c}`] ?? 0), 0);
  }
  v['t4.litigation.total'] = (v['t4.litigation_direct.total'] ?? 0) + (v['t4.litigation_after_review.total'] ?? 0);
  if (u.name === SPECIAL.blank.name && year === SPECIAL.blank.year) v[SPECIAL.blank.key] = null;
  return v;
}

export interface CorpusReport {
  report: Report;
  /** the values as stored, for the tests' own reckoning */
  values: Record<string, number | null>;
}

function fact(key: string, value: number | null, line: number): Fact {
  const d = describeKey(key)!;
  const amount = key.endsWith('.amount');
  return {
    key,
    value,
    unit: amount ? '万元' : null,
    method: 'table',
    raw: value === null ? '/' : `${value}`,
    table: TABLE_TITLES[d.table as TableId],
    rowLabel: d.rowLabel,
    colLabel: d.colLabel,
    line,
  };
}

export function corpusReports(): CorpusReport[] {
  const out: CorpusReport[] = [];
  for (const u of UNITS) {
    let prev: { year: number; v: Record<string, number | null> } | null = null;
    for (const year of u.years) {
      const template: Template = year >= 2021 ? 2021 : 2019;
      const v = values(u, year, template);
      // what one year carries forward, the next carries over (the index checks it across years)
      if (prev && prev.year === year - 1) for (const key of Object.keys(v)) if (key.startsWith('t3.carried_over.')) v[key] = prev.v[key.replace('carried_over', 'carried_forward')] ?? null;
      prev = { year, v };
      const facts = Object.entries(v).map(([key, value], i) => fact(key, value, 20 + i));
      const p = SPECIAL.prose;
      if (u.name === p.name && year === p.year) {
        // the table was unreadable: the lawsuits stand only in a sentence
        const at = facts.findIndex((f) => f.key === p.key);
        facts[at] = { ...facts[at]!, method: 'prose', raw: '7件', line: 12, evidence: p.evidence, value: p.value };
        v[p.key] = p.value;
      }
      const failing = u.name === SPECIAL.failing.name && year === SPECIAL.failing.year;
      const report: Report = {
        file: `reports/${u.pinyin.toLowerCase()}-${u.name}-${year}.txt`,
        organ: u.name.endsWith('街道') ? `${u.name}办事处` : `${u.name}人民政府`,
        name: u.name,
        region: u.region.slice(),
        year,
        published: `${year + 1}-01-20`,
        template,
        layout: 'text/tsv',
        facts,
        checks: [{ rule: '表三 总计', ok: !failing, detail: failing ? '自然人: 各项之和 12 ≠ 总计 14' : '一致' }],
        warnings: [],
        sections: [{ title: '一、总体情况', startLine: 3, endLine: 10, text: `${year}年，${u.name}认真贯彻落实政府信息公开条例，推进政务公开标准化规范化建设。` }],
      };
      out.push({ report, values: v });
    }
  }
  return out;
}

export function corpusDb(): { db: Db; reports: CorpusReport[] } {
  const reports = corpusReports();
  return { db: dbOf(reports), reports };
}

/** The corpus and, beside it, units whose reports repeat 湖塘乡's numbers under their own names. */
export function corpusWithUnits(extra: ReadonlyArray<{ name: string; organ: string; region: string[] }>): CorpusReport[] {
  const base = corpusReports();
  const like = base.filter((r) => r.report.name === '湖塘乡');
  return [
    ...base,
    ...extra.flatMap((u) => like.map((r) => ({ values: r.values, report: { ...r.report, name: u.name, organ: u.organ, region: u.region, file: r.report.file.replace('湖塘乡', u.name) } }))),
  ];
}

export function ingestAll(db: Db, reports: CorpusReport[]): void {
  for (const r of reports) ingestReport(db, r.report, { file: r.report.file, hash: createHash('sha256').update(JSON.stringify(r.report)).digest('hex') });
}

/** An in-memory index of the given reports. */
export function dbOf(reports: CorpusReport[]): Db {
  const db = openDatabase(':memory:');
  ingestAll(db, reports);
  return db;
}
