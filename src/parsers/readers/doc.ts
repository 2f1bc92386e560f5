import { ReportbotError } from '../../core/errors.ts';
import type { SourceDoc } from '../source.ts';
import { readText } from './text.ts';

/**
 * An old binary Word file (.doc), which many government sites still publish, through
 * word-extractor's text. Word ends a table cell and a table row with the same mark, which comes
 * out as a tab, so a row's last cell and the next row (or the paragraph after the table) run
 * together: a run of tabs is where a row ends or a blank cell stands, and either way a new line
 * there loses nothing, since tables are read by meaning rather than by cell position.
 * A line is a line of that text.
 */
export async function readDoc(bytes: Uint8Array, file: string): Promise<SourceDoc> {
  // loaded only for .doc files
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).getBody();
  } catch {
    throw new ReportbotError('UNSUPPORTED_FORMAT', `${file}: an old binary Office file that cannot be read as a Word document (an .xls, .ppt or .wps, or a damaged .doc); save it as .docx or text first`, { file });
  }
  if (!body.trim()) throw new ReportbotError('FILE_UNREADABLE', `${file}: a Word document with no text (scanned pages? run OCR on it first)`, { file });
  return { ...readText(body.replace(/\t{2,}/g, '\t\n')), layout: 'doc' };
}
