/**
 * The sentence of `text` that holds the stretch `from`–`to`: from the last ". ", "! ", "? " or line
 * break before it to the next sentence end (its stop kept) or line break after it. Tells a hotel's
 * deposit or a cancelled hotel apart from the other sentences of the same paragraph.
 */
export function sentenceAround(text: string, from: number, to = from): string {
  const start = Math.max(...['. ', '! ', '? ', '\n'].map((end) => text.lastIndexOf(end, from))) + 1;
  const end = /[.!?](?=\s|$)|\n/.exec(text.slice(to));
  return text.slice(start, end ? to + end.index + (end[0] === '\n' ? 0 : 1) : text.length);
}
