/**
 * Ask latency on the rule path over an open, filled database: questions of every intent, made
 * from the database's own units and years so that each one meets real facts. Call
 * `benchAsk(db)` for the figures, or `askFigures(db)` for a section of `npm run bench`.
 */
import { listUnits, yearsInData, type Db } from '../src/index/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import type { Figures } from './figures.ts';

export interface AskLatency {
  questions: number;
  p50: number;
  p95: number;
  max: number;
  /** building the asker: units, pinyin names, years */
  setupMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Questions that meet the data: lists, values, rankings, latest, comparisons, English, slips. */
export function benchQuestions(db: Db, count = 200): string[] {
  const units = listUnits(db).filter((u) => u.years.length);
  const years = yearsInData(db);
  if (!units.length || !years.length) return [];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const u = units[(i * 7919) % units.length]!;
    const y = u.years[i % u.years.length]!;
    const yy = years[i % years.length]!;
    const forms = [
      `${yy}年哪些乡镇有行政诉讼？`,
      `${u.name}${y}年收到多少政府信息公开申请？`,
      `哪个乡镇的行政复议最多？`,
      `${u.name}的行政处罚决定是多少`,
      `${yy}年行政许可前五名`,
      `Which townships had more than 20 penalty decisions in ${yy}?`,
      `${u.name}历年不予公开的申请对比`,
      `${yy}年哪些乡镇没有收到申请`,
    ];
    out.push(forms[i % forms.length]!);
  }
  return out;
}

export function benchAsk(db: Db, opts: { questions?: string[] } = {}): AskLatency {
  const t0 = performance.now();
  const asker = createAsker(db);
  const setupMs = performance.now() - t0;
  const questions = opts.questions ?? benchQuestions(db);
  const ms: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    asker.askRules(q);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { questions: questions.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1) ?? 0, setupMs };
}

export function askFigures(db: Db, opts: { questions?: string[] } = {}): Figures {
  const r = benchAsk(db, opts);
  return {
    section: 'ask (rule path)',
    rows: [
      ['questions', String(r.questions)],
      ['asker setup', `${r.setupMs.toFixed(0)} ms`],
      ['latency p50', `${r.p50.toFixed(1)} ms`],
      ['latency p95', `${r.p95.toFixed(1)} ms (target ≤ 50)`],
      ['latency max', `${r.max.toFixed(1)} ms`],
    ],
  };
}
