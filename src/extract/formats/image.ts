import type { Draft } from '../draft.js';
import { detectFormat } from '../detect.js';
import { recognise } from '../ocr.js';

/** A photo or scan (PNG, JPEG, TIFF): one page, read by OCR. */
export async function parseImage(bytes: Buffer): Promise<Draft> {
  const { text, confidence } = await recognise(bytes);
  return {
    format: detectFormat(bytes),
    pages: [text],
    ocr: { used: true, meanConfidence: Math.round(confidence * 10) / 10 },
  };
}
