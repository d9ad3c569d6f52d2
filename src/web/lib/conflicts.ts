/**
 * Conflicts between documents, read back from the import's warnings. The understanding layer writes
 * one warning per disagreement (code `conflict`):
 *
 *   general.venue: the documents disagree — "Debaser" (contract.pdf) was kept vs "Debaser Strand" (mail.eml).
 *
 * Values are JSON. For list sections the path has no item index (`hotels.name`), so the conflict is
 * placed on the item whose value is the kept one. A message this cannot read stays a plain warning.
 */
import type { ImportData, ImportWarning } from '../../interfaces.js';
import { getAt } from './paths.js';

export interface ConflictChoice {
  value: unknown;
  source: string;
}

export interface FieldConflict {
  path: string;
  choices: ConflictChoice[];
}

const HEAD = /^([A-Za-z]+)\.([A-Za-z.[\]]+): the documents disagree — /;

/** Reads one JSON value from the start of `text`; returns it and the rest, or null. */
function readJson(text: string): { value: unknown; rest: string } | null {
  let end: number;
  if (text.startsWith('"')) {
    end = 1;
    while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
    end += 1;
  } else {
    end = text.indexOf(' (');
  }
  if (end <= 0 || end > text.length) return null;
  try {
    return { value: JSON.parse(text.slice(0, end)), rest: text.slice(end) };
  } catch {
    return null;
  }
}

function readChoices(text: string): ConflictChoice[] | null {
  const choices: ConflictChoice[] = [];
  let rest = text;
  while (rest.length) {
    const json = readJson(rest);
    if (!json?.rest.startsWith(' (')) return null;
    const after = json.rest.slice(2);
    const close = /\)( was kept)?( vs |\.$)/.exec(after);
    if (!close) return null;
    choices.push({ value: json.value, source: after.slice(0, close.index) });
    rest = after.slice(close.index + close[0].length);
  }
  return choices.length > 1 ? choices : null;
}

function locate(data: ImportData, section: string, field: string, kept: unknown): string | null {
  const list = (data as unknown as Record<string, unknown>)[section];
  if (!Array.isArray(list)) return `${section}.${field}`;
  const index = list.findIndex((item) => JSON.stringify(getAt(item, field)) === JSON.stringify(kept));
  return index < 0 ? null : `${section}[${index}].${field}`;
}

export function readConflicts(data: ImportData, warnings: ImportWarning[]): Map<string, FieldConflict> {
  const found = new Map<string, FieldConflict>();
  for (const warning of warnings) {
    if (warning.code !== 'conflict') continue;
    const head = HEAD.exec(warning.message);
    const choices = head && readChoices(warning.message.slice(head[0].length));
    const path = head && choices && locate(data, head[1]!, head[2]!, choices[0]!.value);
    if (path && choices && !found.has(path)) found.set(path, { path, choices });
  }
  return found;
}
