/**
 * Parse throughput: generated reports in every layout, rendered a batch at a time off the clock,
 * parsed one after another in this process, then checked against the facts they were generated from.
 */
import { performance } from 'node:perf_hooks';
import { parseBytes, parseText } from '../src/parsers/index.ts';
import type { Report } from '../src/core/report.ts';
import { compareReport } from '../test/helpers/compare.ts';
import { generateReport } from '../test/helpers/generate.ts';
import type { GeneratedReport } from '../test/helpers/generate.ts';
import { LAYOUTS, expectedFacts, renderReport } from '../test/helpers/render/index.ts';
import type { Layout } from '../test/helpers/render/index.ts';
import type { Figures } from './figures.ts';

export interface ParseBenchOptions {
  count: number;
  seed: number;
  /** seconds after which parsing stops, so that a slow parser still gives figures in time */
  budget: number;
}

const CASES: ReadonlyArray<{ name: string; layout: Layout; mangle: boolean }> = [
  ...LAYOUTS.map((layout) => ({ name: layout, layout, mangle: false })),
  { name: 'tsv+mangle', layout: 'tsv', mangle: true },
];

interface Prepared {
  report: GeneratedReport;
  case: number;
  text: string;
  bytes: Uint8Array | null;
  file: string;
}

/** Reports `from` … `from + count - 1` of the corpus, rendered. */
function prepare(seed: number, from: number, count: number): Prepared[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const c = i % CASES.length;
    const report = generateReport(seed + i);
    const { text, file } = renderReport(report, CASES[c]!.layout, { mangle: CASES[c]!.mangle });
    return { report, case: c, text, file, bytes: file.endsWith('.html') ? new TextEncoder().encode(text) : null };
  });
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function benchParse(opts: ParseBenchOptions): Promise<Figures> {
  const t0 = performance.now();
  let prepMs = 0;
  let totalBytes = 0;
  const rssBefore = process.memoryUsage().rss;

  const failed = CASES.map(() => 0);
  const errors = CASES.map(() => 0);
  const caseMs = CASES.map(() => 0);
  const caseBytes = CASES.map(() => 0);
  const caseCount = CASES.map(() => 0);
  let parseMs = 0;
  let cpuMicros = 0;
  let parsed = 0;
  let parsedBytes = 0;
  // the budget counts parsing and checking, not rendering
  const deadline = t0 + opts.budget * 1000;
  // The corpus is rendered a batch at a time, off the clock, and each batch is checked against
  // what it was generated from after it is parsed: only the parser is timed, and the live heap
  // stays the size a real ingest has, not that of thousands of rendered reports held at once.
  const BATCH = 100;
  for (let at = 0; at < opts.count && performance.now() - prepMs <= deadline; at += BATCH) {
    const p0 = performance.now();
    const batch = prepare(opts.seed, at, Math.min(BATCH, opts.count - at));
    prepMs += performance.now() - p0;
    const reports: Array<Report | null> = [];
    for (const d of batch) {
      let report: Report | null = null;
      const start = performance.now();
      const cpu = process.cpuUsage();
      try {
        report = d.bytes ? await parseBytes(d.bytes, d.file) : parseText(d.text, d.file);
      } catch {
        errors[d.case]!++;
      }
      const used = process.cpuUsage(cpu);
      cpuMicros += used.user + used.system;
      const took = performance.now() - start;
      const size = d.bytes?.length ?? Buffer.byteLength(d.text);
      parseMs += took;
      caseMs[d.case]! += took;
      caseBytes[d.case]! += size;
      caseCount[d.case]!++;
      parsed++;
      parsedBytes += size;
      totalBytes += size;
      reports.push(report);
    }
    batch.forEach((d, i) => {
      const report = reports[i];
      if (report && compareReport(d.report, expectedFacts(d.report, CASES[d.case]!.layout), report, d.text).facts.length > 0) failed[d.case]!++;
    });
  }
  const seconds = parseMs / 1000;
  const perLayout = CASES.map((c, i) => `${c.name} ${failed[i]! + errors[i]!}`).join(', ');
  const failedTotal = failed.reduce((a, b) => a + b, 0) + errors.reduce((a, b) => a + b, 0);
  return {
    section: 'parse',
    rows: [
      ['reports', `${opts.count} in ${CASES.length} layouts, ${mb(totalBytes)}, rendered in batches of 100 in ${(prepMs / 1000).toFixed(1)} s (not timed)`],
      ['parsed', parsed === opts.count ? `all ${parsed}` : `${parsed} of ${opts.count} (time budget of ${opts.budget} s reached)`],
      ['parse time', `${seconds.toFixed(2)} s wall, ${(cpuMicros / 1e6).toFixed(2)} s CPU, one core`],
      ['reports/s', `${(parsed / seconds).toFixed(0)} (${(parsed / (cpuMicros / 1e6)).toFixed(0)} per CPU second)`],
      ['MB/s', `${(parsedBytes / 2 ** 20 / seconds).toFixed(2)} (${(parsedBytes / 2 ** 20 / (cpuMicros / 1e6)).toFixed(2)} per CPU second)`],
      ['per report, by layout', CASES.map((c, i) => `${c.name} ${(caseMs[i]! / Math.max(1, caseCount[i]!)).toFixed(2)} ms (${(caseBytes[i]! / Math.max(1, caseCount[i]!) / 1024).toFixed(0)} KB)`).join(', ')],
      ['RSS', `${mb(rssBefore)} before parsing, ${mb(process.memoryUsage().rss)} after`],
      ['peak RSS', mb(process.resourceUsage().maxRSS * 1024)],
      ['facts not round-tripped', `${failedTotal} of ${parsed} reports (${perLayout})`],
      ['parse errors', String(errors.reduce((a, b) => a + b, 0))],
    ],
  };
}
