/**
 * Understanding benchmark: per-section times of `understand()` on a large generated multi-document
 * import (after text extraction, which is not timed), as medians over several runs, with a ratio
 * against a reference measured in the same run (one regex pass over all the import's text — what
 * any reader of the text must at least pay).
 *
 *   npm run bench:understand                 the generated import
 *   npm run bench:understand -- DIR          also a folder of real files (extracted first, not timed)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IMPORT_SECTIONS, type ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const RUNS = 7;

/** A large import: 12 shows' worth of contracts, threads, day sheets and contact lists. */
function generated(): ExtractedSource[] {
  const sources: ExtractedSource[] = [];
  for (let i = 0; i < 12; i++) {
    const day = String(1 + i).padStart(2, '0');
    const contract = [
      'SHOW CONFIRMATION', `Artist: Band ${i}`, `Venue: Hall ${i}`, `Address: Street ${i + 1}, 1000${i} Berlin`,
      `Date: ${day}/05/2026`, 'Load-in: 14:00', 'Soundcheck: 16:30', 'Doors: 19:00', 'Showtime: 21:00', 'Set length: 75 min',
      'Curfew: 23:00', `Fee: EUR ${3000 + i * 100}.00`, 'Deal: Guarantee vs 80% of net door', 'Deposit: 50%',
      `Promoter: Anna Berg${i}, Hall Konzerte GmbH, +49 30 555 01${day}, anna${i}@hall.example.de`,
      ...Array.from({ length: 40 }, (_, k) => `Clause ${k + 1}. The promoter shall provide what the rider asks for, in good time and order.`),
    ].join('\n');
    const thread = [
      `Hi, all good for the ${day}th! Load-in is from 14:00, soundcheck at 16:30. Doors open at 19:00 and you're on at 21:00 for 75 minutes.`,
      `Our production manager on the day is Lars Holm${i}, +49 30 555 02${day}, lars${i}@hall.example.de.`,
      'Best,', 'Anna', '', `Anna Berg${i} | Booking | Hall Konzerte GmbH`, `+49 30 555 01${day} | anna${i}@hall.example.de`,
      '', 'On Mon, 3 Mar 2026 at 10:12, TM <tm@band.example.se> wrote:', '> Could you send the times?', '> Thanks!',
    ].join('\n');
    const sheet = ['Date\tTime\tWhat\tDetails', ...Array.from({ length: 15 }, (_, k) => `${day}/05/2026\t${String(10 + (k % 12)).padStart(2, '0')}:${k % 2 ? '30' : '00'}\tItem ${k}\tRoom ${k}`)].join('\n');
    const contacts = ['Name\tRole\tPhone\tE-mail', ...Array.from({ length: 20 }, (_, k) => `Person${k} Crew${i}\tTechnician\t+46 70 555 ${String(k).padStart(2, '0')} ${day}\tp${k}.${i}@crew.example.se`)].join('\n');
    for (const [name, text] of [[`contract-${i}.txt`, contract], [`thread-${i}.eml`, thread], [`sheet-${i}.tsv`, sheet], [`contacts-${i}.tsv`, contacts]] as const) {
      sources.push({ ...extractPastedText(text), name, origin: 'file' });
    }
  }
  return sources;
}

async function fromFolder(dir: string): Promise<ExtractedSource[]> {
  const out: ExtractedSource[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.json')) continue;
    const bytes = await readFile(join(dir, name));
    out.push(/^pasted.*\.txt$/.test(name) ? extractPastedText(bytes.toString('utf8')) : await extractFile({ bytes, name }));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function reference(sources: ExtractedSource[]): number {
  const start = performance.now();
  let words = 0;
  for (const s of sources) words += s.text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 0) throw new Error('unreachable');
  return performance.now() - start;
}

async function measure(label: string, sources: ExtractedSource[]): Promise<void> {
  const perSection = new Map<string, number[]>();
  const totals: number[] = [];
  const refs: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Fresh copies: readings are cached per source object, and each run must pay for its own.
    const copies = sources.map((s) => ({ ...s }));
    const marks: [string, number][] = [];
    const start = performance.now();
    await understand(copies, {
      onProgress: (u) => {
        if (!marks.length || marks[marks.length - 1]![0] !== String(u.current_section)) marks.push([String(u.current_section), performance.now()]);
      },
    });
    const end = performance.now();
    const ref = reference(copies);
    if (run === 0) continue; // warm-up
    totals.push(end - start);
    refs.push(ref);
    marks.forEach(([section, t], i) => {
      if (section === 'null') return;
      const next = marks[i + 1]?.[1] ?? end;
      perSection.set(section, [...(perSection.get(section) ?? []), next - t]);
    });
  }
  const chars = sources.reduce((n, s) => n + s.text.length, 0);
  process.stdout.write(`\n${label}: ${sources.length} sources, ${chars} characters, median of ${RUNS} runs\n`);
  for (const section of IMPORT_SECTIONS) process.stdout.write(`  ${section.padEnd(11)} ${median(perSection.get(section) ?? [0]).toFixed(1).padStart(8)} ms\n`);
  const total = median(totals);
  process.stdout.write(`  ${'total'.padEnd(11)} ${total.toFixed(1).padStart(8)} ms   (reference text scan ${median(refs).toFixed(2)} ms, ratio ${(total / median(refs)).toFixed(0)}x)\n`);
}

async function main(): Promise<void> {
  await measure('generated import', generated());
  for (const dir of process.argv.slice(2)) await measure(dir, await fromFolder(dir));
}

main().finally(() => closeExtractor());
