import iconv from 'iconv-lite';
import type { Draft } from '../draft.js';
import type { ExtractIssue } from '../../interfaces.js';
import { decodeText } from '../decode.js';

/**
 * vCard (a phone's or mail client's contacts export, versions 2.1, 3.0 and 4.0): the cards as one
 * contact table, Name | Role | Company | Phone | Other phone | E-mail | Address | Notes, which the
 * understanding layer reads like any contact sheet. Lines are unfolded (RFC 6350 §3.2), vCard 2.1's
 * quoted-printable values (soft line breaks included) decoded in their CHARSET, escapes undone.
 * The Phone column holds the card's mobile (TYPE=CELL, or a custom label such as
 * "item1.X-ABLabel:Mobile"), since a tour's day-of contact is called on it, else its first number;
 * Other phone the next one (an office line); faxes are left out. ORG gives its
 * first component (the firm, not its department); a card for a firm rather than a person (KIND:org,
 * Apple's X-ABShowAs:COMPANY, or an empty N whose FN is the ORG) leaves the name empty. Only these
 * properties are read, so photos, logos, keys and sounds (binary or links) never reach the text.
 */

/** More cards than a tour's contacts export ever holds: the rest is cut with a warning. */
const MAX_CARDS = 5_000;
/** A note longer than this is cut: a cell of a table, not a document. */
const MAX_VALUE_CHARS = 2_000;

const HEADER = ['Name', 'Role', 'Company', 'Phone', 'Other phone', 'E-mail', 'Address', 'Notes'] as const;

interface Property { group: string | null; name: string; types: Set<string>; pref: boolean; value: string }

interface Card { properties: Property[] }

export async function parseVcard(bytes: Buffer): Promise<Draft> {
  const cards: Card[] = [];
  let open: Card | null = null;
  let cut = false;
  for (const line of logicalLines(decodeText(bytes).text)) {
    const property = parseProperty(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      if (cards.length >= MAX_CARDS) { cut = true; break; }
      open = { properties: [] };
    } else if (property.name === 'END' && open) {
      cards.push(open);
      open = null;
    } else open?.properties.push(property);
  }
  const rows = cards.map(cardRow).filter((row) => row.some((cell) => cell !== ''));
  // Columns no card fills are left out.
  const used = HEADER.map((_, i) => rows.some((row) => row[i] !== ''));
  const table = [HEADER as readonly string[], ...rows].map((row) => row.filter((_, i) => used[i]));
  const warnings: ExtractIssue[] = cut ? [{ code: 'text_truncated', message: `Only the first ${MAX_CARDS} contacts were read.` }] : [];
  return {
    format: 'vcf',
    text: rows.length ? table.map((row) => row.join('\t')).join('\n') : '',
    tables: rows.length ? [{ rows: table, page: null, sheet: null }] : [],
    metadata: { cards: String(cards.length) },
    warnings,
  };
}

/**
 * Physical lines → properties' lines: a line starting with a space or tab continues the one before
 * (the one whitespace character is the fold's own); a quoted-printable value ending in "=" goes on
 * on the next line (vCard 2.1's soft line break, which need not be indented).
 */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = out.length - 1;
    if (last >= 0 && /^[ \t]/.test(line)) out[last] += line.slice(1);
    else if (last >= 0 && out[last]!.endsWith('=') && isQuotedPrintable(out[last]!)) out[last] = out[last]!.slice(0, -1) + line;
    else out.push(line);
  }
  return out;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /quoted-printable/i.test(line.slice(0, colon));
}

/** `item1.TEL;TYPE=CELL,VOICE;PREF=1:+44 …` (or vCard 2.1's bare `TEL;CELL;VOICE:`) → its parts, the value decoded. */
function parseProperty(line: string): Property | null {
  const colon = headerEnd(line);
  if (colon < 0) return null;
  const [head = '', ...params] = line.slice(0, colon).split(';');
  const m = /^(?:([\w-]+)\.)?([\w-]+)$/.exec(head.trim());
  if (!m) return null;
  const types = new Set<string>();
  let pref = false;
  let encoding = '';
  let charset = '';
  for (const param of params) {
    const eq = param.indexOf('=');
    const key = eq < 0 ? 'TYPE' : param.slice(0, eq).trim().toUpperCase();
    const value = (eq < 0 ? param : param.slice(eq + 1)).replace(/"/g, '').trim();
    if (key === 'TYPE') for (const t of value.split(',')) types.add(t.trim().toUpperCase());
    else if (key === 'PREF') pref = true;
    else if (key === 'ENCODING') encoding = value.toUpperCase();
    else if (key === 'CHARSET') charset = value;
  }
  // vCard 2.1 writes the encoding bare ("TEL;QUOTED-PRINTABLE:"), read above as a type.
  if (types.delete('QUOTED-PRINTABLE')) encoding = 'QUOTED-PRINTABLE';
  if (types.delete('PREF')) pref = true;
  const raw = line.slice(colon + 1);
  const value = encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(raw, charset) : raw;
  return { group: m[1]?.toLowerCase() ?? null, name: m[2]!.toUpperCase(), types, pref, value };
}

/** The colon that ends a property's name and parameters: the first one outside a quoted parameter value. */
function headerEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

/** `M=C3=BCller` → `Müller`, in the value's CHARSET (UTF-8 when none or one iconv does not know). */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes = Buffer.from(value.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return iconv.decode(bytes, charset && iconv.encodingExists(charset) ? charset : 'utf-8');
}

/** A structured value's components (`;`-separated, `\;` kept), each unescaped. */
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescape);
}

function unescape(value: string): string {
  return value.replace(/\\n/gi, '\n').replace(/\\([,;:\\])/g, '$1').trim();
}

/** One cell: line breaks and runs of spaces as one space, cut at MAX_VALUE_CHARS. */
function cell(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE_CHARS);
}

/** Apple's and Google's custom labels name a field ("Mobile"; Apple wraps its own as `_$!<Mobile>!$_`). */
function labelOf(card: Card, group: string | null): string {
  if (!group) return '';
  const label = card.properties.find((p) => p.group === group && p.name === 'X-ABLABEL');
  return label ? label.value.replace(/^_\$!<|>!\$_$/g, '') : '';
}

const MOBILE_TYPE = /^(?:CELL|MOBILE|IPHONE)$/;
const MOBILE_LABEL = /\b(?:mobile|cell|iphone|handy|mobil|m[oó]vil|portable|cellulare)\b/i;

/** Preferred properties first, then in the card's order. */
function byPreference(properties: Property[]): Property[] {
  return [...properties.filter((p) => p.pref), ...properties.filter((p) => !p.pref)];
}

function cardRow(card: Card): string[] {
  const first = (name: string) => byPreference(card.properties.filter((p) => p.name === name))[0]?.value ?? '';
  const company = components(first('ORG'))[0] ?? '';
  const n = components(first('N'));
  // N is family; given; additional; prefixes; suffixes.
  const fromN = [n[1], n[2], n[0]].filter(Boolean).join(' ');
  const fullName = unescape(first('FN')) || fromN;
  const isFirm = /^org/i.test(first('KIND')) || /^company$/i.test(first('X-ABSHOWAS'))
    || (!fromN && !!company && fullName.toLowerCase() === company.toLowerCase());
  const phones = byPreference(card.properties.filter((p) => p.name === 'TEL' && !p.types.has('FAX')));
  const isMobile = (p: Property) => [...p.types].some((t) => MOBILE_TYPE.test(t)) || MOBILE_LABEL.test(labelOf(card, p.group));
  const phone = phones.find(isMobile) ?? phones[0];
  const other = phones.find((p) => p !== phone);
  const adr = components(first('ADR'));
  // ADR is PO box; extended; street; locality; region; postal code; country.
  const address = [adr[2], adr[1], [adr[3], adr[4], adr[5]].filter(Boolean).join(' '), adr[6]].filter(Boolean).join(', ');
  return [
    isFirm ? '' : fullName,
    unescape(first('TITLE')) || unescape(first('ROLE')),
    isFirm && !company ? fullName : company,
    unescape(phone?.value ?? ''),
    unescape(other?.value ?? ''),
    unescape(first('EMAIL')),
    address,
    unescape(first('NOTE')),
  ].map(cell);
}
