/**
 * Between what a person types and what the data contract accepts. Editors hold text; `readValue` turns
 * it into the contract's value (or says what is wrong) with the forms of IMPORT_DATA.md: trimmed single
 * spaces, empty = null, codes upper case, e-mail lower case, dates and times as strings — no Date, so
 * nothing is ever shifted into the browser's time zone.
 */
import type { FieldKind } from './fields.js';

export type Read = { ok: true; value: unknown } | { ok: false; error: string };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const squeeze = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The value as the editor shows it. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

export function readValue(kind: FieldKind, raw: string): Read {
  if (kind.type === 'names') {
    return { ok: true, value: raw.split('\n').map(squeeze).filter(Boolean) };
  }
  const text = squeeze(raw);
  if (!text) {
    return kind.type === 'choice' && kind.required ? { ok: false, error: 'choose one' } : { ok: true, value: null };
  }
  switch (kind.type) {
    case 'date':
      return DATE.test(text) ? { ok: true, value: text } : { ok: false, error: 'use YYYY-MM-DD' };
    case 'time':
      return TIME.test(text) ? { ok: true, value: text } : { ok: false, error: 'use HH:MM, 24-hour' };
    case 'datetime': {
      const [day, clock, extra] = text.split('T');
      const good = extra === undefined && DATE.test(day ?? '') && TIME.test(clock ?? '');
      return good ? { ok: true, value: text } : { ok: false, error: 'use YYYY-MM-DDTHH:MM, local time' };
    }
    case 'integer':
      return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, error: 'a whole number' };
    case 'number': {
      const value = Number(text.replace(/[\s,](?=\d{3}\b)/g, ''));
      return Number.isFinite(value) && value >= 0 ? { ok: true, value } : { ok: false, error: 'a number' };
    }
    case 'upper':
      return { ok: true, value: text.toUpperCase() };
    case 'lower':
      return { ok: true, value: text.toLowerCase() };
    case 'choice':
      return kind.options.includes(text) ? { ok: true, value: text } : { ok: false, error: 'choose one' };
    case 'text':
      return { ok: true, value: text };
  }
}
