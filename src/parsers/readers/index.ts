import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ReportbotError } from '../../core/errors.ts';
import { decodeText } from '../decode.ts';
import type { SourceDoc } from '../source.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';

/**
 * Any report file to rows of cells. What the bytes are decides the reader; the file name only
 * breaks the tie for text (.html/.htm), since reports are often saved under the wrong
 * extension (a .doc that is really a web page, a .txt that is HTML).
 */
export async function readSource(bytes: Uint8Array, file: string): Promise<SourceDoc> {
  if (bytes.length === 0) throw new ReportbotError('EMPTY_FILE', `${file}: the file is empty`, { file });
  if (startsWith(bytes, 'PK\x03\x04')) {
    if (!contains(bytes, 'word/document.xml')) {
      throw new ReportbotError('UNSUPPORTED_FORMAT', `${file}: a zip archive that is not a Word .docx document`, { file });
    }
    return readDocx(bytes, file);
  }
  if (contains(bytes.subarray(0, 1024), '%PDF-')) return readPdf(bytes, file);
  if (startsWith(bytes, '\xd0\xcf\x11\xe0')) return readDoc(bytes, file);
  const binary = BINARY_FORMATS.find((f) => f.magic.some((m) => startsWith(bytes, m)));
  if (binary) throw new ReportbotError('UNSUPPORTED_FORMAT', `${file}: ${binary.says}`, { file });

  const text = decodeText(bytes, file);
  if (looksLikeHtml(text) || /\.html?$/i.test(file)) return readHtml(htmlText(bytes, text));
  return readText(text);
}

const BINARY_FORMATS: { magic: string[]; says: string }[] = [
  { magic: ['\x89PNG', '\xff\xd8\xff', 'GIF8', 'II*\x00', 'MM\x00*'], says: 'an image, not a text report (run OCR on it first)' },
  { magic: ['{\\rtf'], says: 'an RTF file; save it as .docx or text first' },
  { magic: ['Rar!', '7z\xbc\xaf', '\x1f\x8b'], says: 'a compressed archive; unpack it first' },
];

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table)\b/i;

function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.replace(/^\ufeff/, '').trimStart().slice(0, 4096));
}

const GBK_META = /<meta[^>]+charset\s*=\s*["']?\s*(?:gbk|gb2312|gb18030|x-gbk)\b/i;

/**
 * A page that declares a GBK charset is decoded as GB18030 (its superset), as a browser
 * would, unless it has a BOM or is valid UTF-8 with a fair amount of non-ASCII text: pages
 * re-saved as UTF-8 often keep their old declaration, and GBK text of more than a few
 * characters is never valid UTF-8 by chance.
 */
function htmlText(bytes: Uint8Array, decoded: string): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  if (!GBK_META.test(head) || hasBom(bytes)) return decoded;
  // valid UTF-8 is what decodeText already decoded it as: no second decoding
  if (isUtf8(bytes) && (decoded.match(/[^\x00-\x7f]/g)?.length ?? 0) >= 8) return decoded;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

function contains(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ascii, 0, 'latin1');
}
