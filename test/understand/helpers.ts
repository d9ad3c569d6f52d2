/** Reading fixture files through the real extraction layer, for the understanding tests. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource, ImportData } from '../../src/interfaces.js';
import { after } from 'node:test';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { understand } from '../../src/understand/index.js';

after(closeExtractor);

/** A fixture file read by the extraction layer exactly as an upload would be. */
export async function file(relative: string): Promise<ExtractedSource> {
  return extractFile({ bytes: await readFile(join(FIXTURES, relative)), name: basename(relative) });
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/understand/', import.meta.url));

/** Text as the user would paste it: read in-process by the extraction layer. */
export function pasted(text: string): ExtractedSource {
  return extractPastedText(text);
}

/** A text fixture read as an attached plain-text file (same reading as pasted, origin `file`). */
export async function textFile(relative: string): Promise<ExtractedSource> {
  const text = await readFile(join(FIXTURES, relative), 'utf8');
  return { ...extractPastedText(text), name: basename(relative), origin: 'file', mimeType: 'text/plain' };
}

export const context = (sources: ExtractedSource[], general = {}) =>
  ({ sources, general, signal: new AbortController().signal });

/** Optional fields of a schedule item a test may look at, by the name the test gives them. */
const ITEM_FIELDS = {
  end: 'end', date: 'date', location: 'location', destination: 'destination', notes: 'notes',
  length: 'lengthMinutes', support: 'support',
} as const;

/**
 * The schedule items read from pasted `text`, in order of time: name, kind and start, plus the
 * optional fields asked for (when present).
 */
export function scheduleItems(text: string, fields: readonly (keyof typeof ITEM_FIELDS)[]): Record<string, unknown>[] {
  return [...scheduleOf(pasted(text))].sort((a, b) => a.start.value.localeCompare(b.start.value)).map((item) => {
    const picked: Record<string, unknown> = { name: item.name.value, kind: item.kind.value, start: item.start.value };
    for (const field of fields) {
      const found = item[ITEM_FIELDS[field]];
      if (found) picked[field] = field === 'support' ? true : found.value;
    }
    return picked;
  });
}

/** An XLSX workbook built from sheets of rows, read by the extraction layer as an upload would be. */
export async function workbook(name: string, sheets: [string, string[][]][]): Promise<ExtractedSource> {
  const book = new ExcelJS.Workbook();
  for (const [title, rows] of sheets) {
    const ws = book.addWorksheet(title);
    rows.forEach((r) => ws.addRow(r));
  }
  return extractFile({ bytes: Buffer.from(await book.xlsx.writeBuffer()), name });
}

/** A plain-text advance mail from a venue to an act, with `body` as its text, read by the whole pipeline. */
export async function understoodAdvanceMail(body: string): Promise<ImportData> {
  const eml = [
    'From: Nia Brook <nia@lanternhall.example.com>', 'To: Otto Lind <otto@greymarsh.example.com>',
    'Subject: Re: ADVANCE: Greymarsh @ Lantern Hall - Sat 5/16', 'Date: Mon, 4 May 2026 10:12:00 -0500',
    'Content-Type: text/plain; charset=utf-8', '', body,
  ].join('\r\n');
  return (await understand([await extractFile({ bytes: Buffer.from(eml), name: 'advance.eml' })])).extracted;
}
