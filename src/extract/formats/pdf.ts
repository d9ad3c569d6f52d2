import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedTable, ExtractIssue, SourceMetadata } from '../../interfaces.js';
import type { Draft, ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { OCR_DPI, ocrDpi, OCR_THREADS, prepareOcr, recognise } from '../ocr.js';
import { greyPgm } from '../pgm.js';
import { withoutRuledLines } from '../ruled-lines.js';
import { loadPdfJs, openPdf, readPages, type PageResult, type PdfDocument } from './pdf-document.js';
import type { PageRangeReply, PageRangeRequest } from './pdf-thread.js';

/**
 * PDF: text layer page by page (pdf-document.ts, pdf-layout.ts); pages that are scans are rendered
 * at OCR_DPI and read by OCR (a poor reading again at the scan's own resolution, ocr.ts `recognise`).
 * A document of PARALLEL_FROM pages or more is read by two threads of
 * the extraction child: its second half by a page thread (pdf-thread.ts, started once per child and
 * kept), so one long PDF uses both cores. If that thread fails, the main thread reads those pages.
 */

const PARALLEL_FROM = 24;

export async function parsePdf(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const lib = await loadPdfJs();
  const document = await openPdf(lib, new Uint8Array(bytes));
  try {
    const count = document.numPages;
    if (count > context.limits.maxPages) throw fail('too_many_pages', `${count} pages, limit ${context.limits.maxPages}`);
    const half = count >= PARALLEL_FROM ? Math.ceil(count / 2) : count;
    const [first, second] = await Promise.all([
      readPages(lib, document, 1, half),
      half < count ? readInThread(bytes, half + 1, count).catch(() => readPages(lib, document, half + 1, count)) : [],
    ]);
    return await finish(document, [...first, ...second]);
  } finally {
    await document.destroy();
  }
}

let pageThread: Worker | null = null;

function startPageThread(): Worker {
  const entry = new URL(`./pdf-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  // Compiled, the entry is plain JS. From the TypeScript sources (tests, tsx), the thread must
  // register tsx itself: worker threads do not inherit the loader of the process.
  const thread = entry.pathname.endsWith('.ts')
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true })
    : new Worker(entry);
  thread.unref();
  return thread;
}

function readInThread(bytes: Buffer, from: number, to: number): Promise<PageResult[]> {
  pageThread ??= startPageThread();
  const thread = pageThread;
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => { pageThread = null; reject(error); };
    thread.once('error', onError);
    thread.once('message', (reply: PageRangeReply) => {
      thread.off('error', onError);
      if ('pages' in reply) resolve(reply.pages); else reject(new Error(reply.error));
    });
    const request: PageRangeRequest = { bytes: new Uint8Array(bytes), from, to };
    thread.postMessage(request);
  });
}

/** OCR for the scanned pages (OCR_THREADS at a time, rendering the next while others are read), then the draft. */
async function finish(document: PdfDocument, results: PageResult[]): Promise<Draft> {
  const pages: string[] = results.map((result) => ('text' in result && !result.scan ? result.text : ''));
  const tables: ExtractedTable[] = [];
  const warnings: ExtractIssue[] = [];
  const confidences: number[] = [];
  const unreadable = (number: number, error: unknown) =>
    warnings.push({ code: 'page_unreadable', message: `Page ${number} could not be read: ${error instanceof Error ? error.message : String(error)}` });
  const reading: Promise<void>[] = [];
  prepareOcr(results.filter((result) => 'scan' in result && result.scan).length);
  for (const [index, result] of results.entries()) {
    const number = index + 1;
    if ('error' in result) {
      unreadable(number, result.error);
    } else if (!result.scan) {
      tables.push(...result.tables.map((rows) => ({ rows, page: number, sheet: null })));
    } else {
      if (reading.length >= OCR_THREADS) await reading.shift();
      const own = ocrDpi(result.scanPpi);
      const ownResolution = own < OCR_DPI ? () => rasterise(document, number, own) : undefined;
      const read = rasterise(document, number, OCR_DPI).then((image) => recognise(image, ownResolution)).then(
        (ocr) => { pages[index] = ocr.text; confidences.push(ocr.confidence); },
        (error: unknown) => { unreadable(number, error); },
      );
      reading.push(read);
    }
  }
  await Promise.all(reading);
  const meanConfidence = confidences.length ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10 : null;
  return {
    format: 'pdf',
    pages,
    tables,
    warnings,
    metadata: await metadata(document),
    ocr: { used: confidences.length > 0, meanConfidence },
  };
}

/**
 * The page as an image at `dpi`. The canvas must come from the document's own canvas factory:
 * pdfjs draws with the @napi-rs/canvas build it depends on, and mixing objects of two builds of that
 * native module crashes the process.
 */
async function rasterise(document: PdfDocument, number: number, dpi: number): Promise<Buffer> {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = (document as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    // pdfjs types its parameter as a DOM canvas; @napi-rs/canvas implements the part it uses.
    await page.render({ canvas: entry.canvas as never, viewport }).promise;
    const { width, height } = entry.canvas;
    // A grid's ruling lines hide its table from OCR (ruled-lines.ts).
    return withoutRuledLines(greyPgm(entry.context.getImageData(0, 0, width, height).data, width, height));
  } finally {
    factory.destroy(entry);
    page.cleanup();
  }
}

interface CanvasFactory {
  create(width: number, height: number): {
    canvas: { width: number; height: number };
    context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
  };
  destroy(entry: unknown): void;
}

async function metadata(document: PdfDocument): Promise<SourceMetadata> {
  const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const pick = (key: string) => (typeof info[key] === 'string' && (info[key] as string).trim()) || null;
  return { title: pick('Title'), author: pick('Author'), producer: pick('Producer'), creator: pick('Creator') };
}
