/**
 * Entry point of the page thread of an extraction child: reads a range of a PDF's pages while the
 * child's main thread reads the others (see pdf.ts). One request at a time; a page that fails comes
 * back as its error message, so the main thread can turn it into a warning.
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfJs, openPdf, readPage, type PageRead } from './pdf-document.js';

export interface PageRangeRequest {
  bytes: Uint8Array;
  from: number;
  to: number;
}

export type PageRangeReply = { pages: (PageRead | { error: string })[] } | { error: string };

parentPort?.on('message', (request: PageRangeRequest) => {
  void (async (): Promise<PageRangeReply> => {
    const lib = await loadPdfJs();
    const document = await openPdf(lib, request.bytes);
    try {
      const pages: (PageRead | { error: string })[] = [];
      for (let number = request.from; number <= request.to; number++) {
        pages.push(await readPage(lib, document, number).catch((error: unknown) => ({ error: String(error) })));
      }
      return { pages };
    } finally {
      await document.destroy();
    }
  })().catch((error: unknown) => ({ error: String(error) })).then((reply) => parentPort?.postMessage(reply));
});
