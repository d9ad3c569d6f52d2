// One measured run in its own process, so that peak memory belongs to that run alone.
// Usage: driver.ts intake|intake-service|intake-warm-ocr|pdf-parse FILE → prints {"ms":…,"pages":…,"words":…,"mainPeakMb":…}
// intake: the pool starts with the first file, as in the CLI. intake-service: the pool is started
// ahead of work as a service starts it (startExtractor: children preload pdfjs and tesseract,
// unless INTAKE_OCR_PRELOAD=0). intake-warm-ocr also reads a one-page scan before the clock
// starts, as a child that has OCR'd before: its tesseract workers have read a real page.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { scanPdf, textPdf } from './fixtures.js';

const [engine, file] = process.argv.slice(2);
if (!file) throw new Error('usage: driver.ts intake|intake-service|intake-warm-ocr|pdf-parse FILE');

async function intake(mode: string): Promise<{ ms: number; pages: number; words: number }> {
  const { closeExtractor, extractFile, startExtractor } = await import('../../src/extract/index.js');
  if (mode === 'intake-service') await startExtractor();
  // Starts the child, loads pdfjs and starts its page thread: a long-running worker pays that once.
  await extractFile({ bytes: await textPdf(30), name: 'warm-up.pdf' });
  if (mode === 'intake-warm-ocr') await extractFile({ bytes: await scanPdf(1), name: 'warm-up-scan.pdf' });
  const bytes = readFileSync(file!);
  const start = performance.now();
  const source = await extractFile({ bytes, name: basename(file!) }, { limits: { timeoutMs: 600_000 } });
  const ms = performance.now() - start;
  await closeExtractor();
  if (source.error) throw new Error(source.error.message);
  return { ms, pages: source.pageCount ?? 0, words: source.wordCount };
}

async function pdfParse(): Promise<{ ms: number; pages: number; words: number }> {
  const { PDFParse } = await import('pdf-parse');
  const bytes = readFileSync(file!);
  const start = performance.now();
  const parser = new PDFParse({ data: bytes });
  const result = await parser.getText();
  const ms = performance.now() - start;
  await parser.destroy();
  return { ms, pages: result.total, words: result.text.split(/\s+/).filter(Boolean).length };
}

const result = engine === 'pdf-parse' ? await pdfParse() : await intake(engine!);
process.stdout.write(`${JSON.stringify({ ...result, mainPeakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
