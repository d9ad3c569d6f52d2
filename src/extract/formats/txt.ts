import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';
import { looksLikeMarkdown, markdownToText } from './markdown.js';

/** Plain text in any of the encodings `decodeText` recognises; Markdown is read as what it shows. */
export async function parseTxt(bytes: Buffer): Promise<Draft> {
  const { text, encoding } = decodeText(bytes);
  if (looksLikeMarkdown(text)) {
    const read = markdownToText(text);
    return { format: 'txt', text: read.text, tables: read.tables, metadata: { encoding, markup: 'markdown' } };
  }
  return { format: 'txt', text, metadata: { encoding } };
}
