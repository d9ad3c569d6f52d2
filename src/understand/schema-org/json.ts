/**
 * Tolerant JSON for the JSON-LD real senders write. Tried in order, each a little more forgiving:
 *   1. JSON.parse as is;
 *   2. JSON5 (trailing commas, comments, single quotes, unquoted keys) after HTML entities are
 *      decoded and CDATA/comment wrappers removed;
 *   3. JSON5 after escaping quotes that cannot close their string (a quote is a closing one only
 *      when the next non-space character is , : } ] or the end).
 * Returns undefined when none of them gives a value.
 */
import JSON5 from 'json5';
import { decodeHTML } from 'entities';

function tryParse(text: string, parse: (t: string) => unknown): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** Escapes a `"` inside a string when what follows it could not follow a closing quote. */
export function escapeStrayQuotes(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString && ch === '\\') {
      out += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') {
      if (!inString) inString = true;
      else {
        const rest = text.slice(i + 1).trimStart();
        if (rest === '' || /^[,:}\]]/.test(rest)) inString = false;
        else {
          out += '\\"';
          continue;
        }
      }
    } else if (inString && (ch === '\n' || ch === '\r')) {
      out += ' ';
      continue;
    }
    out += ch;
  }
  return out;
}

export function parseLenientJson(raw: string): unknown {
  const direct = tryParse(raw, JSON.parse);
  if (direct !== undefined) return direct;
  const cleaned = decodeHTML(raw)
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/[“”]/g, '"')
    .trim();
  return tryParse(cleaned, JSON5.parse) ?? tryParse(escapeStrayQuotes(cleaned), JSON5.parse);
}
