/**
 * Entry point of an extraction child process (see pool.ts). Waits for `read` requests over IPC,
 * reads the file the parent wrote to a temporary path, and answers with the ExtractedSource. Exits
 * when the parent disconnects.
 */
import { readFile } from 'node:fs/promises';
import type { ChildRequest, ChildReply } from './pool.js';
import { readSource } from './read.js';
import { stopOcr } from './ocr.js';

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

send({ type: 'ready' });
