/**
 * Entry point of the page thread of an extraction child: reads a range of a PDF's pages while the
 * child's main thread reads the others (see pdf.ts). One request at a time; a page that fails comes
 * back as its error message, so the main thread can turn it into a warning.
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfJs, openPdf, readPages, type PageResult } from './pdf-document.js';

export interface PageRangeRequest {
  bytes: Uint8Array;
  from: number;
  to: number;
}

export type PageRangeReply = { pages: PageResult[] } | { error: string };

parentPort?.on('message', (request: PageRangeRequest) => {
  void (async (): Promise<PageRangeReply> => {
    const lib = await loadPdfJs();
    const document = await openPdf(lib, request.bytes);
    try {
      return { pages: await readPages(lib, document, request.from, request.to) };
    } finally {
      await document.destroy();
    }
  })().catch((error: unknown) => ({ error: String(error) })).then((reply) => parentPort?.postMessage(reply));
});
