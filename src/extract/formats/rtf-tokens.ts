/**
 * RTF's lexical layer: the bytes of a file as groups, control words and symbols, `\'hh` bytes and
 * runs of literal text, in one pass with no backtracking. Meaning (destinations, code pages,
 * tables) is the reader's (rtf.ts). `\binN` data is stepped over, never copied or allocated, and
 * a length past the end of the file just ends it; a control word's number is clamped to what a
 * 32-bit signed value holds, as RTF defines it. Line ends outside control words carry no meaning.
 */

export type RtfToken =
  | { kind: 'open' }
  | { kind: 'close' }
  /** A control word (`\par`, `\u-3913`) or symbol (`\~`, `\*`, `\{`), its number if it has one. */
  | { kind: 'control'; word: string; param: number | null }
  /** One byte written as `\'hh`, to be decoded in the current code page. */
  | { kind: 'byte'; value: number }
  /** Literal bytes between markup, without line ends. */
  | { kind: 'text'; bytes: Buffer }
  /** `\binN`: N bytes of binary data, skipped. */
  | { kind: 'binary' };

const OPEN = 0x7b;
const CLOSE = 0x7d;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const MINUS = 0x2d;
const QUOTE = 0x27;

const INT32_MAX = 2 ** 31 - 1;

export function* rtfTokens(bytes: Buffer): Generator<RtfToken> {
  const end = bytes.length;
  let at = 0;
  while (at < end) {
    const c = bytes[at]!;
    if (c === OPEN) { at++; yield { kind: 'open' }; continue; }
    if (c === CLOSE) { at++; yield { kind: 'close' }; continue; }
    if (c === CR || c === LF) { at++; continue; }
    if (c !== BACKSLASH) {
      const start = at;
      while (at < end && !isMarkup(bytes[at]!)) at++;
      yield { kind: 'text', bytes: bytes.subarray(start, at) };
      continue;
    }
    at++;
    if (at >= end) break;
    const first = bytes[at]!;
    if (!isLetter(first)) {
      at++;
      if (first === QUOTE) {
        const value = hexValue(bytes[at], bytes[at + 1]);
        if (value !== null) {
          at += 2;
          yield { kind: 'byte', value };
        } else {
          // A broken escape's two characters are dropped with it, but never a brace or backslash after it.
          for (let k = 0; k < 2 && at < end && !isMarkup(bytes[at]!); k++) at++;
        }
        continue;
      }
      // A backslash before a line end is a paragraph mark, as `\par`.
      yield first === CR || first === LF ? { kind: 'control', word: 'par', param: null } : { kind: 'control', word: String.fromCharCode(first), param: null };
      continue;
    }
    const wordStart = at;
    while (at < end && isLetter(bytes[at]!)) at++;
    const word = bytes.toString('latin1', wordStart, at);
    let param: number | null = null;
    const negative = bytes[at] === MINUS && isDigit(bytes[at + 1]);
    if (negative) at++;
    if (isDigit(bytes[at])) {
      param = 0;
      while (at < end && isDigit(bytes[at])) {
        param = Math.min(param * 10 + bytes[at]! - 0x30, INT32_MAX);
        at++;
      }
      if (negative) param = -param;
    }
    if (bytes[at] === SPACE) at++;
    if (word === 'bin' && param !== null && param > 0) {
      at = Math.min(end, at + param);
      yield { kind: 'binary' };
      continue;
    }
    yield { kind: 'control', word, param };
  }
}

function isMarkup(c: number): boolean {
  return c === OPEN || c === CLOSE || c === BACKSLASH || c === CR || c === LF;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function hexValue(high: number | undefined, low: number | undefined): number | null {
  const h = hexDigit(high);
  const l = hexDigit(low);
  return h === null || l === null ? null : h * 16 + l;
}

function hexDigit(c: number | undefined): number | null {
  if (c === undefined) return null;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : null;
}
