import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes of a text file → string. A byte-order mark wins; otherwise UTF-16 is recognised by its
 * zero bytes, UTF-8 by decoding strictly, and anything else is taken as Windows-1252 (what Excel
 * and older mail clients in Western Europe write).
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  const encoding = sniffEncoding(bytes);
  const bomLength = bomSize(bytes);
  return { text: iconv.decode(bytes.subarray(bomLength), encoding), encoding };
}

export function sniffEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16Order(bytes.subarray(0, 4096));
  if (utf16) return utf16;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function bomSize(bytes: Buffer): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2;
  return 0;
}

/** Mostly-ASCII UTF-16 without a BOM has a zero in every other byte. */
function utf16Order(sample: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes look like binary data rather than text in any encoding we read. */
export function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (utf16Order(sample) || bomSize(sample) === 2) return false;
  let suspicious = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) suspicious++;
  }
  return suspicious > sample.length * 0.1;
}
