import heicDecode from 'heic-decode';
import type { Draft } from '../draft.js';
import { fail } from '../errors.js';
import { recognise } from '../ocr.js';
import { greyPgm } from '../pgm.js';

/**
 * A phone photo in HEIC/HEIF, an iPhone camera's own format, which the OCR engine cannot decode:
 * heic-decode (libheif compiled to WebAssembly, bundled, nothing fetched) gives its first image
 * with the camera's rotation applied, which is handed to OCR as greyscale PGM like a rendered PDF page.
 */

/** A 48-megapixel camera's full image; beyond it the RGBA buffer alone would pass 190 MB. */
const MAX_PIXELS = 48_000_000;

export async function parseHeic(bytes: Buffer): Promise<Draft> {
  // libheif's refusals (no image, a cut-off stream) are the file's fault.
  const corrupt = (error: unknown): never => { throw fail('file_corrupt', error instanceof Error ? error.message : String(error)); };
  const images = await heicDecode.all({ buffer: new Uint8Array(bytes) }).catch(corrupt);
  try {
    const first = images[0];
    if (!first) throw fail('file_corrupt', 'no image in the file');
    if (first.width * first.height > MAX_PIXELS) throw fail('too_large', `${first.width} × ${first.height} pixels, limit ${MAX_PIXELS / 1e6} megapixels`);
    const { width, height, data } = await first.decode().catch(corrupt);
    const { text, confidence } = await recognise(greyPgm(data, width, height));
    return { format: 'heic', pages: [text], ocr: { used: true, meanConfidence: Math.round(confidence * 10) / 10 } };
  } finally {
    images.dispose();
  }
}
