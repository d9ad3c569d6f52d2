import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtractedSource } from '../interfaces.js';
import type { Command } from './command.js';

const USAGE = `Usage: intake text FILE... [--json]

Reads each file the way an import does and prints its text, with a header line (format, pages,
words, OCR confidence), warnings and errors. E-mail attachments follow their message.

  --json   print the extracted source as JSON (an object for one file, an array for several)

Exit code: 0 when every file was read, 1 when any could not be, 2 on wrong usage.`;

export const command: Command = {
  summary: 'print the text Intake reads from files',
  usage: USAGE,
  async run(argv) {
    const json = argv.includes('--json');
    const files = argv.filter((arg) => arg !== '--json');
    if (!files.length || files.some((file) => file.startsWith('--'))) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const { extractFile, closeExtractor } = await import('../extract/index.js');
    try {
      const sources = await Promise.all(files.map(async (file) => extractFile({ bytes: await readFile(file), name: basename(file) })));
      if (json) process.stdout.write(`${JSON.stringify(sources.length === 1 ? sources[0] : sources, null, 2)}\n`);
      else for (const source of sources) process.stdout.write(describe(source, 0));
      return sources.some((source) => source.error) ? 1 : 0;
    } finally {
      await closeExtractor();
    }
  },
};

function describe(source: ExtractedSource, depth: number): string {
  const facts = [
    source.format,
    source.pageCount !== null ? `${source.pageCount} page${source.pageCount === 1 ? '' : 's'}` : null,
    `${source.wordCount} words`,
    source.tables.length ? `${source.tables.length} table${source.tables.length === 1 ? '' : 's'}` : null,
    source.ocr.used ? `OCR, mean confidence ${source.ocr.meanConfidence ?? '?'}` : null,
  ].filter(Boolean).join(', ');
  const rule = '='.repeat(depth + 2);
  const lines = [`${rule} ${source.name} (${facts})`];
  for (const [key, value] of Object.entries(source.metadata)) {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) lines.push(`${key}: ${Array.isArray(value) ? value.join(', ') : value}`);
  }
  for (const warning of source.warnings) lines.push(`warning ${warning.code}: ${warning.message}`);
  if (source.error) lines.push(`error ${source.error.code}: ${source.error.message}`);
  if (source.text) lines.push('', source.text);
  lines.push('');
  return `${lines.join('\n')}\n${source.children.map((child) => describe(child, depth + 1)).join('')}`;
}
