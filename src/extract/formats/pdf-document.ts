import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail } from '../errors.js';
import { countWords } from '../normalise.js';
import { formFieldPieces } from './pdf-form-fields.js';
import { layoutPage, type TextPiece } from './pdf-layout.js';
import { scanResolution } from './pdf-scan-resolution.js';

/**
 * Opening a PDF with pdfjs-dist and reading one page's text layer; shared by the extraction child's
 * main thread and its page thread (pdf-thread.ts).
 *
 * pdfjs-dist is the legacy build for Node, version pinned (docs/extraction.md). Its "worker" runs in
 * the calling thread: the module is loaded into `globalThis.pdfjsWorker`, which pdfjs uses instead of
 * spawning one. No script evaluation (`isEvalSupported: false`), no font loading or fetching; the
 * standard fonts, needed only to rasterise, come from the package's own folder.
 */

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** One page's text as laid out, its tables, and whether it is a scan to OCR instead. */
export interface PageRead {
  text: string;
  tables: string[][][];
  scan: boolean;
  /** A scan's own resolution (pixels per inch of its image on the page), when it can be measured. */
  scanPpi: number | null;
}

/** Fewer words than this on a page that draws an image: a scan. */
const MIN_WORDS = 3;
const require = createRequire(import.meta.url);

let pdfjs: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const natives = { push: Array.prototype.push, parse: JSON.parse };
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The legacy build's core-js replaces Array.prototype.push and JSON.parse with JavaScript
    // versions (Node 20's V8 misses two edge cases: pushing onto a frozen length, JSON source
    // access), slowing every push in the thread; pdfjs needs neither edge case.
    Array.prototype.push = natives.push;
    JSON.parse = natives.parse;
    // Without DecompressionStream pdfjs inflates content streams synchronously in JavaScript;
    // with it, each small stream makes a trip through web streams and zlib's thread pool, which
    // costs more than the inflating (about 15 % of the text extraction time).
    delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    return lib;
  })();
  return pdfjs;
}

function standardFontsUrl(): string {
  return `${pathToFileURL(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')).href}/`;
}

/** The document, or an ExtractError: `pdf_encrypted` for a password, `file_corrupt` otherwise. */
export async function openPdf(lib: PdfJs, bytes: Uint8Array): Promise<PdfDocument> {
  const task = lib.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: standardFontsUrl(),
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === 'PasswordException') throw fail('pdf_encrypted');
    throw fail('file_corrupt', error instanceof Error ? error.message : String(error));
  }
}

/** A page that could not be read: its error message, so the caller can warn and keep the others. */
export type PageResult = PageRead | { error: string };

/** Pages `from`..`to` in order, one at a time: a page that fails does not stop the others. */
export async function readPages(lib: PdfJs, document: PdfDocument, from: number, to: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (let number = from; number <= to; number++) {
    results.push(await readPage(lib, document, number).catch((error: unknown) => ({ error: String(error) })));
  }
  return results;
}

export async function readPage(lib: PdfJs, document: PdfDocument, number: number): Promise<PageRead> {
  const page = await document.getPage(number);
  try {
    // A fillable form's answers are no part of the text layer: they are laid out with it (pdf-form-fields.ts).
    const printed = await textPieces(page);
    const { text, tables } = layoutPage([...printed, ...(await formFieldPieces(document, page, printed))]);
    const image = countWords(text) < MIN_WORDS ? await drawnImage(lib, page) : null;
    return { text, tables, scan: image !== null, scanPpi: image?.ppi ?? null };
  } finally {
    page.cleanup();
  }
}

async function textPieces(page: PdfPage): Promise<TextPiece[]> {
  // normaliseText applies NFKC to the whole page later; doing it per item here too would be wasted.
  const content = await page.getTextContent({ disableNormalization: true });
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
    pieces.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
  }
  return pieces;
}

/** Whether the page draws an image, and at what resolution (null when it cannot be measured); null when it draws none. */
async function drawnImage(lib: PdfJs, page: PdfPage): Promise<{ ppi: number | null } | null> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const imageOps = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageXObjectRepeat]);
  if (!fnArray.some((op) => imageOps.has(op))) return null;
  return { ppi: scanResolution(fnArray, argsArray as unknown[][], lib.OPS) };
}
