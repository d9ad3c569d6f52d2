import { parse } from 'csv-parse/sync';
import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';

/**
 * CSV: encoding and delimiter sniffed, parsed by csv-parse (quotes, embedded newlines), kept as one
 * table and as text with one row per line and tab-separated cells.
 */

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Excel's delimiter directive on the first line ("sep=;"): the file's delimiter, not a row of data. */
const SEP_DIRECTIVE = /^sep=([,;\t|])\r?\n/i;

/** The delimiter that splits the first lines into the same number (≥ 2) of fields, or null. */
export function sniffDelimiter(text: string): string | null {
  // Excel's "sep=;" directive names the delimiter outright.
  const directive = SEP_DIRECTIVE.exec(text);
  if (directive) return directive[1]!;
  const sample = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 30).join('\n');
  let best: { delimiter: string; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = tryParse(sample, delimiter);
    if (!rows || rows.length < 2) continue;
    const counts = rows.map((row) => row.length);
    const fields = mode(counts);
    const consistent = counts.filter((count) => count === fields).length / counts.length;
    if (fields >= 2 && consistent >= 0.8 && (!best || fields > best.fields)) best = { delimiter, fields };
  }
  return best?.delimiter ?? null;
}

function tryParse(text: string, delimiter: string): string[][] | null {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch {
    return null;
  }
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

export async function parseCsv(bytes: Buffer): Promise<Draft> {
  const decoded = decodeText(bytes);
  const { encoding } = decoded;
  const directive = SEP_DIRECTIVE.exec(decoded.text);
  const text = directive ? decoded.text.slice(directive[0].length) : decoded.text;
  const delimiter = directive?.[1] ?? sniffDelimiter(text) ?? ',';
  const rows = (tryParse(text, delimiter) ?? [])
    .map((row) => row.map((cell) => cell.trim()))
    .filter((row) => row.some((cell) => cell !== ''));
  const form = isFormResponse(rows);
  return {
    format: 'csv',
    text: form
      ? formText(rows)
      : rows.map((row) => trimTrailingEmpty(row).map((cell) => cell.replace(/\s+/g, ' ')).join('\t')).join('\n'),
    tables: rows.length ? [{ rows, page: null, sheet: null }] : [],
    metadata: { encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter, ...(form ? { layout: 'form-response' } : {}) },
  };
}

/** A row without its empty cells at the end (spreadsheets pad rows to the widest). */
export function trimTrailingEmpty(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

/**
 * A form's responses export (Google Forms, Typeform, MS Forms) with a single response: one header
 * row of questions (most of them several words long) over one row of answers. Read across, a
 * question sits a dozen cells away from its answer; so the text sets each question on a line of
 * its own, closed by a colon, with its answer below and a blank line after — the layout of an
 * advance questionnaire answered inline, which the understanding layer reads as question → answer.
 * A short label with a one-line answer is written "Label: answer", as a printed form has it.
 */
export function isFormResponse(rows: string[][]): boolean {
  if (rows.length !== 2) return false;
  const questions = rows[0]!.filter((cell) => cell !== '');
  if (questions.length < 6) return false;
  const long = questions.filter((q) => q.split(/\s+/).length >= 3).length;
  return long / questions.length >= 0.5 && rows[1]!.filter((cell) => cell !== '').length >= 3;
}

function formText(rows: string[][]): string {
  const [questions, answers] = rows as [string[], string[]];
  const blocks: string[] = [];
  questions.forEach((question, i) => {
    const answer = (answers[i] ?? '').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
    if (!question || !answer) return;
    const q = question.replace(/\s+/g, ' ').replace(/\s*:$/, '');
    // A short label keeps its one-line answer beside it ("Timestamp: 19/07/2027 23:42:07"), as a form is printed.
    const short = q.length <= 48 && q.split(' ').length <= 6 && !/[?()]/.test(q) && !answer.includes('\n');
    blocks.push(short ? `${q}: ${answer}` : `${/\?$/.test(q) ? q : `${q}:`}\n${answer}`);
  });
  return blocks.join('\n\n');
}
