/** The parsers' public API: any report file to the canonical Report. */
import { readFile, stat } from 'node:fs/promises';
import { ReportbotError } from '../core/errors.ts';
import { ReportSchema, type Report } from '../core/report.ts';
import { readSource } from './readers/index.ts';
import { readText } from './readers/text.ts';
import { readReport } from './report/read.ts';
import type { SourceDoc } from './source.ts';

export type { Report } from '../core/report.ts';

const MAX_BYTES = 50 * 1024 * 1024;

const tooLarge = (file: string) => new ReportbotError('FILE_UNREADABLE', `${file}: larger than ${MAX_BYTES >> 20} MB, not a report`, { file });

function finish(doc: SourceDoc, file: string): Report {
  const report = readReport(doc, file);
  if (!report) throw new ReportbotError('NOT_A_REPORT', `${file}: not a 政府信息公开工作年度报告 (no disclosure report wording found)`, { file });
  // The schema is the parsers' contract with everything downstream: a violation is a bug here.
  return ReportSchema.parse(report);
}

/** Text already decoded (a .txt, or text pasted into a chat). */
export function parseText(text: string, file: string): Report {
  return finish(readText(text), file);
}

export async function parseBytes(bytes: Uint8Array, file: string): Promise<Report> {
  if (bytes.length > MAX_BYTES) throw tooLarge(file);
  return finish(await readSource(bytes, file), file);
}

export async function parseFile(path: string): Promise<Report> {
  let bytes: Uint8Array;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new ReportbotError('FILE_UNREADABLE', `${path}: is a folder, not a file`, { file: path });
    if (s.size > MAX_BYTES) throw tooLarge(path);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof ReportbotError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportbotError('FILE_NOT_FOUND', `${path}: no such file`, { file: path });
    throw new ReportbotError('FILE_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`, { file: path });
  }
  return parseBytes(bytes, path);
}
