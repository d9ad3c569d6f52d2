/**
 * Entry point of an extraction child process (see pool.ts). Waits for `read` requests over IPC,
 * reads the file the parent wrote to a temporary path, and answers with the ExtractedSource. Exits
 * when the parent disconnects. A child of a pool started ahead of work (`ExtractorPool.start`)
 * first loads what a first file would otherwise wait for, and says so with `preloaded`.
 */
import { readFile } from 'node:fs/promises';
import { loadPdfJs } from './formats/pdf-document.js';
import { CHILD_PRELOAD_ENV, type ChildRequest, type ChildReply } from './pool.js';
import { readSource } from './read.js';
import { preloadOcr, stopOcr } from './ocr.js';

function send(reply: ChildReply): void {
  process.send?.(reply);
}

process.on('message', (request: ChildRequest) => {
  void (async () => {
    const bytes = await readFile(request.path);
    const source = await readSource(
      { bytes, name: request.name, declaredType: request.declaredType, origin: 'file', depth: 0 },
      request.limits,
    );
    send({ type: 'done', id: request.id, source });
  })().catch((error: unknown) => {
    send({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  });
});

process.on('disconnect', () => {
  void stopOcr().finally(() => process.exit(0));
});

/** A child started ahead of work loads pdfjs, and tesseract when asked, while it waits for files. */
async function preload(what: string): Promise<void> {
  await loadPdfJs();
  if (what.split(',').includes('ocr')) await preloadOcr();
}

send({ type: 'ready' });
const preloading = process.env[CHILD_PRELOAD_ENV];
if (preloading) void preload(preloading).catch(() => undefined).finally(() => send({ type: 'preloaded' }));
