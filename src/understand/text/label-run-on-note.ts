/**
 * A PDF's table row whose label cell took in a note printed beside or below it: "Curfew Changes to
 * the running order need the consent of both parties.⇥23:00". The row's label is the known label the
 * cell opens with; the rest, a whole sentence (capitalised, four words or more, ending with a full
 * stop), is the page's note, no part of the label.
 */
import { leadingLabel, type LabelKey } from './lexicon.js';

const NOTE = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+[^\s]+){3,}[.!]\s*$/u;

export function labelBeforeNote(cell: string): { key: LabelKey; label: string } | null {
  const lead = leadingLabel(cell);
  if (!lead || !NOTE.test(cell.slice(lead.length))) return null;
  return { key: lead.key, label: cell.slice(0, lead.length).trim() };
}
