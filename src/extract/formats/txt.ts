import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';

/** Plain text in any of the encodings `decodeText` recognises. */
export async function parseTxt(bytes: Buffer): Promise<Draft> {
  const { text, encoding } = decodeText(bytes);
  return { format: 'txt', text, metadata: { encoding } };
}
