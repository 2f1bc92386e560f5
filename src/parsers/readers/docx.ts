import { ReportbotError } from '../../core/errors.ts';
import type { SourceDoc } from '../source.ts';
import { readHtml } from './html.ts';

/**
 * A Word (.docx) file, through mammoth's HTML (which keeps merged cells as colspan/rowspan),
 * read by the HTML reader.
 *
 * A Word file has no lines, so the line of a cell is the block it stands in: line N is the
 * Nth paragraph (empty ones included), heading, list item or table row of the document, in
 * document order. Paragraphs inside a table cell belong to their row's line.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<SourceDoc> {
  // loaded only for Word files: most reports are text or web pages
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are dropped: their data would only be carried along as base64.
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ReportbotError('FILE_UNREADABLE', `${file}: not a readable Word document (${why})`, { file });
  }
  return { ...readHtml(oneBlockPerLine(html)), layout: 'docx' };
}

const BLOCK_TAG = /<(\/?)(p|h[1-6]|li|tr|td|th)\b[^>]*>/g;

/** Puts each paragraph, heading, list item and table row on its own line: block N on line N. */
export function oneBlockPerLine(html: string): string {
  let cellDepth = 0;
  let blocks = 0;
  return html.replace(/[\r\n]+/g, ' ').replace(BLOCK_TAG, (tag, close: string, name: string) => {
    if (name === 'td' || name === 'th') {
      cellDepth += close ? -1 : 1;
      return tag;
    }
    if (close || (name !== 'tr' && cellDepth > 0)) return tag;
    return blocks++ === 0 ? tag : `\n${tag}`;
  });
}
