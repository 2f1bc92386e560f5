import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ReportbotError } from '../core/errors.ts';

/**
 * Bytes of a text file to a string. The encoding is detected, never assumed: BOMs first, then
 * UTF-16 without BOM (from where the NUL bytes fall), then strict UTF-8, then GB18030 (a
 * superset of GBK and GB2312), which is what Chinese Windows software writes.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ReportbotError('EMPTY_FILE', `${file}: the file is empty`, { file });
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), file);
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) throw new ReportbotError('BINARY_FILE', `${file}: binary data, not a text report`, { file });
  const text = tryUtf8(bytes);
  if (text !== null) return text;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

function utf8(bytes: Uint8Array, file: string): string {
  const text = tryUtf8(bytes);
  if (text === null) throw new ReportbotError('FILE_UNREADABLE', `${file}: marked as UTF-8 but not valid UTF-8`, { file });
  return text;
}

/** Strict UTF-8: the check is native and vectorised, several times cheaper than a fatal TextDecoder. */
function tryUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null;
}

/**
 * UTF-16 without BOM. ASCII (digits, tabs, line breaks) puts a NUL in every pair, but so do
 * common characters such as 一 (U+4E00) and 开 (U+5F00), on the other side; and all-CJK text
 * has no NUL at all. So the NULs only suggest UTF-16, and the byte order whose text reads as
 * text decides.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (evenNul + oddNul < (n / 2) * 0.01 && (evenNul + oddNul > 0 || isUtf8(bytes))) return null;
  const order = oddNul >= evenNul ? (['utf-16le', 'utf-16be'] as const) : (['utf-16be', 'utf-16le'] as const);
  return order.find((enc) => readsAsText(bytes.subarray(0, n), enc)) ?? null;
}

/** Chinese, ASCII and their punctuation; text read in the wrong byte order is mostly neither. */
const TEXT_CHAR = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u24ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

function readsAsText(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): boolean {
  let s: string;
  try {
    s = new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let text = 0;
  for (const ch of s) if (TEXT_CHAR.test(ch)) text++;
  return s.length > 0 && text / s.length > 0.9;
}

/** NULs or many control bytes in the first 8 KiB: an image, archive or executable. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.05;
}
