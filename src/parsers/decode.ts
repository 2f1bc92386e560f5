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

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Chinese in UTF-16 has few NULs, but ASCII digits, tabs and newlines give one in each pair. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.2 && evenNul < pairs * 0.02) return validUtf16(bytes, 'utf-16le') ? 'utf-16le' : null;
  if (evenNul > pairs * 0.2 && oddNul < pairs * 0.02) return validUtf16(bytes, 'utf-16be') ? 'utf-16be' : null;
  // All-CJK UTF-16 has no NULs: accept it when it decodes to mostly CJK and line breaks.
  if (evenNul === 0 && oddNul === 0 && tryUtf8(bytes) === null) {
    for (const enc of ['utf-16le', 'utf-16be'] as const) if (mostlyCjk(new TextDecoder(enc).decode(bytes.subarray(0, n)))) return enc;
  }
  return null;
}

function validUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): boolean {
  try {
    new TextDecoder(enc, { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 4096) & ~1));
    return true;
  } catch {
    return false;
  }
}

function mostlyCjk(s: string): boolean {
  let cjk = 0;
  for (const ch of s) if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\s\d]/u.test(ch)) cjk++;
  return s.length > 0 && cjk / s.length > 0.9;
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
