/**
 * A long schedule is often laid out as two tables side by side under one repeated header ("Time · Item ·
 * Place | Time · Item · Place"). Their rows do not line up: the right table's lines fall between the left
 * one's, so read across they all look like wrapped lines of one row. Such a header is cut into its halves and
 * each half's rows are read on their own (pdf-layout.ts); the table is then written left half first, under
 * the header once.
 */

/** The column at which the header starts over again, or 0 when its cells do not repeat as a block. */
export function twinHalf(header: readonly string[]): number {
  const half = header.length / 2;
  if (!Number.isInteger(half) || half < 2) return 0;
  const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  return header.slice(0, half).every((cell, i) => cell !== '' && fold(cell) === fold(header[half + i]!)) ? half : 0;
}
