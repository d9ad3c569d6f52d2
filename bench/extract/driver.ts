// One measured run in its own process, so that peak memory belongs to that run alone.
// Usage: driver.ts intake|intake-warm-ocr|pdf-parse FILE → prints {"ms":…,"pages":…,"words":…,"mainPeakMb":…}
// intake-warm-ocr also reads a one-page scan before the clock starts, as a worker's child that has
// OCR'd before: its tesseract workers are loaded and compiled.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { scanPdf, textPdf } from './fixtures.js';

const [engine, file] = process.argv.slice(2);
if (!file) throw new Error('usage: driver.ts intake|intake-warm-ocr|pdf-parse FILE');

async function intake(warmOcr: boolean): Promise<{ ms: number; pages: number; words: number }> {
  const { closeExtractor, extractFile } = await import('../../src/extract/index.js');
  // Starts the child, loads pdfjs and starts its page thread: a long-running worker pays that once.
  await extractFile({ bytes: await textPdf(30), name: 'warm-up.pdf' });
  if (warmOcr) await extractFile({ bytes: await scanPdf(1), name: 'warm-up-scan.pdf' });
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

const result = engine === 'pdf-parse' ? await pdfParse() : await intake(engine === 'intake-warm-ocr');
process.stdout.write(`${JSON.stringify({ ...result, mainPeakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
