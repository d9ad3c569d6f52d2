/**
 * `intake extract [--json] FILE… [--paste FILE]`: the understanding pipeline without a database.
 * Reads each file with the extraction layer, pasted text as pasted, runs `understand` and prints
 * `{extracted, confidence}` (with --json) or a readable summary. Exit codes: 0 when at least one
 * source was read (bad files become warnings), 1 when none could be, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportResult } from '../interfaces.js';
import type { Command } from './command.js';

const USAGE = `Usage: intake extract [--json] FILE… [--paste FILE]

Reads the files of one import and prints the show's data it finds.
  --json        print the contract JSON {extracted, confidence} instead of a summary
  --paste FILE  read FILE as pasted text (never listed in documents); may be repeated`;

interface Args { json: boolean; files: string[]; pasted: string[] }

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, files: [], pasted: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--paste') {
      const file = argv[++i];
      if (!file) return '--paste needs a file';
      args.pasted.push(file);
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  return args.files.length || args.pasted.length ? args : 'no files given';
}

function summary(result: ImportResult): string {
  const { extracted: x } = result;
  const out: string[] = [];
  const g = x.general;
  out.push(`Show:       ${[g.artist, g.venue, g.city, g.country, g.date].filter(Boolean).join(' · ') || '(not found)'}`);
  const times = [['doors', g.doorsTime], ['set', g.setTime], ['soundcheck', g.soundcheckTime], ['curfew', g.curfewTime]]
    .filter(([, t]) => t).map(([k, t]) => `${k} ${t}`).join(', ');
  if (times) out.push(`Times:      ${times}`);
  if (x.deal.fee !== null) out.push(`Deal:       ${x.deal.fee} ${x.deal.currency ?? ''} ${x.deal.dealType ?? ''}`.trimEnd());
  for (const h of x.hotels) out.push(`Hotel:      ${h.name ?? '?'} ${h.checkInDate ?? ''}–${h.checkOutDate ?? ''}`);
  for (const f of x.flights) out.push(`Flight:     ${f.flightNumber ?? '?'} ${f.date ?? ''} ${f.fromAirport ?? '?'}→${f.toAirport ?? '?'} (${f.passengers.length} pax)`);
  for (const f of x.food) out.push(`Food:       ${f.name ?? '?'} ${f.date ?? ''} ${f.time ?? ''}`);
  for (const a of x.activities) out.push(`Activity:   ${a.date ?? ''} ${a.startTime ?? ''} ${a.name ?? a.kind}`);
  for (const c of x.contacts) out.push(`Contact:    ${[c.name, c.role, c.company, c.phone, c.email].filter(Boolean).join(', ')}`);
  const tech = Object.entries(x.technical).filter(([, v]) => v).map(([k]) => k);
  if (tech.length) out.push(`Technical:  ${tech.join(', ')}`);
  for (const d of x.documents) out.push(`Document:   ${d.fileName} (${d.category})`);
  for (const w of x.warnings) out.push(`Warning:    [${w.code}] ${w.message}`);
  return `${out.join('\n')}\n`;
}

export const command: Command = {
  summary: 'Read files and print the show data found in them',
  usage: USAGE,
  async run(argv) {
    const args = parseArgs(argv);
    if (typeof args === 'string') {
      process.stderr.write(`intake extract: ${args}\n${USAGE}\n`);
      return 2;
    }
    const { extractFile, extractPastedText, closeExtractor } = await import('../extract/index.js');
    const { understand } = await import('../understand/index.js');
    try {
      const sources = [];
      for (const path of args.files) {
        let bytes: Buffer;
        try {
          bytes = await readFile(path);
        } catch (error) {
          process.stderr.write(`intake extract: cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
          return 1;
        }
        sources.push(await extractFile({ bytes, name: basename(path) }));
      }
      for (const path of args.pasted) sources.push(extractPastedText(await readFile(path, 'utf8')));
      const unreadable = sources.filter((s) => s.error);
      for (const s of unreadable) process.stderr.write(`intake extract: ${s.name}: ${s.error!.message} (${s.error!.code})\n`);
      if (unreadable.length === sources.length) {
        process.stderr.write('intake extract: none of the files could be read; nothing was extracted.\n');
        return 1;
      }
      const result = await understand(sources);
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : summary(result));
      return 0;
    } finally {
      await closeExtractor();
    }
  },
};
