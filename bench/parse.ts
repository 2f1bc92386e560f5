/**
 * Parse throughput: generated reports in every layout, rendered before the clock starts, parsed
 * one after another in this process, then checked against the facts they were generated from.
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

function prepare(opts: ParseBenchOptions): Prepared[] {
  return Array.from({ length: opts.count }, (_, i) => {
    const c = i % CASES.length;
    const report = generateReport(opts.seed + i);
    const { text, file } = renderReport(report, CASES[c]!.layout, { mangle: CASES[c]!.mangle });
    return { report, case: c, text, file, bytes: file.endsWith('.html') ? new TextEncoder().encode(text) : null };
  });
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function benchParse(opts: ParseBenchOptions): Promise<Figures> {
  const t0 = performance.now();
  const docs = prepare(opts);
  const prepSeconds = (performance.now() - t0) / 1000;
  const totalBytes = docs.reduce((s, d) => s + (d.bytes?.length ?? Buffer.byteLength(d.text)), 0);
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
  const deadline = t0 + opts.budget * 1000;
  // Reports are checked against what they were generated from after each batch, not between
  // parses, so that the checking's own garbage is not collected on the parser's clock.
  const BATCH = 100;
  for (let at = 0; at < docs.length && performance.now() <= deadline; at += BATCH) {
    const batch = docs.slice(at, at + BATCH);
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
      parseMs += took;
      caseMs[d.case]! += took;
      caseBytes[d.case]! += d.bytes?.length ?? Buffer.byteLength(d.text);
      caseCount[d.case]!++;
      parsed++;
      parsedBytes += d.bytes?.length ?? Buffer.byteLength(d.text);
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
      ['reports', `${docs.length} in ${CASES.length} layouts, ${mb(totalBytes)}, rendered in ${prepSeconds.toFixed(1)} s`],
      ['parsed', parsed === docs.length ? `all ${parsed}` : `${parsed} of ${docs.length} (time budget of ${opts.budget} s reached)`],
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
