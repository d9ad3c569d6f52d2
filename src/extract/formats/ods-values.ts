import { isoDate, SHEET_EPOCH_MS } from './wall-clock.js';

/**
 * An ODS cell's text from its typed value, written as the XLSX reader writes the same cell, so the
 * shown text's locale (`sábado, 13 de novembro`, `1.234,5`) never reaches the readers: dates and
 * times ISO (`office:date-value`, `office:time-value` such as `PT19H30M00S`), numbers plain, a
 * percentage with its sign, an amount with its currency code. Text cells, and values that do not
 * parse, keep the text the sheet shows.
 */
export function typedCellText(attributes: Record<string, string>, shown: string): string {
  const value = attributes['office:value'];
  switch (attributes['office:value-type']) {
    case 'date': return dateText(attributes['office:date-value']) ?? shown;
    case 'time': return timeText(attributes['office:time-value']) ?? shown;
    case 'float': return numberText(value) ?? shown;
    case 'percentage': {
      const number = numberText(value);
      return number === null ? shown : `${Number((Number(number) * 100).toPrecision(12))}%`;
    }
    case 'currency': {
      const number = numberText(value);
      return number === null ? shown : [number, attributes['office:currency']].filter(Boolean).join(' ');
    }
    case 'boolean': return attributes['office:boolean-value'] ?? shown;
    default: return shown;
  }
}

const DATE_VALUE = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?$/;
const DURATION = /^P(?:(\d+)D)?T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;

function dateText(value: string | undefined): string | null {
  const m = value ? DATE_VALUE.exec(value) : null;
  if (!m) return null;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = m;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)) + Math.round(Number(seconds)) * 1000;
  return isoDate(new Date(ms));
}

function timeText(value: string | undefined): string | null {
  const m = value ? DURATION.exec(value) : null;
  if (!m) return null;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = m;
  const total = Math.round(((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds));
  return isoDate(new Date(SHEET_EPOCH_MS + total * 1000));
}

function numberText(value: string | undefined): string | null {
  const number = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(number) ? String(number) : null;
}
