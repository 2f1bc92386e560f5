import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportbotError } from '../../core/errors.ts';
import type { Cell, CellRow, SourceDoc } from '../source.ts';
import { bordersBetween, ruleBetween, ruled, rulesAt, splitAtRules, verticalRules, type Rule } from './pdf-rules.ts';
import { tidy } from './tidy.ts';

/**
 * A PDF with a text layer. A PDF has positioned runs of text, not rows, so rows are rebuilt:
 * runs whose baselines are within half a font height form one line, read left to right, and a
 * gap wider than a character between two runs starts a new cell. Lines are
 * numbered 1, 2, … from the top of the first page to the bottom of the last, and that number
 * is the line of every cell on it.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceDoc> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const rows: CellRow[] = [];
  let task: ReturnType<typeof pdfjs.getDocument> | undefined;
  try {
    task = pdfjs.getDocument({
      // pdf.js takes the buffer over and refuses a Node Buffer, so it gets a plain copy.
      data: new Uint8Array(bytes),
      cMapUrl: join(assets, 'cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: join(assets, 'standard_fonts/'),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      useWorkerFetch: false,
      verbosity: 0,
    });
    const pdf = await task.promise;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const ops = await page.getOperatorList();
      const rules = verticalRules(ops.fnArray, ops.argsArray, pdfjs.OPS);
      const runs: Run[] = [];
      for (const item of content.items) if ('str' in item && item.str.trim()) runs.push(toRun(item));
      for (const line of toLines(runs)) {
        const n = rows.length + 1;
        rows.push({ line: n, cells: toCells(line, rules).map((text): Cell => ({ text, line: n })) });
      }
      page.cleanup();
    }
  } catch (err) {
    throw pdfError(err, file);
  } finally {
    await task?.destroy();
  }
  if (rows.length === 0) throw new ReportbotError('NOT_A_REPORT', `${file}: PDF has no text layer (scanned?)`, { file });
  return { layout: 'pdf', rows, warnings: [] };
}

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

function toRun(item: { str: string; transform: number[]; width: number; height: number }): Run {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, width: item.width, size: item.height || Math.hypot(c, d) || 1 };
}

/** Top to bottom, then left to right; a run joins the line whose baseline is near its own. */
function toLines(runs: Run[]): Run[][] {
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  let current: Run[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of runs) {
    if (current.length && Math.abs(run.y - baseline) <= Math.max(size, run.size) / 2) {
      current.push(run);
      continue;
    }
    if (current.length) lines.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length) lines.push(current);
  return lines.map((line) => dropOverprint(line.sort((a, b) => a.x - b.x)));
}

/** Fake bold prints the same run twice, a fraction of a point apart. */
function dropOverprint(line: Run[]): Run[] {
  return line.filter((run, i) => {
    const prev = line[i - 1];
    return !prev || prev.text !== run.text || Math.abs(prev.x - run.x) > 1 || Math.abs(prev.y - run.y) > 1;
  });
}

const HALF_WIDTH = /[\x21-\x7e]/;
const NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * In a ruled table a cell ends at a border. Elsewhere a cell ends where the gap to the next run
 * is wider than a character: a full-width one (one font size), or a half-width one when digits
 * or Latin letters stand on both sides, which keeps narrow columns of numbers apart. On a ruled
 * line, borders with nothing between them next to a number (and after a last number, before the
 * table's edge) are cells the report left empty; lines of label pieces and headers get none.
 */
function toCells(runs: Run[], rules: readonly Rule[]): string[] {
  const cells: string[] = [];
  let parts: string[] = [];
  let end = Number.NEGATIVE_INFINITY;
  let last = '';
  // a point inside the text's height: baselines sit on or near a row's lower border
  const here = rulesAt(rules, (runs[0]?.y ?? 0) + (runs[0]?.size ?? 0) / 3);
  const lastRun = runs.at(-1);
  const inTable = lastRun !== undefined && ruled(here, runs[0]!.x, lastRun.x + lastRun.width);
  const line = inTable ? runs.flatMap((r) => splitAtRules(r, here)) : runs;
  const empty = (n: number) => {
    for (let k = n; k > 1; k--) cells.push('');
  };
  for (const run of line) {
    const gap = run.x - end;
    const half = HALF_WIDTH.test(last) && HALF_WIDTH.test(run.text.trimStart()[0] ?? '');
    last = run.text.trimEnd().at(-1) ?? last;
    const border = inTable ? ruleBetween(here, end, run.x) : gap > run.size * (half ? 0.5 : 1);
    if (parts.length && border) {
      const cell = tidy(parts.join(''));
      cells.push(cell);
      parts = [];
      // next to a number: two label columns apart are a wrapped label's pieces, not empty cells
      if (inTable && (NUMBER.test(cell) || NUMBER.test(run.text))) empty(bordersBetween(here, end, run.x));
    } else if (parts.length && gap > run.size * 0.2) parts.push(' ');
    parts.push(run.text);
    end = Math.max(end, run.x + run.width);
  }
  if (parts.length) cells.push(tidy(parts.join('')));
  if (inTable && NUMBER.test(cells.at(-1) ?? '')) empty(bordersBetween(here, end, Number.POSITIVE_INFINITY));
  return cells;
}

function pdfError(err: unknown, file: string): ReportbotError {
  if (err instanceof ReportbotError) return err;
  const name = err instanceof Error ? err.name : '';
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  if (name === 'PasswordException') return new ReportbotError('UNSUPPORTED_FORMAT', `${file}: the PDF is password-protected`, { file });
  return new ReportbotError('FILE_UNREADABLE', `${file}: damaged or unreadable PDF (${why})`, { file });
}
